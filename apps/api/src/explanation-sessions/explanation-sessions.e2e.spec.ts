import { ids, tayNinhRequests } from '@hdnd/testing';
import { binary, documentText } from '@hdnd/testing/docx-text';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const SESSION = 'gt-dau-tu-cong-2024';
const UNCONCLUDED = 'gt-chua-ket-luan';
const ITEM = 'kn-sau-giai-trinh';

const committee = {
  body: 'committee',
  level: 'province',
  name: 'Ban Kinh tế - Ngân sách HĐND tỉnh (dữ liệu mẫu)',
} as const;
const session = {
  id: SESSION,
  issue: 'Tiến độ giải ngân vốn đầu tư công năm 2024 (dữ liệu mẫu)',
  agencyId: ids.province,
  heldOn: '2024-08-15',
  supervisor: committee,
};
const conclusion = {
  conclusion:
    'UBND tỉnh chỉ đạo giải ngân đạt ít nhất 95% kế hoạch vốn năm 2024, báo cáo kết quả trước ngày 30/9/2024 (dữ liệu mẫu).',
  concludedOn: '2024-08-20',
};

/**
 * A second source beside delegations and interpellations: an explanation session, an agency's
 * head explaining before a committee, and what its conclusion asks followed up in the same
 * register — the tracker, the deadlines' sweep, escalation and the session report.
 */
describe('an explanation session feeding the follow-up register', () => {
  let app: HttpHarness;
  let now = new Date('2024-08-15T03:00:00.000Z');

  beforeAll(async () => {
    app = await startHttp({ clock: { now: () => now } });
    for (const step of tayNinhRequests().filter(
      (s) => !s.path.endsWith('/responses') && !s.path.endsWith('/resolution'),
    ))
      await app.command(step.path, step.body, step.status);
    await app.command('/api/explanation-sessions', session, 201);
    await app.command(
      '/api/explanation-sessions',
      { ...session, id: UNCONCLUDED, issue: 'Công tác bồi thường, giải phóng mặt bằng' },
      201,
    );
    now = new Date('2024-08-20T03:00:00.000Z');
    await app.command(`/api/explanation-sessions/${SESSION}/conclusion`, conclusion, 201);
    await app.command(
      `/api/explanation-sessions/${SESSION}/recommendations`,
      {
        id: ITEM,
        addresseeAgencyId: ids.province,
        text: 'Giải ngân đạt ít nhất 95% kế hoạch vốn đầu tư công năm 2024 (theo kết luận phiên giải trình)',
        responseDueOn: '2024-09-30',
      },
      201,
    );
  }, 60_000);
  afterAll(() => app.close());

  const fresh = () => `minPosition=${app.lastPosition()}`;

  it('shows the session with the agency that explained, its conclusion and the item followed up', async () => {
    const res = await app.http().get(`/api/explanation-sessions/${SESSION}?${fresh()}`).expect(200);
    expect(res.body).toMatchObject({
      id: SESSION,
      issue: session.issue,
      agency: { id: ids.province, name: 'Ủy ban nhân dân tỉnh Tây Ninh' },
      heldOn: '2024-08-15',
      supervisor: committee,
      concludedOn: '2024-08-20',
      conclusion: conclusion.conclusion,
      recommendations: [{ id: ITEM, status: 'awaiting-response', agency: { id: ids.province } }],
    });
    const list = await app.http().get(`/api/explanation-sessions?${fresh()}`).expect(200);
    expect(list.body).toMatchObject({ total: 2 });
    const found = await app
      .http()
      .get(`/api/explanation-sessions?q=giai ngan&${fresh()}`)
      .expect(200);
    expect(found.body).toMatchObject({
      total: 1,
      items: [{ id: SESSION, concludedOn: '2024-08-20' }],
    });
  });

  it('puts the item in the tracker under its committee, named by the issue, filterable', async () => {
    const item = await app.http().get(`/api/recommendations/${ITEM}?${fresh()}`).expect(200);
    expect(item.body).toMatchObject({
      delegationId: null,
      source: {
        kind: 'explanation-session',
        id: SESSION,
        partId: 'conclusion',
        title: session.issue,
      },
      supervisor: committee,
      origin: { delegation: null },
    });
    const fromSessions = await app
      .http()
      .get(`/api/recommendations?sourceKind=explanation-session&${fresh()}`)
      .expect(200);
    expect(fromSessions.body).toMatchObject({ total: 1, items: [{ id: ITEM }] });
    const byCommittee = await app
      .http()
      .get(`/api/recommendations?supervisingBody=committee&${fresh()}`)
      .expect(200);
    expect(byCommittee.body).toMatchObject({ total: 1, items: [{ id: ITEM }] });
    const fromDelegation = await app
      .http()
      .get(`/api/recommendations?delegationId=${ids.delegation}&${fresh()}`)
      .expect(200);
    expect(fromDelegation.body).toMatchObject({ total: 1, items: [{ id: ids.recommendation }] });
  });

  it('is swept for its deadline and escalated like any recommendation', async () => {
    now = new Date('2024-10-02T03:00:00.000Z');
    const swept = await app.http().post('/api/admin/follow-up/sweep').expect(200);
    expect(swept.body.recorded).toBeGreaterThanOrEqual(1);
    const events = await app.auditor().get(`/api/audit/streams/recommendation-${ITEM}`).expect(200);
    expect((events.body.events as { type: string }[]).map((e) => e.type)).toEqual([
      'RecommendationIssued',
      'DeadlineMissed',
    ]);
    expect(events.body.events[0]).toMatchObject({
      data: {
        source: { kind: 'explanation-session', id: SESSION, partId: 'conclusion' },
        findingIds: [],
      },
    });
    await app.command(
      `/api/recommendations/${ITEM}/escalation`,
      { step: 'first-reminder', note: 'Văn bản đôn đốc số 15/HĐND (dữ liệu mẫu)' },
      200,
    );
    const item = await app.http().get(`/api/recommendations/${ITEM}?${fresh()}`).expect(200);
    expect(item.body).toMatchObject({ overdue: true, escalationStep: 'first-reminder' });
  });

  it('is in the session report', async () => {
    const res = await app.http().get('/api/reports/session').buffer(true).parse(binary).expect(200);
    const text = documentText(res.body as Buffer);
    expect(text).toContain('Giải ngân đạt ít nhất 95% kế hoạch vốn đầu tư công năm 2024');
    expect(text).toContain('Tổng số kiến nghị: 2;');
  });

  it('is counted by the dashboard and reported under its source and committee alone', async () => {
    const total = async (query: string) =>
      (
        (await app.http().get(`/api/dashboard?${query}&${fresh()}`).expect(200)).body as {
          recommendations: { total: number };
        }
      ).recommendations.total;
    expect(await total('sourceKind=explanation-session')).toBe(1);
    expect(await total('supervisingBody=committee&level=province')).toBe(1);
    expect(await total('supervisingBody=standing-committee')).toBe(0);
    const report = await app
      .http()
      .get('/api/reports/session?sourceKind=explanation-session&supervisingBody=committee')
      .buffer(true)
      .parse(binary)
      .expect(200);
    const text = documentText(report.body as Buffer);
    expect(text).toContain('Nguồn kiến nghị: Phiên giải trình.');
    expect(text).toContain('Tổng số kiến nghị: 1;');
  });

  it('closes the loop: a case escalated to the session, what its conclusion asks carrying it on', async () => {
    now = new Date('2024-10-03T03:00:00.000Z');
    await app.command(
      `/api/recommendations/${ids.recommendation}/escalation`,
      {
        step: 'explanation-session',
        note: 'Đưa ra phiên giải trình (dữ liệu mẫu)',
        sessionId: SESSION,
      },
      200,
    );
    await app.command(
      `/api/explanation-sessions/${SESSION}/recommendations`,
      {
        id: 'kn-tiep-theo',
        addresseeAgencyId: ids.province,
        text: 'Báo cáo kết quả khôi phục dữ liệu VNeID (theo kết luận phiên giải trình)',
        followsUp: ids.recommendation,
        responseDueInWorkingDays: 20,
      },
      201,
    );
    const original = await app
      .http()
      .get(`/api/recommendations/${ids.recommendation}?${fresh()}`)
      .expect(200);
    expect(original.body.chain).toMatchObject({
      sessions: [
        {
          kind: 'explanation-session',
          id: SESSION,
          title: session.issue,
          escalatedOn: '2024-10-03',
        },
      ],
      followUps: [
        {
          id: 'kn-tiep-theo',
          source: { kind: 'explanation-session', id: SESSION, title: session.issue },
        },
      ],
    });
    const page = await app
      .http()
      .get(`/api/explanation-sessions/${SESSION}?${fresh()}`)
      .expect(200);
    expect(page.body.agenda).toEqual([
      {
        recommendationId: ids.recommendation,
        text: expect.any(String) as string,
        agency: { id: ids.province, name: 'Ủy ban nhân dân tỉnh Tây Ninh' },
        escalatedOn: '2024-10-03',
      },
    ]);
    expect((page.body.recommendations as { id: string }[]).map((r) => r.id)).toEqual([
      ITEM,
      'kn-tiep-theo',
    ]);
  });

  it('refuses what the session does not allow, and records nothing', async () => {
    const head = await app.head();
    const item = {
      addresseeAgencyId: ids.province,
      text: 'Kiến nghị (dữ liệu mẫu)',
      responseDueOn: '2024-12-31',
    };
    const refused = async (path: string, body: object, status: number, code: string) => {
      const res = await app.http().post(path).send(body).expect(status);
      expect([path, res.body.code]).toEqual([path, code]);
      return res;
    };
    const base = '/api/explanation-sessions';
    await refused(`${base}/khong-co/recommendations`, item, 404, 'source.not-recorded');
    // Before its conclusion is on record, a session has nothing to follow up.
    await refused(
      `${base}/${UNCONCLUDED}/recommendations`,
      item,
      404,
      'recommendation.part-foreign',
    );
    await refused(
      `${base}/${SESSION}/recommendations`,
      { ...item, issuedOn: '2024-08-18' },
      409,
      'recommendation.before-part',
    );
    await refused(
      `${base}/${SESSION}/recommendations`,
      { ...item, followsUp: ITEM },
      409,
      'recommendation.follows-not-escalated',
    );
    await refused(
      `/api/recommendations/${ITEM}/escalation`,
      { step: 'explanation-session', note: 'Giải trình', sessionId: 'gt-khong-co' },
      404,
      'escalation.session-unknown',
    );
    await refused(`${base}/khong-co/conclusion`, conclusion, 404, 'not-found');
    await refused(
      `${base}/${SESSION}/conclusion`,
      conclusion,
      409,
      'explanation-session.already-concluded',
    );
    await refused(
      `${base}/${UNCONCLUDED}/conclusion`,
      { ...conclusion, concludedOn: '2024-08-01' },
      409,
      'explanation-session.conclusion-before-session',
    );
    await refused(base, session, 409, 'explanation-session.already-held');
    await refused(
      base,
      { ...session, id: 'gt-hdnd', supervisor: { body: 'council', level: 'province' } },
      409,
      'explanation-session.supervisor-not-holder',
    );
    await refused(
      base,
      { ...session, id: 'gt-ban', supervisor: { body: 'committee', level: 'province' } },
      409,
      'explanation-session.supervisor-name-required',
    );
    await refused(
      base,
      { ...session, id: 'gt-khong-co-co-quan', agencyId: 'so-khong-co' },
      404,
      'agency.not-registered',
    );
    const missing = await app.http().post(base).send({ id: 'gt-thieu', issue: 42 }).expect(400);
    expect(
      (missing.body.errors as { field: string; code: string }[])
        .map((e) => e.field)
        .filter((f, i, all) => all.indexOf(f) === i)
        .sort(),
    ).toEqual(['agencyId', 'heldOn', 'issue', 'supervisor']);
    const noText = await app
      .http()
      .post(`${base}/${UNCONCLUDED}/conclusion`)
      .send({ concludedOn: '2024-08-20' })
      .expect(400);
    expect(noText.body.errors).toEqual([
      expect.objectContaining({ field: 'conclusion', code: 'isDefined' }),
    ]);
    expect(await app.head()).toBe(head);
  });

  it('is recorded by the secretariat only; members and auditors read it', async () => {
    const member = (
      await app.account({ username: 'dai-bieu', role: 'member', delegationIds: [ids.delegation] })
    ).http();
    await member.get(`/api/explanation-sessions/${SESSION}`).expect(200);
    await member
      .post('/api/explanation-sessions')
      .send({ ...session, id: 'gt-2' })
      .expect(403);
    await member
      .post(`/api/explanation-sessions/${UNCONCLUDED}/conclusion`)
      .send(conclusion)
      .expect(403);
    await app.auditor().get('/api/explanation-sessions').expect(200);
    const agency = (
      await app.account({ username: 'can-bo', role: 'agency', agencyId: ids.province })
    ).http();
    await agency.get('/api/explanation-sessions').expect(403);
    await agency.get(`/api/explanation-sessions/${SESSION}`).expect(403);
  });
});
