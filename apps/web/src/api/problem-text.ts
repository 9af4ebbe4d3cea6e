import { NETWORK_FAILURE, type ApiError } from './api-error';

/**
 * The catalogue key of the sentence that explains an error: the one written for its code,
 * else the one for its HTTP status, else the generic one for a client or a server failure.
 * Codes are looked up under `problems.codes` as they are spelled (`recommendation.not-issued`
 * is `problems.codes.recommendation.not-issued`), so a new code needs only its two sentences.
 */
export const problemTextKey = (
  error: Pick<ApiError, 'status' | 'code'>,
  has: (key: string) => boolean,
): string => {
  if (error.code === NETWORK_FAILURE) return 'problems.network';
  const byCode = `problems.codes.${error.code}`;
  if (has(byCode)) return byCode;
  const byStatus = `problems.status.${error.status}`;
  if (has(byStatus)) return byStatus;
  return error.status >= 500 ? 'problems.status.500' : 'problems.status.400';
};
