/*
 * Read-your-writes for lists: the read models catch up with the log a moment after a command
 * is recorded. A list read right after a save asks the API to wait until they have processed
 * the position that save answered (`minPosition`), so the reader sees what they just did. A
 * case's own page needs none: the API brings it up to the revision its ETag names.
 */

let written = 0;

/** Notes the log position a command answered. */
export const noteWritten = (position: number): void => {
  if (Number.isSafeInteger(position) && position > written) written = position;
};

/** `minPosition` for a list read: the last position this tab wrote, if any. */
export const writtenPosition = (): { minPosition?: number } =>
  written > 0 ? { minPosition: written } : {};
