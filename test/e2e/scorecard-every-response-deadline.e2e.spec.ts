import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

/** 20 July 2025, 10:00 in Vietnam: the whole case is entered after the fact, as the clerk does. */
const NOW = new Date('2025-07-20T03:00:00.000Z');
const district = 'dn-sontra';
const ward = 'dn-phuong-sontra';
const otherDistrict = 'dn-nguhanhson';

/**
 * Every response deadline is charged, on time or late, to the agency that held the case on its
 * due date — the first one and each new one due after an unsatisfactory assessment, extensions
 * applied — and the scorecard, the tracker's overdue and the log's DeadlineMissed agree.
 */
describe('the scorecard counts every response deadline', () => {
  let app: HttpHarness;
  const rec = (id: string) => `/api/recommendations/${id}`;

  /** Issued to `agencyId`, answered on time, judged unsatisfactory, extended twice to 2025-06-20. */
  const newResponseExtendedTo0620 = async (id: string, agencyId: string) => {
    await app.command(
      `/api/delegations/${ids.delegation}/recommendations`,
      {
        id,
        addresseeAgencyId: agencyId,
        text: `Đề nghị hoàn thành giải phóng mặt bằng ${id} (dữ liệu mẫu)`,
        findingIds: [ids.indexFinding],
        issuedOn: '2025-03-03',
        responseDueOn: '2025-04-01',
      },
      201,
    );
    await app.command(
      `${rec(id)}/responses`,
      { id: `${id}-tl-1`, respondedOn: '2025-03-25', position: 'accepted', text: 'Tiếp thu' },
      201,
    );
    await app.command(`${rec(id)}/responses/${id}-tl-1/assessment`, {
      assessedOn: '2025-04-10',
      verdict: 'unsatisfactory',
      note: 'Chưa nêu lộ trình, kinh phí',
      newResponseDueOn: '2025-05-30',
    });
    for (const [newDueOn, extendedOn] of [
      ['2025-06-10', '2025-05-28'],
      ['2025-06-20', '2025-06-09'],
    ])
      await app.command(`${rec(id)}/extension`, {
        newDueOn,
        extendedOn,
        reason: 'Chờ ý kiến của sở',
        approvedBy: 'Trưởng đoàn giám sát',
      });
  };
  const cardOf = async (agencyId: string) =>
    (
      await app
        .http()
        .get(`/api/agencies/${agencyId}?minPosition=${await app.head()}`)
        .expect(200)
    ).body.scorecard;
  const missedResponses = async (id: string) =>
    (
      (await app.auditor().get(`/api/audit/streams/recommendation-${id}`).expect(200)).body
        .events as { type: string; data: Record<string, unknown> }[]
    )
      .filter((e) => e.type === 'DeadlineMissed' && e.data.deadline === 'response')
      .map((e) => e.data);

  beforeAll(async () => {
    app = await startHttp({ clock: { now: () => NOW } });
    for (const step of tayNinhRequests().filter((s) => s.as !== 'agency'))
      await app.command(step.path, step.body, step.status);
    for (const [id, name, level] of [
      [district, 'Ủy ban nhân dân quận Sơn Trà', 'district'],
      [ward, 'Ủy ban nhân dân phường Sơn Trà', 'commune'],
      [otherDistrict, 'Ủy ban nhân dân quận Ngũ Hành Sơn', 'district'],
    ])
      await app.command('/api/agencies', { id, name, level, registeredOn: '2024-01-01' }, 201);

    // kn-dn-1: the district holds the new-response deadline of 2025-06-20 and never answers;
    // the ward, its successor from 2025-07-01, answers on 2025-07-10.
    await newResponseExtendedTo0620('kn-dn-1', district);
    await app.command(`/api/agencies/${district}/succession`, {
      successorId: ward,
      effectiveOn: '2025-07-01',
      basis: 'Nghị quyết sắp xếp đơn vị hành chính cấp xã năm 2025 (dữ liệu mẫu)',
    });
    await app
      .http()
      .get(`${rec('kn-dn-1')}?minPosition=${await app.head()}`)
      .expect(200);
    await app.command(
      `${rec('kn-dn-1')}/responses`,
      { respondedOn: '2025-07-10', position: 'accepted', text: 'Bổ sung lộ trình' },
      201,
    );

    // kn-dn-2: the same, with no succession: the district itself answers late.
    await newResponseExtendedTo0620('kn-dn-2', otherDistrict);
    await app.command(
      `${rec('kn-dn-2')}/responses`,
      { respondedOn: '2025-07-10', position: 'accepted', text: 'Bổ sung lộ trình' },
      201,
    );
    await app
      .http()
      .get(`${rec('kn-dn-2')}?minPosition=${app.lastPosition()}`)
      .expect(200);
    await app.http().post('/api/admin/follow-up/sweep').expect(200);
  });
  afterAll(() => app.close());

  it('charges the new response answered late after a succession to the district that held it', async () => {
    expect(await cardOf(district)).toEqual({
      received: 1,
      passedIn: 0,
      passedOn: 1,
      respondedOnTime: 1,
      late: 1,
      open: 0,
      meanDaysToRespond: 22,
      onTimeRate: 0.5,
    });
    // The ward answered a deadline that fell before it held the case: nothing is charged to it.
    expect(await cardOf(ward)).toMatchObject({
      passedIn: 1,
      respondedOnTime: 0,
      late: 0,
      open: 1,
      onTimeRate: null,
    });
  });

  it('records that deadline as missed by the district, as the tracker showed it overdue', async () => {
    expect(await missedResponses('kn-dn-1')).toEqual([
      expect.objectContaining({ agencyId: district, dueOn: '2025-06-20', missedOn: '2025-07-20' }),
    ]);
    const past = await app
      .http()
      .get(`${rec('kn-dn-1')}?asOfDate=2025-07-05`)
      .expect(200);
    expect(past.body).toMatchObject({ overdue: true, daysOverdue: 15 });
  });

  it('charges a new response answered late with no succession to the district', async () => {
    expect(await cardOf(otherDistrict)).toMatchObject({
      respondedOnTime: 1,
      late: 1,
      onTimeRate: 0.5,
    });
    expect(await missedResponses('kn-dn-2')).toEqual([
      expect.objectContaining({ agencyId: otherDistrict, dueOn: '2025-06-20' }),
    ]);
  });

  it('shows the same counts on the dashboard', async () => {
    const dashboard = await app.http().get('/api/dashboard').expect(200);
    const row = (id: string) =>
      (dashboard.body.agencies as { agencyId: string }[]).find((a) => a.agencyId === id);
    expect(row(district)).toMatchObject({ respondedOnTime: 1, late: 1 });
    expect(row(otherDistrict)).toMatchObject({ respondedOnTime: 1, late: 1 });
  });
});
