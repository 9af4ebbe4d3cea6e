/** The read models have not reached the position a query asked for within its wait (503). */
export class ReadModelsBehind extends Error {
  override readonly name = 'ReadModelsBehind';
  readonly code = 'read-models-behind';

  constructor(
    readonly wanted: number,
    readonly reached: bigint,
  ) {
    super(`The read models are at position ${reached}; position ${wanted} is not there yet.`);
  }
}
