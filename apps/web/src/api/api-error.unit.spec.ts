import { ApiError } from './api-error';

describe('an API error as the console holds it', () => {
  it('keeps the problem’s code and its field errors, not its English words', () => {
    const error = ApiError.fromAnswer(400, {
      type: 'https://hdnd.example/problems/bad-input',
      title: 'Bad input',
      status: 400,
      detail: 'title must be a string',
      code: 'bad-input',
      errors: [
        { field: 'title', message: 'title must be a string', code: 'isString' },
        { field: 'topic', message: 'topic should not be empty' },
        { nonsense: true },
      ],
    });
    expect(error).toMatchObject({ status: 400, code: 'bad-input' });
    expect(error.fieldErrors).toEqual([
      { field: 'title', message: 'title must be a string', code: 'isString' },
      { field: 'topic', message: 'topic should not be empty' },
    ]);
  });

  it('names an answer that is not a problem (a proxy’s page) by its status', () => {
    expect(ApiError.fromAnswer(502, '<html>Bad Gateway</html>')).toMatchObject({
      status: 502,
      code: 'http-502',
      fieldErrors: [],
    });
  });
});
