import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const d = `/api/delegations/${ids.delegation}`;
/** Written into everything that must never be public; searched for in every public answer. */
const SENTINEL = 'BI-MAT-NOI-BO';
const OTHER = 'dgs-chua-cong-khai';

/**
 * The public page's API (docs/security.md, "Public routes"): no token, only what was published,
 * cacheable with an ETag, gone on withdrawal.
 */
describe('GET /api/public/delegations, without sign-in', () => {
  let app: HttpHarness;
  const post = (path: string, body: object, status = 200) => app.command(path, body, status);
  /** Waits until the read models hold the last command (the public routes take no minPosition). */
  const settle = () =>
    app.http().get(`/api/delegations?minPosition=${app.lastPosition()}`).expect(200);
  const everyPublicAnswer = async () => {
    const list = await app.anonymous().get('/api/public/delegations').expect(200);
    const details = await Promise.all(
      (list.body.items as { id: string }[]).map(
        async ({ id }) => (await app.anonymous().get(`/api/public/delegations/${id}`)).text,
      ),
    );
    const other = await app.anonymous().get(`/api/public/delegations/${OTHER}`);
    return [list.text, ...details, other.text].join('\n');
  };

  beforeAll(async () => {
    app = await startHttp();
    for (const step of tayNinhRequests()) await post(step.path, step.body, step.status);
    // Internal to the delegation that will be published: a finding and an assessment's note.
    await post(
      `${d}/findings`,
      { agencyId: ids.city, kind: 'limitation', statement: SENTINEL, recordedOn: '2024-05-01' },
      201,
    );
    await post(`/api/recommendations/${ids.recommendation}/responses/${ids.response}/assessment`, {
      assessedOn: '2024-06-20',
      verdict: 'satisfactory',
      note: `Ghi chú nội bộ ${SENTINEL}`,
    });
    // A delegation nobody publishes, with a recommendation.
    await post(
      '/api/delegations',
      {
        id: OTHER,
        title: `Đoàn chưa công khai ${SENTINEL}`,
        topic: SENTINEL,
        legalBasis: { number: '9/NQ-HĐND', issuedOn: '2024-01-05', issuedBy: 'HĐND tỉnh' },
        periodFrom: '2023-01-01',
        periodTo: '2023-12-31',
        chair: { name: SENTINEL, position: 'Trưởng ban' },
        members: [],
      },
      201,
    );
    const finding = await post(
      `/api/delegations/${OTHER}/findings`,
      { agencyId: ids.city, kind: 'limitation', statement: SENTINEL, recordedOn: '2024-02-01' },
      201,
    );
    await post(
      `/api/delegations/${OTHER}/recommendations`,
      {
        addresseeAgencyId: ids.city,
        text: SENTINEL,
        findingIds: [finding.findingId],
        issuedOn: '2024-02-02',
        responseDueOn: '2024-03-02',
      },
      201,
    );
    await settle();
  });
  afterAll(() => app.close());

  it('shows nothing before the secretariat publishes', async () => {
    expect((await app.anonymous().get('/api/public/delegations').expect(200)).body).toEqual({
      items: [],
    });
    const res = await app.anonymous().get(`/api/public/delegations/${ids.delegation}`).expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('shows a published delegation with its recommendations, and nothing unpublished or internal', async () => {
    await post(`${d}/publication`, { publishedOn: '2024-10-05', basis: 'Thông báo 12/TB-HĐND' });
    await settle();
    const list = await app.anonymous().get('/api/public/delegations').expect(200);
    expect(list.body.items).toMatchObject([
      { id: ids.delegation, publishedOn: '2024-10-05', recommendationCount: 1 },
    ]);
    const detail = await app
      .anonymous()
      .get(`/api/public/delegations/${ids.delegation}`)
      .expect(200);
    expect(detail.body).toMatchObject({
      legalBasis: { number: '135/NQ-HĐND' },
      chair: { name: 'Nguyễn Đài Thy' },
      publicationBasis: 'Thông báo 12/TB-HĐND',
      recommendations: [
        {
          id: ids.recommendation,
          response: { position: 'accepted', respondedOn: '2024-06-10' },
          responseDueOn: '2024-06-14',
        },
      ],
    });
    expect(detail.body.recommendations[0].addressee).toMatch(/Tây Ninh/);
    const everything = await everyPublicAnswer();
    expect(everything).not.toContain(SENTINEL);
    // No account appears: not the clerk's login, display name or id.
    for (const word of ['thu-ky', 'Thư ký HĐND', 'kiem-toan', 'admin'])
      expect(everything).not.toContain(word);
  });

  it('answers with an ETag and Cache-Control, and 304 when If-None-Match names it', async () => {
    for (const path of ['/api/public/delegations', `/api/public/delegations/${ids.delegation}`]) {
      const first = await app.anonymous().get(path).expect(200);
      const etag = first.headers.etag as string;
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(first.headers['cache-control']).toBe('public, no-cache');
      expect(first.headers['content-security-policy']).toMatch(/default-src 'self'/);
      const again = await app.anonymous().get(path).set('If-None-Match', etag).expect(304);
      expect(again.text).toBe('');
      await app.anonymous().get(path).set('If-None-Match', '"something-else"').expect(200);
    }
  });

  it('takes no other method', async () => {
    await app.anonymous().post('/api/public/delegations').send({}).expect(404);
    await app.anonymous().delete(`/api/public/delegations/${ids.delegation}`).expect(404);
  });

  it('refuses a publication without its basis, or a second one', async () => {
    const missing = await app.http().post(`${d}/publication`).send({}).expect(400);
    expect(missing.body.errors[0]).toMatchObject({ field: 'basis' });
    const twice = await app.http().post(`${d}/publication`).send({ basis: 'Lần nữa' }).expect(409);
    expect(twice.body.code).toBe('publication.already-published');
  });

  it('takes the delegation off the public page on withdrawal, with a new ETag', async () => {
    const before = await app.anonymous().get('/api/public/delegations').expect(200);
    await post(`${d}/publication/withdrawal`, { withdrawnOn: '2024-10-07', reason: SENTINEL });
    await settle();
    const after = await app
      .anonymous()
      .get('/api/public/delegations')
      .set('If-None-Match', before.headers.etag as string)
      .expect(200);
    expect(after.body).toEqual({ items: [] });
    await app.anonymous().get(`/api/public/delegations/${ids.delegation}`).expect(404);
    expect(await everyPublicAnswer()).not.toContain(SENTINEL);
  });
});
