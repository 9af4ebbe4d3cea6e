import { useState } from 'react';

/**
 * What a dialog last showed, still there after it was closed: a dialog fades out, and while it
 * does it must keep its name (a nameless dialog is lost on a screen reader) rather than blink
 * to an empty title.
 */
export const useLastOpened = <T>(open: T | null): T | null => {
  const [last, setLast] = useState<T | null>(open);
  if (open !== null && open !== last) setLast(open);
  return open ?? last;
};
