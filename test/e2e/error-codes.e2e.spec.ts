import { ids } from '@hdnd/testing';
import { startWithCallers } from '../security/callers';
import type { HttpHarness } from '@hdnd/testing/http-harness';

type Answer = import('supertest').Response;

/**
 * Every error a client can meet answers problem+json with a stable `code` it can branch on,
 * whichever layer refused it: the body parser, the router, a guard, the rate limiter or the
 * command itself. A parser's own words never reach the client.
 */
describe('every error carries a stable code', () => {
  let app: HttpHarness;
  let clients: Awaited<ReturnType<typeof startWithCallers>>['clients'];

  beforeAll(async () => {
    ({ app, clients } = await startWithCallers({ auth: { loginAttemptsPerMinute: 2 } }));
  });
  afterAll(() => app.close());

  const rec = `/api/recommendations/${ids.recommendation}`;
  const cases: readonly {
    readonly name: string;
    readonly send: () => Promise<Answer>;
    readonly status: number;
    readonly code: string;
    readonly detail?: string;
  }[] = [
    {
      name: 'a guard refusing another agency’s case',
      send: () => clients['agency-other']().get(rec),
      status: 403,
      code: 'forbidden',
    },
    {
      name: 'a role guard refusing a command',
      send: () => clients.auditor().post('/api/agencies').send({ name: 'Sở', level: 'department' }),
      status: 403,
      code: 'forbidden',
    },
    {
      name: 'malformed JSON',
      send: () =>
        app.http().post(`${rec}/extension`).set('content-type', 'application/json').send('"str"x'),
      status: 400,
      code: 'malformed-json',
      detail: 'The body is not valid JSON.',
    },
    {
      name: 'no token',
      send: () => app.anonymous().get(rec),
      status: 401,
      code: 'unauthenticated',
    },
    {
      name: 'a body over the size limit',
      send: () =>
        app
          .http()
          .post(`${rec}/extension`)
          .send({ reason: 'x'.repeat(200_000), approvedBy: 'Chủ tịch', newDueOn: '2024-12-31' }),
      status: 413,
      code: 'body-too-large',
    },
    {
      name: 'an unknown route',
      send: () => app.http().get('/api/no-such-thing'),
      status: 404,
      code: 'route-not-found',
    },
    {
      name: 'a body that is not JSON',
      send: () =>
        app.http().post(`${rec}/extension`).set('content-type', 'text/plain').send('hello'),
      status: 415,
      code: 'unsupported-media-type',
    },
  ];

  it.each(cases)('$name: $status with code $code', async ({ send, status, code, detail }) => {
    const head = await app.head();
    const res = await send();
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status, code, ...(detail !== undefined && { detail }) });
    expect(await app.head()).toBe(head);
  });

  it('too many sign-in attempts: 429 with code too-many-requests', async () => {
    const attempt = (): Promise<Answer> =>
      app
        .anonymous()
        .post('/api/auth/login')
        .send({ username: 'thu-ky', password: 'sai-mat-khau-1' });
    const answers: Answer[] = [];
    for (let i = 0; i < 4; i++) answers.push(await attempt());
    const limited = answers.find((res) => res.status === 429)!;
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.body).toMatchObject({ status: 429, code: 'too-many-requests' });
    expect(answers[0]!.body).toMatchObject({ status: 401, code: 'unauthenticated' });
  });
});
