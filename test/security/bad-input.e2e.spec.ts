import type { Response } from 'supertest';
import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, TEST_PASSWORD, type HttpHarness } from '@hdnd/testing/http-harness';

const d = `/api/delegations/${ids.delegation}`;
const rec = `/api/recommendations/${ids.recommendation}`;

/** `[[[…]]]` nested `levels` deep: 2,000 levels is 4 kB, far under the body limit. */
const nested = (levels: number): string => '['.repeat(levels) + ']'.repeat(levels);

const delegation = {
  title: 'Đoàn giám sát giải phóng mặt bằng 2025',
  topic: 'Giải phóng mặt bằng',
  legalBasis: { number: '12/NQ-HĐND', issuedOn: '2025-02-10', issuedBy: 'HĐND TP Đà Nẵng' },
  periodFrom: '2024-01-01',
  periodTo: '2024-12-31',
  chair: { name: 'Nguyễn Văn A', position: 'Phó Chủ tịch HĐND' },
  members: [],
};

/**
 * The bad input a probe of 1,072 requests turned into 500s, and the nested objects that were
 * not required: each answers 400 problem+json naming the field, and appends nothing.
 */
describe('bad input is answered 400, never 500, and appends nothing', () => {
  let app: HttpHarness;

  beforeAll(async () => {
    app = await startHttp({ auth: { loginAttemptsPerMinute: 100 } });
    for (const step of tayNinhRequests()) await app.command(step.path, step.body, step.status);
    // An obstacle still open, so that a resolution would otherwise be accepted.
    await app.command(
      `${d}/findings`,
      {
        agencyId: ids.province,
        kind: 'obstacle',
        statement: 'Thiếu kinh phí bồi thường',
        obstacleId: 'kk-kinh-phi',
        recordedOn: '2024-04-02',
      },
      201,
    );
    await app.command('/api/obstacles/kk-kinh-phi/assignment', {
      agencyId: ids.province,
      competence: 'province',
      assignedOn: '2024-05-15',
    });
  });
  afterAll(() => app.close());

  /** Sends a request that must be refused with 400, and checks that the log did not move. */
  const refused = async (send: () => Promise<Response>) => {
    const head = await app.head();
    const res = await send();
    expect({ status: res.status, body: res.body }).toMatchObject({
      status: 400,
      body: { status: 400, code: 'bad-input' },
    });
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(await app.head()).toBe(head);
    return res.body as { errors: { field: string; message: string }[] };
  };

  describe('deeply nested JSON', () => {
    it('refuses 2,000 levels on a command with 400 before anything walks the body', async () => {
      const body = await refused(() =>
        app
          .http()
          .post('/api/agencies')
          .set('content-type', 'application/json')
          .send(`{"name":"Sở","level":"other","parentId":${nested(2000)}}`),
      );
      expect(body.errors).toEqual([
        { field: 'parentId', code: 'maxDepth', message: 'nests deeper than 32 levels', limit: 32 },
      ]);
    });

    it('refuses it on login too, which takes no token', async () => {
      await refused(() =>
        app
          .anonymous()
          .post('/api/auth/login')
          .set('content-type', 'application/json')
          .send(`{"username":"admin","password":${nested(2000)}}`),
      );
    });

    it('refuses it with an Idempotency-Key, whose fingerprint reads the whole body', async () => {
      await refused(() =>
        app
          .http()
          .post('/api/delegations')
          .set('idempotency-key', 'sau-2000-cap')
          .set('content-type', 'application/json')
          .send(`{"title":${nested(2000)}}`),
      );
    });

    it('still takes a body nested as deep as the real ones are', async () => {
      const res = await app
        .anonymous()
        .post('/api/auth/login')
        .send({ username: 'admin', password: TEST_PASSWORD });
      expect(res.status).toBe(200);
    });
  });

  describe('null for a field', () => {
    it('refuses commitments: null on a response (a TypeError before)', async () => {
      const body = await refused(() =>
        app.http().post(`${rec}/responses`).send({
          respondedOn: '2024-06-12',
          position: 'accepted',
          text: 'Tiếp thu',
          commitments: null,
        }),
      );
      expect(body.errors).toEqual([
        { field: 'commitments', code: 'isNotNull', message: expect.stringMatching(/null/) },
      ]);
    });

    it('refuses percent: null on a progress report (stored as null before)', async () => {
      const body = await refused(() =>
        app
          .http()
          .post(`${rec}/progress`)
          .send({ reportedOn: '2024-09-01', text: 'Đã đồng bộ một phần', percent: null }),
      );
      expect(body.errors).toEqual([
        { field: 'percent', code: 'isNotNull', message: expect.stringMatching(/null/) },
      ]);
    });

    it('refuses evidence: null on a resolution (stored as null before)', async () => {
      const body = await refused(() =>
        app
          .http()
          .post('/api/obstacles/kk-kinh-phi/resolution')
          .send({ resolvedOn: '2024-12-20', resolution: 'Đã bố trí kinh phí', evidence: null }),
      );
      expect(body.errors).toEqual([
        { field: 'evidence', code: 'isNotNull', message: expect.stringMatching(/null/) },
      ]);
    });

    it('refuses null inside a list and inside a nested object', async () => {
      const body = await refused(() =>
        app
          .http()
          .post('/api/delegations')
          .send({ ...delegation, members: [null], chair: { name: 'A', position: null } }),
      );
      expect(body.errors.map((e) => e.field).sort()).toEqual(['chair.position', 'members.0']);
    });
  });

  describe('required nested objects', () => {
    it.each(['legalBasis', 'chair'])('refuses a delegation without %s', async (field) => {
      const { [field as keyof typeof delegation]: _left, ...rest } = delegation;
      const body = await refused(() => app.http().post('/api/delegations').send(rest));
      expect(body.errors).toEqual([{ field, code: 'isDefined', message: `${field} is required` }]);
    });

    it('refuses a working group without its leader', async () => {
      const body = await refused(() =>
        app.http().post(`${d}/working-groups`).send({ number: '03', members: [] }),
      );
      expect(body.errors).toEqual([
        { field: 'leader', code: 'isDefined', message: 'leader is required' },
      ]);
    });
  });

  describe('one message per field, and the right one', () => {
    it('says a missing members list is required', async () => {
      const { members: _left, ...rest } = delegation;
      const body = await refused(() => app.http().post('/api/delegations').send(rest));
      expect(body.errors).toEqual([
        { field: 'members', code: 'isDefined', message: 'members is required' },
      ]);
    });

    it('gives one message for a missing topic', async () => {
      const { topic: _left, ...rest } = delegation;
      const body = await refused(() => app.http().post('/api/delegations').send(rest));
      expect(body.errors).toEqual([
        { field: 'topic', code: 'isDefined', message: 'topic is required' },
      ]);
    });

    it('says what type a field must be when it has the wrong one', async () => {
      const body = await refused(() =>
        app
          .http()
          .post('/api/delegations')
          .send({ ...delegation, topic: 7 }),
      );
      expect(body.errors).toEqual([
        { field: 'topic', code: 'isString', message: 'topic must be a string' },
      ]);
    });
  });
  /**
   * What a client keys its own message on: the constraint's stable name, and its bound where it
   * has one, beside the sentence.
   */
  describe('the constraint each field broke, by code and bound', () => {
    it('gives maxLength its limit', async () => {
      const body = await refused(() =>
        app
          .http()
          .post('/api/agencies')
          .send({ name: 'S'.repeat(301), level: 'other' }),
      );
      expect(body.errors).toEqual([
        { field: 'name', code: 'maxLength', limit: 300, message: expect.any(String) },
      ]);
    });

    it('gives min and max their limits', async () => {
      for (const [percent, code, limit] of [
        [-1, 'min', 0],
        [101, 'max', 100],
      ] as const) {
        const body = await refused(() =>
          app
            .http()
            .post(`${rec}/progress`)
            .send({ reportedOn: '2024-09-01', text: 'Đã đồng bộ một phần', percent }),
        );
        expect(body.errors).toEqual([
          { field: 'percent', code, limit, message: expect.any(String) },
        ]);
      }
    });

    it('gives isIn the values it allows', async () => {
      const body = await refused(() =>
        app.http().post('/api/agencies').send({ name: 'Sở Xây dựng', level: 'ward' }),
      );
      expect(body.errors).toEqual([
        {
          field: 'level',
          code: 'isIn',
          allowed: ['central', 'province', 'district', 'commune', 'department', 'other'],
          message: expect.any(String),
        },
      ]);
    });

    it('says a missing field is isDefined, and a wrong type by the type it must be', async () => {
      const body = await refused(() =>
        app.http().post('/api/agencies').send({ name: 7, level: 'other', parentId: 'a b' }),
      );
      expect(body.errors).toEqual([
        { field: 'name', code: 'isString', message: 'name must be a string' },
        { field: 'parentId', code: 'matches', message: expect.any(String) },
      ]);
      const missing = await refused(() => app.http().post('/api/agencies').send({ name: 'Sở' }));
      expect(missing.errors).toEqual([
        { field: 'level', code: 'isDefined', message: 'level is required' },
      ]);
    });
  });
});
