/**
 * The codes of the application's own refusals: every error class of the command path carries one
 * of these, and the HTTP edge lists them among the codes a client may be answered.
 */
export const APPLICATION_ERROR_CODES = [
  'not-found',
  'forbidden',
  'idempotency-key-reused',
  'idempotency-key-in-flight',
  'webhook.target-refused',
] as const;

export type ApplicationErrorCode = (typeof APPLICATION_ERROR_CODES)[number];

/** The command names an aggregate that does not exist (HTTP 404). */
export class NotFound extends Error {
  override readonly name = 'NotFound';
  readonly code = 'not-found' satisfies ApplicationErrorCode;

  constructor(
    readonly kind: string,
    readonly id: string,
    /** Why, when more than "unknown id" (e.g. it did not exist yet at the instant asked). */
    detail?: string,
  ) {
    super(`No ${kind} with id ${id}.${detail ? ` ${detail}` : ''}`);
  }
}

/** The Idempotency-Key was first used with another request (HTTP 422). */
export class IdempotencyKeyReused extends Error {
  override readonly name = 'IdempotencyKeyReused';
  readonly code = 'idempotency-key-reused' satisfies ApplicationErrorCode;

  constructor(readonly key: string) {
    super(`Idempotency key ${key} was used with a different request.`);
  }
}

/** The caller's role or binding does not let it do this to this case (HTTP 403). */
export class Forbidden extends Error {
  override readonly name = 'Forbidden';
  readonly code = 'forbidden' satisfies ApplicationErrorCode;
}

/** The same request with this Idempotency-Key is being carried out right now (HTTP 409). */
export class IdempotencyKeyInFlight extends Error {
  override readonly name = 'IdempotencyKeyInFlight';
  readonly code = 'idempotency-key-in-flight' satisfies ApplicationErrorCode;

  constructor(readonly key: string) {
    super(`A request with idempotency key ${key} is in progress; retry shortly.`);
  }
}
