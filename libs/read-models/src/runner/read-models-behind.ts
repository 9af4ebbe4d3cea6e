/**
 * The read models have not reached a log position within the wait (HTTP 503): a query's
 * ?minPosition=, or the succession policy listing an agency's cases.
 */
export class ReadModelsBehind extends Error {
  override readonly name = 'ReadModelsBehind';
  readonly code = 'read-models-behind';

  constructor(
    readonly wanted: bigint | number,
    readonly reached: bigint,
  ) {
    super(`The read models are at position ${reached}; position ${wanted} is not there yet.`);
  }
}
