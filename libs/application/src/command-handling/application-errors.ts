/** The command names an aggregate that does not exist (HTTP 404). */
export class NotFound extends Error {
  override readonly name = 'NotFound';
  readonly code = 'not-found';

  constructor(
    readonly kind: string,
    readonly id: string,
  ) {
    super(`No ${kind} with id ${id}.`);
  }
}
