import { ApiError } from './api-error';
import { answer, createApiClient } from './client';

const problem = (status: number, code: string) =>
  new Response(JSON.stringify({ type: 'x', title: 'x', status, code, detail: 'English words' }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

/** A client whose requests go to `reply` instead of the network, and what it was told. */
const clientWith = (reply: (request: Request) => Response | Promise<Response>, token?: string) => {
  const seen: Request[] = [];
  const ended = jest.fn();
  const client = createApiClient(
    { token: () => token, language: () => 'vi', unauthenticated: ended },
    'http://console.test',
  );
  const fetch = async (request: Request) => {
    seen.push(request);
    return reply(request);
  };
  return { client, seen, ended, fetch };
};

describe('the API client', () => {
  it('sends the bearer token and the reader’s language with every request', async () => {
    const { client, seen, fetch } = clientWith(
      () => Response.json({ items: [], page: 1, pageSize: 50, total: 0 }),
      'token-1',
    );
    const page = await answer(client.GET('/api/recommendations', { fetch }));
    expect(page.total).toBe(0);
    expect(seen[0]!.headers.get('authorization')).toBe('Bearer token-1');
    expect(seen[0]!.headers.get('accept-language')).toBe('vi');
  });

  it('ends the session when the API refuses the token', async () => {
    const { client, ended, fetch } = clientWith(() => problem(401, 'unauthenticated'), 'old');
    await expect(answer(client.GET('/api/recommendations', { fetch }))).rejects.toMatchObject({
      status: 401,
      code: 'unauthenticated',
    });
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('does not end a session on a wrong password, where no token was sent', async () => {
    const { client, ended, fetch } = clientWith(() => problem(401, 'unauthenticated'));
    await expect(
      answer(client.POST('/api/auth/login', { body: { username: 'a', password: 'b' }, fetch })),
    ).rejects.toBeInstanceOf(ApiError);
    expect(ended).not.toHaveBeenCalled();
  });

  it('turns a problem into an ApiError with its code', async () => {
    const { client, fetch } = clientWith(() => problem(404, 'recommendation.not-issued'), 't');
    await expect(
      answer(client.GET('/api/recommendations/{id}', { params: { path: { id: 'r1' } }, fetch })),
    ).rejects.toMatchObject({ status: 404, code: 'recommendation.not-issued' });
  });

  it('says the network failed when no answer came', async () => {
    const { client, fetch } = clientWith(() => Promise.reject(new TypeError('fetch failed')), 't');
    await expect(answer(client.GET('/api/recommendations', { fetch }))).rejects.toMatchObject({
      status: 0,
      code: 'network',
    });
  });
});
