/**
 * English: the refusals of the application, the event store and the HTTP layer. A part in
 * square brackets is said when the API knows its fact (an id, a revision, a key).
 */
export const EN_PROBLEM_MESSAGES: Readonly<Record<string, string>> = {
  // The application's refusals.
  'not-found': 'Nothing was found[ with id {id}].',
  forbidden: 'Your account may not do this to this case.',
  'idempotency-key-reused':
    'The idempotency key[ {key}] was used with a different request; make a new one.',
  'idempotency-key-in-flight':
    'A request with the idempotency key[ {key}] is in progress; retry shortly.',
  'webhook.target-refused':
    'This webhook address is not allowed: the server does not deliver there.',
  // The event store's and the read models'.
  'concurrency-conflict':
    'Someone else changed this case at the same moment[ (it is now at revision {actual})]; reload and retry.',
  'duplicate-event-id': 'This was already recorded.',
  'event-too-large': 'This is too large to record at once.',
  'event-store-unavailable': 'The event log cannot be reached; retry shortly.',
  'read-models-behind': 'The data is being brought up to date; retry shortly.',
  // The HTTP layer's.
  'bad-input': 'Some of what was sent is not valid; check each field.',
  'bad-request': 'The request is not valid.',
  'malformed-json': 'The body is not valid JSON.',
  'request-aborted': 'The body did not arrive whole; send it again.',
  unauthenticated: 'You are not signed in, or your session has expired; sign in again.',
  'route-not-found': 'There is no such address.',
  'method-not-allowed': 'This address does not take that method.',
  'not-acceptable': 'The answer cannot be given in the format asked for.',
  conflict: 'The request conflicts with the case as it is now.',
  'precondition-failed': 'The case changed since you opened it; reload and retry.',
  'body-too-large': 'The body is larger than this API reads.',
  'unsupported-media-type': 'Send the body as application/json (UTF-8).',
  'too-many-requests': 'Too many requests; wait a moment and retry.',
  internal: 'Something went wrong on our side; it has been logged.',
  'service-unavailable': 'The service is unavailable for now; retry shortly.',
  // A register upload refused whole.
  'import.not-a-spreadsheet':
    'The file is not a readable spreadsheet; choose an Excel (.xlsx) or UTF-8 CSV file in the template’s format.',
  'import.macro-enabled':
    'The file carries macros (.xlsm); save it as a plain Excel workbook (.xlsx) and import that.',
  'import.too-large-unpacked': 'The file unpacks to more than a register can hold.',
  'import.too-many-rows': 'The file has more than[ {limit}] rows; split it into smaller files.',
  'import.too-many-columns': 'The file has more than[ {limit}] columns; use the register template.',
  'import.missing-columns':
    'The file lacks required columns[: {columns}]; use the register template.',
  'import.empty': 'The file has no header row of the register.',
  'import.file-required': 'Choose the file to import (the "file" field).',
  'import.file-too-large': 'The file is larger than allowed[ ({limit})].',
};
