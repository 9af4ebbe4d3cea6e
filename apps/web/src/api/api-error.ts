/** One field the API refused, as its problem's `errors` lists it. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
  /** The constraint that failed, when the API names one. */
  readonly code?: string;
  /** The constraint's bound, allowed values or twin field, for the sentence. */
  readonly limit?: number;
  readonly allowed?: readonly string[];
  readonly other?: string;
}

/** The code of a request that got no answer at all (network down, server gone). */
export const NETWORK_FAILURE = 'network';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const fieldErrorsOf = (errors: unknown): FieldError[] =>
  Array.isArray(errors)
    ? errors.filter(isRecord).flatMap((error) =>
        typeof error.field === 'string' && typeof error.message === 'string'
          ? [
              {
                field: error.field,
                message: error.message,
                ...(typeof error.code === 'string' && { code: error.code }),
                ...(typeof error.limit === 'number' && { limit: error.limit }),
                ...(Array.isArray(error.allowed) && {
                  allowed: error.allowed.filter(
                    (value): value is string => typeof value === 'string',
                  ),
                }),
                ...(typeof error.other === 'string' && { other: error.other }),
              },
            ]
          : [],
      )
    : [];

/**
 * An API call that did not succeed, keyed on the problem's stable `code`: pages show the
 * catalogue's sentence for that code (problem-text.ts), never the API's English `detail`.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly fieldErrors: readonly FieldError[] = [],
  ) {
    super(`${status} ${code}`);
    this.name = 'ApiError';
  }

  /** From an error answer's body: problem+json when the API wrote it, anything else if a proxy did. */
  static fromAnswer(status: number, body: unknown): ApiError {
    if (isRecord(body) && typeof body.code === 'string')
      return new ApiError(status, body.code, fieldErrorsOf(body.errors));
    return new ApiError(status, `http-${status}`);
  }

  static network(): ApiError {
    return new ApiError(0, NETWORK_FAILURE);
  }
}
