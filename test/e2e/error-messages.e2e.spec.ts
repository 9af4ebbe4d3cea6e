import { ids } from '@hdnd/testing';
import { startWithCallers } from '../security/callers';
import type { HttpHarness } from '@hdnd/testing/http-harness';

const d = `/api/delegations/${ids.delegation}`;
const rec = `/api/recommendations/${ids.recommendation}`;

/**
 * What an error says must be true of the request that got it: a refusal shared by an unknown
 * and another agency's case says something true of both, a field with a twin says either will
 * do, a URL of the wrong scheme is told so.
 */
describe('error messages say what is true', () => {
  let app: HttpHarness;
  let clients: Awaited<ReturnType<typeof startWithCallers>>['clients'];

  beforeAll(async () => {
    ({ app, clients } = await startWithCallers());
  });
  afterAll(() => app.close());

  /** The refusal, checked for nothing appended; its body. */
  const refused = async (
    send: () => Promise<import('supertest').Response>,
    status: number,
  ): Promise<{ code?: string; detail?: string; errors?: { field: string; message: string }[] }> => {
    const head = await app.head();
    const res = await send();
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.status).toBe(status);
    expect(await app.head()).toBe(head);
    return res.body;
  };

  describe('an agency user refused a case it does not answer for, or one that does not exist', () => {
    const response = { respondedOn: '2024-06-10', position: 'accepted', text: 'Tiếp thu' };
    it.each([
      ['reading another agency’s recommendation', () => clients['agency-other']().get(rec)],
      [
        'reading an unknown recommendation',
        () => clients['agency-other']().get('/api/recommendations/nope-zzz'),
      ],
      [
        'a command on another agency’s recommendation',
        () => clients['agency-other']().post(`${rec}/responses`).send(response),
      ],
      [
        'a command on an unknown recommendation',
        () =>
          clients['agency-other']().post('/api/recommendations/nope-zzz/responses').send(response),
      ],
    ])('%s: the same true sentence', async (_name, send) => {
      const body = await refused(send, 403);
      expect(body).toMatchObject({
        code: 'forbidden',
        detail: 'This recommendation is not one your agency answers for.',
      });
    });

    it.each([
      ['an unknown obstacle', () => clients['agency-other']().get('/api/obstacles/nope-zzz')],
      [
        'another agency’s obstacle',
        () => clients['agency-other']().get(`/api/obstacles/${ids.vneidObstacle}`),
      ],
    ])('%s: the same true sentence', async (_name, send) => {
      const body = await refused(send, 403);
      expect(body.detail).toBe('This obstacle is not one your agency answers for.');
    });

    it('a webhook unknown or of another agency: a sentence true of both', async () => {
      for (const id of ['wh-tinh', 'wh-nope']) {
        const body = await refused(
          () => clients['agency-other']().post(`/api/webhooks/${id}/disable`).send({ reason: 'x' }),
          403,
        );
        expect(body.detail).toBe('This webhook is not one your agency registered.');
      }
    });
  });

  describe('a date with a twin in working days, left out with its twin', () => {
    it('an extension names both ways to give it', async () => {
      const body = await refused(
        () => app.http().post(`${rec}/extension`).send({ reason: 'Lý do', approvedBy: 'Chủ tịch' }),
        400,
      );
      expect(body.errors).toEqual([
        {
          field: 'newDueOn',
          code: 'isDefined',
          message: 'newDueOn or newDueInWorkingDays is required',
          other: 'newDueInWorkingDays',
        },
      ]);
    });

    it('a recommendation names both ways to give its response date', async () => {
      const body = await refused(
        () =>
          app
            .http()
            .post(`${d}/recommendations`)
            .send({
              addresseeAgencyId: ids.province,
              text: 'Đề nghị',
              findingIds: [ids.vneidFinding],
            }),
        400,
      );
      expect(body.errors).toEqual([
        {
          field: 'responseDueOn',
          code: 'isDefined',
          message: 'responseDueOn or responseDueInWorkingDays is required',
          other: 'responseDueInWorkingDays',
        },
      ]);
    });

    it('a commitment names both ways, by its path', async () => {
      const body = await refused(
        () =>
          app
            .http()
            .post(`${rec}/responses`)
            .send({
              respondedOn: '2024-06-10',
              position: 'accepted',
              text: 'Tiếp thu',
              commitments: [{ text: 'Làm' }],
            }),
        400,
      );
      expect(body.errors).toEqual([
        {
          field: 'commitments.0.dueOn',
          code: 'isDefined',
          message: 'commitments.0.dueOn or commitments.0.dueInWorkingDays is required',
          other: 'commitments.0.dueInWorkingDays',
        },
      ]);
    });
  });

  it('a rejection with valid commitments gets the domain’s rule code', async () => {
    await app.command(
      `${d}/recommendations`,
      {
        id: 'kn-tu-choi',
        addresseeAgencyId: ids.province,
        text: 'Đề nghị rà soát',
        findingIds: [ids.vneidFinding],
        issuedOn: '2024-05-15',
        responseDueOn: '2024-06-14',
      },
      201,
    );
    const body = await refused(
      () =>
        clients['agency-own']()
          .post('/api/recommendations/kn-tu-choi/responses')
          .send({
            respondedOn: '2024-06-10',
            position: 'rejected',
            text: 'Không tiếp thu vì đã làm',
            commitments: [{ text: 'Làm', dueOn: '2024-12-31' }],
          }),
      409,
    );
    expect(body.code).toBe('response.rejection-with-commitments');
  });

  it.each(['file:///etc/passwd', 'ftp://example.org/hook', 'javascript:alert(1)'])(
    'a webhook at %s: 400 saying it must be http or https',
    async (url) => {
      const body = await refused(
        () =>
          clients['agency-own']()
            .post('/api/webhooks')
            .send({ url, eventTypes: ['DeadlineMissed'] }),
        400,
      );
      expect(body.errors).toEqual([
        { field: 'url', code: 'isHttpUrl', message: 'url must be an http or https URL' },
      ]);
    },
  );
});
