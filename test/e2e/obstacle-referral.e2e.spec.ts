import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const d = `/api/delegations/${ids.delegation}`;
const MINISTRY = { id: 'bo-cong-an', name: 'Bộ Công an' };
const CITY = { id: ids.city, name: 'Ủy ban nhân dân thành phố Tây Ninh' };

/**
 * An obstacle the province cannot remove is referred to the competent body, with the reason,
 * over HTTP; the list shows what the detail shows, merged obstacles included.
 */
describe('obstacles referred to a competent body, over HTTP', () => {
  let app: HttpHarness;
  let obstacleId: string;
  const post = (path: string, body: object, status = 200) => app.command(path, body, status);
  const detail = async (id: string) =>
    (await app.http().get(`/api/obstacles/${id}?minPosition=${app.lastPosition()}`).expect(200))
      .body;
  const referral = {
    toAgencyId: MINISTRY.id,
    competence: 'central',
    referredOn: '2024-05-20',
    reason: 'Dữ liệu VNeID do Bộ Công an quản lý; đề nghị Bộ đồng bộ lại',
  };

  beforeAll(async () => {
    app = await startHttp();
    for (const step of tayNinhRequests()) await post(step.path, step.body, step.status);
    await post('/api/agencies', { ...MINISTRY, level: 'central', registeredOn: '2023-01-01' }, 201);
    const finding = await post(
      `${d}/findings`,
      {
        surveyId: ids.survey,
        agencyId: ids.city,
        kind: 'obstacle',
        statement: 'Tài khoản dịch vụ công không chuyển được sang VNeID',
        recordedOn: '2024-04-02',
      },
      201,
    );
    obstacleId = finding.obstacleId as string;
  });
  afterAll(() => app.close());

  it('refuses a referral without its reason, or from an agency officer, and appends nothing', async () => {
    // Opening the officer's account appends to the log: before the count starts.
    const officer = await app.account({
      username: 'vp.tp-tay-ninh',
      role: 'agency',
      agencyId: ids.city,
    });
    const before = await app.head();
    const { reason: _, ...withoutReason } = referral;
    const missing = await app
      .http()
      .post(`/api/obstacles/${obstacleId}/referral`)
      .send(withoutReason);
    expect(missing.status).toBe(400);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    const forbidden = await app
      .as(officer.token)
      .post(`/api/obstacles/${obstacleId}/referral`)
      .send(referral);
    expect(forbidden.status).toBe(403);
    expect(await app.head()).toEqual(before);
  });

  it('refers it to the competent body with the reason, and shows the referral in detail and list', async () => {
    await post(`/api/obstacles/${obstacleId}/referral`, referral);
    const view = await detail(obstacleId);
    expect(view).toMatchObject({
      status: 'referred',
      responsibleAgencyId: MINISTRY.id,
      responsibleAgency: MINISTRY,
      sourceAgency: CITY,
      competence: 'central',
      referral: {
        toAgency: MINISTRY,
        competence: 'central',
        referredOn: '2024-05-20',
        reason: referral.reason,
      },
    });
    const list = await app
      .http()
      .get(`/api/obstacles?status=referred&minPosition=${app.lastPosition()}`)
      .expect(200);
    // The list shows what the detail shows, but for the history and the revision (for If-Match).
    const { history: _, revision: _revision, ...summary } = view;
    expect(list.body.items).toEqual([summary]);
  });

  it('lets the body it was referred to resolve it', async () => {
    const ministry = await app.account({
      username: 'vp.bo-cong-an',
      displayName: 'Văn phòng Bộ Công an',
      role: 'agency',
      agencyId: MINISTRY.id,
    });
    await app
      .as(ministry.token)
      .post(`/api/obstacles/${obstacleId}/resolution`)
      .send({ resolvedOn: '2024-11-30', resolution: 'Đã đồng bộ lại dữ liệu' })
      .expect(200);
  });

  it('keeps its history as data: each step with its date, who recorded it and the agencies by name', async () => {
    const view = await detail(obstacleId);
    expect(view.history).toEqual([
      expect.objectContaining({
        type: 'ObstacleRecorded',
        on: '2024-04-02',
        actor: expect.objectContaining({ username: 'thu-ky', role: 'secretariat' }),
        sourceAgency: CITY,
        statement: 'Tài khoản dịch vụ công không chuyển được sang VNeID',
      }),
      expect.objectContaining({
        type: 'ObstacleReferred',
        on: '2024-05-20',
        toAgency: MINISTRY,
        competence: 'central',
        note: referral.reason,
      }),
      expect.objectContaining({
        type: 'ObstacleResolved',
        on: '2024-11-30',
        actor: expect.objectContaining({
          username: 'vp.bo-cong-an',
          displayName: 'Văn phòng Bộ Công an',
          agency: MINISTRY,
        }),
        resolution: 'Đã đồng bộ lại dữ liệu',
      }),
    ]);
  });

  it('shows in the list the obstacles merged into one, as the detail does', async () => {
    const finding = {
      surveyId: ids.survey,
      kind: 'obstacle',
      statement: 'Thiếu kinh phí cho Tổ công nghệ số cộng đồng',
      recordedOn: '2024-04-02',
    };
    const byCity = await post(`${d}/findings`, { ...finding, agencyId: ids.city }, 201);
    const byWard = await post(`${d}/findings`, { ...finding, agencyId: ids.ward1 }, 201);
    await post(`/api/obstacles/${byWard.obstacleId as string}/merge`, {
      intoObstacleId: byCity.obstacleId,
      mergedOn: '2024-04-10',
    });
    const merged = await detail(byCity.obstacleId as string);
    expect(merged.mergedFrom).toEqual([byWard.obstacleId]);
    const list = await app.http().get(`/api/obstacles?q=kinh%20phi`).expect(200);
    const listed = list.body.items.find((o: { id: string }) => o.id === byCity.obstacleId);
    const { history: _, revision: _revision, ...summary } = merged;
    expect(listed).toEqual(summary);
  });
});
