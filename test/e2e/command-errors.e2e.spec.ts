import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const rec = `/api/recommendations/${ids.recommendation}`;
const PROBLEM = /application\/problem\+json/;

/**
 * Every error class of docs/http-api.md over HTTP: each answers problem+json with a clear status, and the
 * log's head position before and after proves that nothing was appended.
 */
describe('command errors over HTTP', () => {
  let app: HttpHarness;

  beforeAll(async () => {
    app = await startHttp();
    // The case up to the recommendation, without its response.
    for (const step of tayNinhRequests().filter(
      (s) => !s.path.endsWith('/responses') && !s.path.includes('/api/obstacles/'),
    )) {
      const res = await app.http().post(step.path).send(step.body);
      if (res.status !== step.status)
        throw new Error(`${step.path}: ${res.status} ${JSON.stringify(res.body)}`);
    }
  });
  afterAll(() => app.close());

  /** Sends a request that must be refused, and checks that the log did not move. */
  const refused = async (send: () => Promise<import('supertest').Response>, status: number) => {
    const head = await app.head();
    const res = await send();
    expect({ status: res.status, body: res.body }).toMatchObject({ status, body: { status } });
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    expect(await app.head()).toBe(head);
    return res.body as {
      type: string;
      title: string;
      detail?: string;
      code?: string;
      errors?: { field: string; message: string }[];
    };
  };

  const response = { respondedOn: '2024-06-10', position: 'accepted', text: 'Tiếp thu' };

  describe('400 bad input', () => {
    it('names an unknown field as bad input', async () => {
      const body = await refused(
        () =>
          app
            .http()
            .post(`${rec}/responses`)
            .send({ ...response, status: 'closed' }),
        400,
      );
      expect(body.errors).toEqual([
        {
          field: 'status',
          code: 'whitelistValidation',
          message: 'property status should not exist',
        },
      ]);
    });

    it('refuses a date that is not on the calendar, naming the field', async () => {
      const body = await refused(
        () =>
          app
            .http()
            .post(`${rec}/responses`)
            .send({ ...response, respondedOn: '2024-02-30' }),
        400,
      );
      expect(body.errors).toEqual([
        {
          field: 'respondedOn',
          code: 'isLocalDate',
          message: 'respondedOn must be a calendar date written YYYY-MM-DD',
        },
      ]);
    });

    it('names every field at fault, nested ones by path', async () => {
      const body = await refused(
        () =>
          app
            .http()
            .post(`${rec}/responses`)
            .send({ ...response, position: 'maybe', commitments: [{ text: '', dueOn: 'soon' }] }),
        400,
      );
      expect(body.errors?.map((e) => e.field).sort()).toEqual([
        'commitments.0.dueOn',
        'commitments.0.text',
        'position',
      ]);
    });

    it('refuses malformed JSON', async () => {
      await refused(
        () =>
          app
            .http()
            .post(`${rec}/responses`)
            .set('content-type', 'application/json')
            .send('{"respondedOn": '),
        400,
      );
    });

    it('refuses an If-Match that is not a revision', async () => {
      const body = await refused(
        () => app.http().post(`${rec}/responses`).set('If-Match', 'yesterday').send(response),
        400,
      );
      expect(body.errors).toEqual([
        { field: 'If-Match', code: 'isRevision', message: 'not a revision' },
      ]);
    });

    it('refuses a path id that cannot be an id', async () => {
      await refused(
        () => app.http().post('/api/recommendations/%20x%20/responses').send(response),
        400,
      );
    });
  });

  describe('404 unknown id', () => {
    it('for a recommendation that does not exist', async () => {
      const body = await refused(
        () => app.http().post('/api/recommendations/kn-khong-co/responses').send(response),
        404,
      );
      expect(body.code).toBe('not-found');
    });

    it('for an agency named in the body that does not exist', async () => {
      const body = await refused(
        () =>
          app
            .http()
            .post(`/api/delegations/${ids.delegation}/surveys`)
            .send({
              date: '2024-04-03',
              agencyIds: ['ubnd-khong-co'],
              topics: ['Một cửa'],
              chair: { name: 'Nguyễn Đài Thy', position: 'PCT' },
              participants: [],
            }),
        404,
      );
      expect(body.code).toBe('agency.not-registered');
    });
  });

  describe('409 business rule', () => {
    it('refuses a rejection without its explanation', async () => {
      const body = await refused(
        () =>
          app
            .http()
            .post(`${rec}/responses`)
            .send({ ...response, position: 'rejected', text: ' ' }),
        409,
      );
      expect(body).toMatchObject({
        code: 'response.explanation-required',
        title: 'Business rule violated',
      });
      expect(body.detail).toMatch(/giải trình/);
    });

    it('refuses to close as implemented what was never reported done', async () => {
      const body = await refused(
        () =>
          app
            .http()
            .post(`${rec}/closure`)
            .send({ closedOn: '2024-07-01', outcome: 'implemented', assessment: 'x' }),
        409,
      );
      expect(body.code).toBe('closure.completion-not-reported');
    });
  });

  describe('412 stale If-Match', () => {
    it('refuses a command whose If-Match is behind the stream, then accepts the current one', async () => {
      const body = await refused(
        () =>
          app
            .http()
            .post(`${rec}/escalation`)
            .set('If-Match', '"7"')
            .send({ step: 'first-reminder', note: 'Đôn đốc' }),
        412,
      );
      expect(body.detail).toMatch(/revision 0/);
      const ok = await app
        .http()
        .post(`${rec}/escalation`)
        .set('If-Match', '"0"')
        .send({ step: 'first-reminder', note: 'Đôn đốc' })
        .expect(200);
      expect(ok.body).toMatchObject({ revision: 1 });
    });

    it('of 20 concurrent commands with the same If-Match, exactly one succeeds and the rest are 412', async () => {
      const head = await app.head();
      const statuses = await Promise.all(
        Array.from({ length: 20 }, () =>
          app
            .http()
            .post(`${rec}/escalation`)
            .set('If-Match', '"1"')
            .send({ step: 'further-reminder', note: 'Đôn đốc tiếp' })
            .then((r) => r.status),
        ),
      );
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 412)).toHaveLength(19);
      expect(await app.head()).toBe(head + 1n);
    });
  });

  it('stores Vietnamese text NFC however it was typed', async () => {
    const nfd = 'Ủy ban nhân dân phường Tân Ninh'.normalize('NFD');
    const res = await app
      .http()
      .post('/api/agencies')
      .send({ id: 'ubnd-phuong-tan-ninh', name: nfd, level: 'commune' })
      .expect(201);
    const stream = await app.auditor().get(`/api/audit/streams/${res.body.streamId}`).expect(200);
    expect(stream.body.events[0].data.name).toBe(
      'Ủy ban nhân dân phường Tân Ninh'.normalize('NFC'),
    );
  });

  it('answers 503 with Retry-After when the event log is down, appending nothing', async () => {
    const other = await startHttp();
    await other.store.close();
    const res = await other.http().post('/api/agencies').send({ name: 'UBND', level: 'commune' });
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('1');
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body).toMatchObject({ status: 503, code: 'event-store-unavailable' });
    await other.close();
  });
});
