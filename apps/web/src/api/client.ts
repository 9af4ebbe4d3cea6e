import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError } from './api-error';
import type { paths } from './schema';

/** What the client needs from the session and the page, read at each request. */
export interface ClientContext {
  /** The access token, when signed in. */
  token(): string | undefined;
  /** The language the API should answer in. */
  language(): string;
  /** A token was refused: the session is over. */
  unauthenticated(): void;
}

/**
 * The API's routes as typed calls (openapi-fetch over the generated schema.ts): every request
 * carries the bearer token and the reader's language; a 401 to a signed-in request ends the
 * session, so the reader is sent to sign in and then back.
 */
export const createApiClient = (context: ClientContext, baseUrl = '') => {
  const client = createClient<paths>({ baseUrl });
  const headers: Middleware = {
    onRequest({ request }) {
      const token = context.token();
      if (token !== undefined) request.headers.set('Authorization', `Bearer ${token}`);
      request.headers.set('Accept-Language', context.language());
      return request;
    },
    onResponse({ request, response }) {
      if (response.status === 401 && request.headers.has('Authorization'))
        context.unauthenticated();
      return response;
    },
  };
  client.use(headers);
  return client;
};

export type ApiClient = ReturnType<typeof createApiClient>;

/**
 * The data of a call that succeeded; otherwise an ApiError with the problem's code and field
 * errors (or the `network` code when no answer came), for pages to explain in the reader's words.
 */
export const answer = async <T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> => {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw ApiError.network();
  }
  if (!result.response.ok) throw ApiError.fromAnswer(result.response.status, result.error);
  return result.data as T;
};
