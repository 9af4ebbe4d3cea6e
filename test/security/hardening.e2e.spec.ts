import { ids } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

/** Resource limits and headers (docs/security.md): never a 5xx, never a stack trace. */
describe('API hardening', () => {
  let app: HttpHarness;

  beforeAll(async () => {
    app = await startHttp({ auth: { requestsPerMinute: 60 } });
  });
  afterAll(() => app.close());

  const noStackTrace = (body: unknown) => {
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/\n\s+at |\.ts:\d+|node_modules/);
  };

  it('sends helmet’s headers and no X-Powered-By', async () => {
    const res = await app.http().get('/api/agencies').expect(200);
    expect(res.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'referrer-policy': 'no-referrer',
      'strict-transport-security': expect.stringContaining('max-age='),
      'content-security-policy': expect.stringContaining("default-src 'self'"),
    });
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('answers a body over 100 kB with 413 problem+json, appending nothing', async () => {
    const before = await app.head();
    const res = await app
      .http()
      .post('/api/agencies')
      .send({ name: 'x'.repeat(200_000), level: 'department' })
      .expect(413);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    noStackTrace(res.body);
    expect(await app.head()).toBe(before);
  });

  it('answers a body that is not JSON with 415, appending nothing', async () => {
    const before = await app.head();
    const res = await app
      .http()
      .post('/api/agencies')
      .set('content-type', 'text/plain')
      .send('name=Sở Nội vụ&level=department')
      .expect(415);
    expect(res.body).toMatchObject({ status: 415, title: 'Unsupported Media Type' });
    const form = await app
      .http()
      .post('/api/agencies')
      .type('form')
      .send({ name: 'Sở Nội vụ', level: 'department' });
    expect(form.status).toBe(415);
    expect(await app.head()).toBe(before);
  });

  it('refuses a page size above 200 with 400 naming the field', async () => {
    const res = await app.http().get('/api/recommendations?pageSize=201').expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'pageSize' })]);
  });

  it('keeps CORS off unless origins are configured', async () => {
    const res = await app
      .http()
      .get('/api/agencies')
      .set('origin', 'https://evil.example')
      .expect(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('shows no stack trace in any error body', async () => {
    const bodies = await Promise.all([
      app.http().get('/api/recommendations/khong-co').expect(404),
      app
        .http()
        .post('/api/agencies')
        .set('content-type', 'application/json')
        .send('{"name":')
        .expect(400),
      app.http().post(`/api/recommendations/${ids.recommendation}/responses`).send({}).expect(400),
      app.anonymous().get('/api/dashboard').expect(401),
      app.auditor().post('/api/agencies').send({ name: 'Sở', level: 'department' }).expect(403),
    ]);
    for (const res of bodies) noStackTrace(res.body);
  });

  it('answers a burst beyond the per-user limit with 429 and Retry-After, never a 5xx', async () => {
    const token = (await app.account({ username: 'nguoi-gui-nhieu', role: 'auditor' })).token;
    const statuses = await Promise.all(
      Array.from({ length: 70 }, () =>
        app
          .as(token)
          .get('/api/agencies')
          .then((r) => r),
      ),
    );
    const codes = statuses.map((r) => r.status);
    expect(codes.filter((c) => c === 200)).toHaveLength(60);
    expect(codes.filter((c) => c === 429)).toHaveLength(10);
    const limited = statuses.find((r) => r.status === 429)!;
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});

describe('CORS when configured', () => {
  let app: HttpHarness;

  beforeAll(async () => {
    app = await startHttp({ auth: { corsOrigins: ['https://console.hdnd.example'] } });
  });
  afterAll(() => app.close());

  it('allows the configured origin only', async () => {
    const allowed = await app
      .http()
      .get('/api/agencies')
      .set('origin', 'https://console.hdnd.example')
      .expect(200);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://console.hdnd.example');
    const other = await app
      .http()
      .get('/api/agencies')
      .set('origin', 'https://evil.example')
      .expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('numbers at the edge of paging', () => {
  let app: HttpHarness;

  beforeAll(async () => {
    app = await startHttp();
  });
  afterAll(() => app.close());

  // Found by the OpenAPI fuzzer: page=1e308 passed @IsInt and reached SQL as an offset (500).
  it.each([
    '/api/delegations?page=1e308',
    '/api/recommendations?page=1e308',
    '/api/audit/events?after=1e308',
  ])('refuses %s with 400', async (url) => {
    const res = await app.admin().get(url);
    expect(res.status).toBe(400);
  });
});
