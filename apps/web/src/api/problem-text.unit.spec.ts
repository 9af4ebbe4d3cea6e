import vi from '../i18n/vi.json';
import { ApiError } from './api-error';
import { problemText } from './problem-text';

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
  it("is the API catalogue's sentence for its code, in the reader's language", () => {
    const vietnamese = problemText(new ApiError(403, 'forbidden'), 'vi', has);
    const english = problemText(new ApiError(403, 'forbidden'), 'en', has);
    expect(vietnamese).toEqual({ sentence: expect.stringMatching(/quyền/) });
    expect(english).toEqual({ sentence: expect.stringMatching(/permission|allowed|may not/i) });
  });

  it('speaks Vietnamese when the language is neither', () => {
    expect(problemText(new ApiError(403, 'forbidden'), 'fr', has)).toEqual(
      problemText(new ApiError(403, 'forbidden'), 'vi', has),
    );
  });

  it('covers business rules too, dotted codes included', () => {
    const text = problemText(new ApiError(409, 'recommendation.not-issued'), 'vi', has);
    expect(text).toEqual({ sentence: expect.stringMatching(/kiến nghị/i) });
  });

  it('falls back to its HTTP status when its code has no sentence', () => {
    expect(problemText(new ApiError(409, 'recommendation.closed-yesterday'), 'vi', has)).toEqual({
      key: 'problems.status.409',
    });
  });

  it('falls back to the generic sentence for a status with none', () => {
    expect(problemText(new ApiError(418, 'teapot'), 'vi', has)).toEqual({
      key: 'problems.status.400',
    });
    expect(problemText(new ApiError(502, 'http-502'), 'vi', has)).toEqual({
      key: 'problems.status.500',
    });
  });

  it('says the network failed when no answer came', () => {
    expect(problemText(ApiError.network(), 'vi', has)).toEqual({ key: 'problems.network' });
  });
});
