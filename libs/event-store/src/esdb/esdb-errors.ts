import { EventStoreUnavailable } from '../port/errors';

/** The client's errors carry a stable `type` (ErrorType); matched on it, not on classes. */
const typeOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'type' in error
    ? String((error as { type: unknown }).type)
    : undefined;

export const isWrongExpectedVersion = (error: unknown) =>
  typeOf(error) === 'wrong-expected-version';
export const isStreamNotFound = (error: unknown) => typeOf(error) === 'stream-not-found';

/** The server could not be reached or did not answer in time: the store is down, not the request. */
const UNREACHABLE = new Set([
  'unavailable',
  'deadline-exceeded',
  'timeout',
  'cancelled',
  'not-leader',
]);

/** The port's error for what the client threw, when the cause is the connection. */
export const asStoreError = (error: unknown): unknown =>
  UNREACHABLE.has(typeOf(error) ?? '') ||
  (error instanceof Error &&
    /ECONNREFUSED|UNAVAILABLE|No connection established/.test(error.message))
    ? new EventStoreUnavailable('EventStoreDB cannot be reached.', { cause: error })
    : error;
