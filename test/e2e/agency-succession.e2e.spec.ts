import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const successor = 'ubnd-phuong-tan-ninh';

/**
 * 2025-07-01: the district level is abolished and UBND thành phố Tây Ninh with it. Its open
 * recommendation and obstacle pass to its successor; the history keeps the original addressee.
 */
describe('agency succession over HTTP', () => {
  let app: HttpHarness;
  let cityOffice: Awaited<ReturnType<HttpHarness['account']>>;
  const post = (path: string, body: object, status = 200) => app.command(path, body, status);

  beforeAll(async () => {
    app = await startHttp();
    for (const step of tayNinhRequests()) await post(step.path, step.body, step.status);
    await post(
      `/api/delegations/${ids.delegation}/recommendations`,
      {
        id: 'kn-tp-mot-cua',
        addresseeAgencyId: ids.city,
        text: 'Đề nghị UBND thành phố bố trí cán bộ chuyên trách chuyển đổi số (dữ liệu mẫu)',
        findingIds: [ids.indexFinding],
        issuedOn: '2024-05-15',
        responseDueOn: '2024-06-14',
      },
      201,
    );
    const finding = await post(
      `/api/delegations/${ids.delegation}/findings`,
      {
        surveyId: ids.survey,
        agencyId: ids.city,
        kind: 'obstacle',
        statement: 'Cán bộ, công chức phải sử dụng nhiều phần mềm',
        recordedOn: '2024-04-02',
      },
      201,
    );
    await post(`/api/obstacles/${finding.obstacleId as string}/assignment`, {
      agencyId: ids.city,
      competence: 'commune',
      assignedOn: '2024-05-15',
    });
    // The city's office had an account before the merger.
    cityOffice = await app.account({ username: 'vp.ubnd-tp', role: 'agency', agencyId: ids.city });
    await post(
      '/api/agencies',
      {
        id: successor,
        name: 'Ủy ban nhân dân phường Tân Ninh',
        level: 'commune',
        registeredOn: '2025-07-01',
      },
      201,
    );
    await post(`/api/agencies/${ids.city}/succession`, {
      successorId: successor,
      effectiveOn: '2025-07-01',
      basis: 'Nghị quyết sắp xếp đơn vị hành chính cấp xã năm 2025 (dữ liệu mẫu)',
    });
  });
  afterAll(() => app.close());

  it('passes the open recommendation to the successor and keeps the original addressee', async () => {
    const view = (
      await app
        .http()
        .get(`/api/recommendations/kn-tp-mot-cua?minPosition=${app.lastPosition()}`)
        .expect(200)
    ).body;
    expect(view.addressee).toEqual({ original: ids.city, current: successor });
    expect(view.timeline.at(-1)).toMatchObject({
      type: 'RecommendationTransferred',
      // The line names the agencies as people read them, like the entry's own fields.
      summary:
        'Passed from Ủy ban nhân dân thành phố Tây Ninh to Ủy ban nhân dân phường Tân Ninh from 2025-07-01',
    });
  });

  it('leaves the recommendations of other agencies where they are', async () => {
    const view = (
      await app
        .http()
        .get(`/api/recommendations/${ids.recommendation}?minPosition=${app.lastPosition()}`)
        .expect(200)
    ).body;
    expect(view.addressee).toEqual({ original: ids.province, current: ids.province });
  });

  it('passes the open obstacle it answered for to the successor', async () => {
    const list = (
      await app
        .http()
        .get(`/api/obstacles?agencyId=${successor}&minPosition=${app.lastPosition()}`)
        .expect(200)
    ).body;
    expect(list.items).toEqual([
      expect.objectContaining({ responsibleAgencyId: successor, sourceAgencyId: ids.city }),
    ]);
  });

  it('records a response sent without an agency as the successor’s', async () => {
    const head = await app.head();
    const response = await app
      .http()
      .post('/api/recommendations/kn-tp-mot-cua/responses')
      .send({ respondedOn: '2025-07-10', position: 'accepted', text: 'Tiếp thu' });
    // No agency given: the answer is the current addressee's, the successor's.
    expect(response.status).toBe(201);
    expect(await app.head()).toBe(head + 1n);
    const stream = (
      await app.auditor().get('/api/audit/streams/recommendation-kn-tp-mot-cua').expect(200)
    ).body;
    expect(stream.events.at(-1).data.agencyId).toBe(successor);
  });

  it('refuses a new recommendation to the abolished agency', async () => {
    const res = await app
      .http()
      .post(`/api/delegations/${ids.delegation}/recommendations`)
      .send({
        addresseeAgencyId: ids.city,
        text: 'Kiến nghị mẫu',
        findingIds: [ids.indexFinding],
        issuedOn: '2025-08-01',
        responseDueOn: '2025-09-01',
      });
    expect(res.body).toMatchObject({ status: 409, code: 'agency.abolished' });
  });

  it('answers a retried succession (same Idempotency-Key) again without moving anything twice', async () => {
    await post(
      '/api/agencies',
      { id: 'ubnd-xa-a', name: 'UBND xã A', level: 'commune', registeredOn: '2024-01-01' },
      201,
    );
    await post(
      '/api/agencies',
      { id: 'ubnd-xa-b', name: 'UBND xã B', level: 'commune', registeredOn: '2025-07-01' },
      201,
    );
    await post(
      `/api/delegations/${ids.delegation}/recommendations`,
      {
        id: 'kn-xa-a',
        addresseeAgencyId: 'ubnd-xa-a',
        text: 'Kiến nghị mẫu',
        findingIds: [ids.indexFinding],
        issuedOn: '2024-05-15',
        responseDueOn: '2024-06-14',
      },
      201,
    );
    const body = {
      successorId: 'ubnd-xa-b',
      effectiveOn: '2025-07-01',
      basis: 'Sáp nhập xã (dữ liệu mẫu)',
    };
    const first = await app
      .http()
      .post('/api/agencies/ubnd-xa-a/succession')
      .set('Idempotency-Key', 'succ-1')
      .send(body)
      .expect(200);
    const head = await app.head();
    const retry = await app
      .http()
      .post('/api/agencies/ubnd-xa-a/succession')
      .set('Idempotency-Key', 'succ-1')
      .send(body)
      .expect(200);
    expect(retry.body).toEqual(first.body);
    expect(await app.head()).toBe(head);
    const moved = (
      await app
        .http()
        .get(`/api/recommendations/kn-xa-a?minPosition=${Number(head)}`)
        .expect(200)
    ).body;
    expect(moved.addressee).toEqual({ original: 'ubnd-xa-a', current: 'ubnd-xa-b' });
    expect(
      moved.timeline.filter((t: { type: string }) => t.type === 'RecommendationTransferred'),
    ).toHaveLength(1);
  });

  it('lets the successor’s office, and no longer the abolished city’s, read and answer the case', async () => {
    const tanNinh = await app.account({
      username: 'vp.ubnd-tan-ninh',
      role: 'agency',
      agencyId: successor,
    });
    const rec = '/api/recommendations/kn-tp-mot-cua';
    const progress = { reportedOn: '2025-07-15', text: 'Đã bố trí cán bộ (dữ liệu mẫu)' };
    const before = await app.head();
    await cityOffice.http().get(`${rec}?minPosition=${app.lastPosition()}`).expect(403);
    await cityOffice.http().post(`${rec}/progress`).send(progress).expect(403);
    expect(await app.head()).toBe(before);
    await tanNinh.http().get(`${rec}?minPosition=${app.lastPosition()}`).expect(200);
    const answered = await tanNinh.http().post(`${rec}/progress`).send(progress).expect(200);
    const events = (
      await app.auditor().get(`/api/audit/streams/recommendation-kn-tp-mot-cua`).expect(200)
    ).body.events as { type: string; metadata: { actor: { agencyId?: string } } }[];
    expect(events.at(-1)).toMatchObject({
      type: 'ProgressReported',
      metadata: { actor: { agencyId: successor } },
    });
    expect(answered.body.revision).toBe(events.length - 1);
  });
});
