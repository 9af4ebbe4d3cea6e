import vi from '../i18n/vi.json';
import { ApiError } from './api-error';
import { problemTextKey } from './problem-text';

/** Whether the Vietnamese catalogue has a text at this key, as i18next's `exists` says. */
const has = (key: string): boolean => {
  let node: unknown = vi;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string';
};

describe('the sentence that explains an error', () => {
  it('is the one written for its code', () => {
    expect(problemTextKey(new ApiError(403, 'forbidden'), has)).toBe('problems.codes.forbidden');
  });

  it('finds a dotted code under its parts', () => {
    expect(problemTextKey(new ApiError(404, 'recommendation.not-issued'), has)).toBe(
      'problems.codes.recommendation.not-issued',
    );
  });

  it('falls back to its HTTP status when its code has no sentence yet', () => {
    expect(problemTextKey(new ApiError(409, 'recommendation.closed-yesterday'), has)).toBe(
      'problems.status.409',
    );
  });

  it('falls back to the generic sentence for a status with none', () => {
    expect(problemTextKey(new ApiError(418, 'teapot'), has)).toBe('problems.status.400');
    expect(problemTextKey(new ApiError(502, 'http-502'), has)).toBe('problems.status.500');
  });

  it('says the network failed when no answer came', () => {
    expect(problemTextKey(ApiError.network(), has)).toBe('problems.network');
  });
});
