import { JwtService } from '@nestjs/jwt';
import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHttp, TEST_PASSWORD, type HttpHarness } from '@hdnd/testing/http-harness';

const SECRET = 'a-test-signing-secret-of-at-least-32-chars';
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('authentication', () => {
  let app: HttpHarness;
  let clerkId: string;
  const jwt = new JwtService({ secret: SECRET });
  const claims = () => ({ sub: clerkId, username: 'thu-ky', role: 'secretariat' });
  const good = { algorithm: 'HS256', issuer: 'hdnd', audience: 'hdnd-api' } as const;

  beforeAll(async () => {
    app = await startHttp({ auth: { secret: SECRET, loginAttemptsPerMinute: 3 } });
    clerkId = (await app.http().get('/api/auth/me').expect(200)).body.id as string;
  });
  afterAll(() => app.close());

  it('signs in with a password and answers who is signed in', async () => {
    const res = await app
      .anonymous()
      .post('/api/auth/login')
      .send({ username: 'kiem-toan', password: TEST_PASSWORD })
      .expect(200);
    expect(res.body).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 900,
      user: { username: 'kiem-toan', role: 'auditor' },
    });
    const me = await app.as(res.body.accessToken).get('/api/auth/me').expect(200);
    expect(me.body).toEqual({
      id: expect.any(String),
      username: 'kiem-toan',
      displayName: 'kiem-toan',
      role: 'auditor',
      status: 'active',
    });
  });

  it('accepts a token signed as the service signs them (control for the refusals below)', async () => {
    await app
      .as(jwt.sign(claims(), { ...good, expiresIn: 60 }))
      .get('/api/auth/me')
      .expect(200);
  });

  it('refuses a token it accepted once it has expired (an accepted token is not trusted beyond its exp)', async () => {
    // exp is in whole seconds: this one ends at the start of the second after next.
    const exp = Math.floor(Date.now() / 1000) + 2;
    const token = jwt.sign({ ...claims(), exp }, good);
    await app.as(token).get('/api/auth/me').expect(200);
    await app.as(token).get('/api/auth/me').expect(200);
    await new Promise((resolve) => setTimeout(resolve, exp * 1000 - Date.now() + 50));
    const res = await app.as(token).get('/api/auth/me').expect(401);
    expect(res.body).toMatchObject({ status: 401, detail: expect.stringMatching(/expired/) });
  });

  const refused: [string, () => string][] = [
    ['expired', () => jwt.sign(claims(), { ...good, expiresIn: -10 })],
    [
      'for another audience',
      () => jwt.sign(claims(), { ...good, audience: 'other-api', expiresIn: 60 }),
    ],
    [
      'from another issuer',
      () => jwt.sign(claims(), { ...good, issuer: 'someone', expiresIn: 60 }),
    ],
    [
      'signed with another secret',
      () =>
        new JwtService({ secret: 'another-secret-of-at-least-32-characters' }).sign(claims(), {
          ...good,
          expiresIn: 60,
        }),
    ],
    [
      'with alg none',
      () =>
        `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ ...claims(), iss: 'hdnd', aud: 'hdnd-api', exp: Math.floor(Date.now() / 1000) + 60 })}.`,
    ],
    [
      'with an unknown role',
      () => jwt.sign({ ...claims(), role: 'root' }, { ...good, expiresIn: 60 }),
    ],
    ['malformed', () => 'not-a-token'],
  ];

  it.each(refused)('refuses a token %s with 401 problem+json', async (_, token) => {
    const before = await app.head();
    const res = await app
      .as(token())
      .post('/api/agencies')
      .send({ name: 'Sở Tư pháp', level: 'department' })
      .expect(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(await app.head()).toBe(before);
  });

  it('refuses a request without a token, naming how to get one', async () => {
    const res = await app.anonymous().get('/api/recommendations').expect(401);
    expect(res.body).toMatchObject({ status: 401, detail: expect.stringMatching(/Bearer/) });
  });

  it('answers a wrong password and an unknown user alike', async () => {
    const wrong = await app
      .anonymous()
      .post('/api/auth/login')
      .send({ username: 'thu-ky', password: 'not-the-password' })
      .expect(401);
    const unknown = await app
      .anonymous()
      .post('/api/auth/login')
      .send({ username: 'khong-ai', password: 'not-the-password' })
      .expect(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('refuses repeated attempts on one username with 429 and Retry-After', async () => {
    const attempt = () =>
      app
        .anonymous()
        .post('/api/auth/login')
        .send({ username: 'ke-doan-mo', password: 'guess-guess' });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await attempt()).status);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const res = await attempt();
    expect(res.status).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    // Another username from the same address is not locked out by the guesser.
    await app.account({ username: 'nguoi-ngay-thang', role: 'auditor' });
  });

  it('keeps passwords as argon2id hashes beside the log, and neither in the log', async () => {
    const db = new Database(join(app.dataDir, 'identity.sqlite'), { readonly: true });
    const hashes = db.prepare('SELECT password_hash FROM credentials').pluck().all() as string[];
    db.close();
    expect(hashes.length).toBeGreaterThanOrEqual(3);
    for (const hash of hashes) expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    // The log's own files, byte for byte, with whatever the WAL has not yet checkpointed.
    const text = ['events.sqlite', 'events.sqlite-wal']
      .map((file) => join(app.dataDir, file))
      .filter((file) => existsSync(file))
      .map((file) => readFileSync(file).toString('latin1'))
      .join('');
    expect(text).toContain('UserRegistered');
    expect(text).not.toContain(TEST_PASSWORD);
    expect(text).not.toContain('$argon2');
  });

  it('records who granted which role to whom', async () => {
    const spare = await app.account({ username: 'tam-thoi', role: 'auditor' });
    await app
      .admin()
      .post(`/api/users/${spare.id}/grants`)
      .send({ role: 'secretariat', reason: 'Bổ sung thư ký' })
      .expect(200);
    const events = (await app.auditor().get(`/api/audit/streams/user-${spare.id}`).expect(200)).body
      .events as { type: string; data: object; metadata: { actor: object } }[];
    expect(events.map((e) => [e.type, e.data, e.metadata.actor])).toEqual([
      [
        'UserRegistered',
        expect.objectContaining({ username: 'tam-thoi', role: 'auditor' }),
        expect.objectContaining({ username: 'admin', role: 'admin' }),
      ],
      [
        'RoleGranted',
        expect.objectContaining({ role: 'secretariat', reason: 'Bổ sung thư ký' }),
        expect.objectContaining({ username: 'admin', role: 'admin' }),
      ],
    ]);
  });
});
