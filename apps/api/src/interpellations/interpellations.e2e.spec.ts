import { ids, tayNinhRequests } from '@hdnd/testing';
import { binary, documentText } from '@hdnd/testing/docx-text';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const SESSION = 'cv-ky-hop-19';
const QUESTION = 'cau-hoi-vneid';
const ITEM = 'kn-sau-chat-van';

const session = {
  id: SESSION,
  title: 'Phiên chất vấn về cải cách hành chính và chuyển đổi số (dữ liệu mẫu)',
  meeting: 'Kỳ họp thứ 19, HĐND tỉnh Tây Ninh khóa X',
  heldOn: '2024-07-10',
};
const question = {
  id: QUESTION,
  askedBy: 'Đại biểu Nguyễn Văn A, Tổ đại biểu thành phố Tây Ninh (dữ liệu mẫu)',
  answeredBy: {
    name: 'Trần Văn B (dữ liệu mẫu)',
    position: 'Giám đốc Sở Thông tin và Truyền thông',
  },
  agencyId: ids.province,
  question: 'Khi nào dữ liệu của người dân được khôi phục sau khi chuyển sang VNeID?',
  answer: 'UBND tỉnh cam kết hoàn thành việc đồng bộ dữ liệu trước ngày 30/9/2024.',
  askedOn: '2024-07-10',
};

/**
 * Issue 22, one source beside delegations: an interpellation session's questions and answers,
 * and a commitment made at the rostrum, followed up in the same register as a delegation's
 * recommendations — the tracker, the deadlines' sweep, escalation and the session report.
 */
describe('an interpellation session feeding the follow-up register', () => {
  let app: HttpHarness;
  let now = new Date('2024-07-10T03:00:00.000Z');

  beforeAll(async () => {
    app = await startHttp({ clock: { now: () => now } });
    for (const step of tayNinhRequests().filter(
      (s) => !s.path.endsWith('/responses') && !s.path.endsWith('/resolution'),
    ))
      await app.command(step.path, step.body, step.status);
    await app.command('/api/interpellations', session, 201);
    await app.command(`/api/interpellations/${SESSION}/questions`, question, 201);
    await app.command(
      `/api/interpellations/${SESSION}/recommendations`,
      {
        id: ITEM,
        addresseeAgencyId: ids.province,
        text: 'Hoàn thành đồng bộ dữ liệu tài khoản dịch vụ công sang VNeID (cam kết tại phiên chất vấn)',
        questionId: QUESTION,
        responseDueOn: '2024-09-30',
      },
      201,
    );
    now = new Date('2024-07-12T03:00:00.000Z');
    await app.command(
      `/api/interpellations/${SESSION}/resolution`,
      {
        legalBasis: {
          number: '45/NQ-HĐND',
          issuedOn: '2024-07-12',
          issuedBy: 'Hội đồng nhân dân tỉnh Tây Ninh',
        },
        summary: 'Yêu cầu UBND tỉnh hoàn thành đồng bộ dữ liệu trong quý III năm 2024.',
      },
      201,
    );
  }, 60_000);
  afterAll(() => app.close());

  const fresh = () => `minPosition=${app.lastPosition()}`;

  it('shows the session with its question, its resolution and the item followed up', async () => {
    const res = await app.http().get(`/api/interpellations/${SESSION}?${fresh()}`).expect(200);
    expect(res.body).toMatchObject({
      id: SESSION,
      meeting: session.meeting,
      heldOn: '2024-07-10',
      supervisor: { body: 'council', level: 'province' },
      resolution: { number: '45/NQ-HĐND', issuedOn: '2024-07-12' },
      questions: [
        {
          id: QUESTION,
          askedBy: question.askedBy,
          answeredBy: question.answeredBy,
          agency: { id: ids.province, name: 'Ủy ban nhân dân tỉnh Tây Ninh' },
        },
      ],
      recommendations: [{ id: ITEM, questionId: QUESTION, status: 'awaiting-response' }],
    });
    const list = await app.http().get(`/api/interpellations?${fresh()}`).expect(200);
    expect(list.body).toMatchObject({ total: 1, items: [{ id: SESSION }] });
  });

  it('puts the item in the tracker beside the delegation’s, where it came from, filterable', async () => {
    const item = await app.http().get(`/api/recommendations/${ITEM}?${fresh()}`).expect(200);
    expect(item.body).toMatchObject({
      delegationId: null,
      source: { kind: 'interpellation', id: SESSION, partId: QUESTION, title: session.title },
      supervisor: { body: 'council', level: 'province' },
      origin: { delegation: null },
    });
    const all = await app.http().get(`/api/recommendations?${fresh()}`).expect(200);
    expect((all.body.items as { id: string }[]).map((r) => r.id).sort()).toEqual(
      [ids.recommendation, ITEM].sort(),
    );
    const fromSessions = await app
      .http()
      .get(`/api/recommendations?sourceKind=interpellation&${fresh()}`)
      .expect(200);
    expect(fromSessions.body).toMatchObject({ total: 1, items: [{ id: ITEM }] });
    const fromDelegation = await app
      .http()
      .get(`/api/recommendations?delegationId=${ids.delegation}&${fresh()}`)
      .expect(200);
    expect(fromDelegation.body).toMatchObject({ total: 1, items: [{ id: ids.recommendation }] });
    const committee = await app
      .http()
      .get(`/api/recommendations?supervisingBody=committee&${fresh()}`)
      .expect(200);
    expect(committee.body.total).toBe(0);
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
      schemaVersion: 3,
      data: { source: { kind: 'interpellation', id: SESSION, partId: QUESTION }, findingIds: [] },
    });
    await app.command(
      `/api/recommendations/${ITEM}/escalation`,
      { step: 'first-reminder', note: 'Văn bản đôn đốc số 12/HĐND (dữ liệu mẫu)' },
      200,
    );
    const item = await app.http().get(`/api/recommendations/${ITEM}?${fresh()}`).expect(200);
    expect(item.body).toMatchObject({ overdue: true, escalationStep: 'first-reminder' });
  });

  it('is counted by the dashboard, exported and reported under its source and supervisor alone', async () => {
    const dashboard = async (query: string) =>
      (await app.http().get(`/api/dashboard?${query}&${fresh()}`).expect(200)).body as {
        recommendations: { total: number };
        obstacles: { open: number; resolved: number; merged: number };
      };
    expect((await dashboard('sourceKind=interpellation')).recommendations.total).toBe(1);
    expect(await dashboard('sourceKind=interpellation')).toMatchObject({
      obstacles: { open: 0, resolved: 0, merged: 0 },
    });
    expect((await dashboard('sourceKind=delegation')).recommendations.total).toBe(1);
    expect((await dashboard('supervisingBody=council&level=province')).recommendations.total).toBe(
      2,
    );
    expect((await dashboard('supervisingBody=committee')).recommendations.total).toBe(0);
    const csv = await app
      .http()
      .get(`/api/recommendations/export?format=csv&sourceKind=interpellation&${fresh()}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const lines = (csv.body as Buffer).toString('utf8').trim().split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Hoàn thành đồng bộ dữ liệu tài khoản dịch vụ công sang VNeID');
    expect(lines[1]).toContain(`Phiên chất vấn: ${session.title}`);
    expect(lines[1]).toContain('Hội đồng nhân dân cấp tỉnh');
    const report = await app
      .http()
      .get('/api/reports/session?sourceKind=interpellation&supervisingBody=council&level=province')
      .buffer(true)
      .parse(binary)
      .expect(200);
    const text = documentText(report.body as Buffer);
    expect(text).toContain('Nguồn kiến nghị: Phiên chất vấn.');
    expect(text).toContain('Chủ thể giám sát: Hội đồng nhân dân, Hội đồng nhân dân cấp tỉnh.');
    expect(text).toContain('Tổng số kiến nghị: 1;');
  });

  it('is in the session report, with its source', async () => {
    const res = await app.http().get('/api/reports/session').buffer(true).parse(binary).expect(200);
    const text = documentText(res.body as Buffer);
    expect(text).toContain('Hoàn thành đồng bộ dữ liệu tài khoản dịch vụ công sang VNeID');
    expect(text).toContain('Tổng số kiến nghị: 2;');
  });

  it('closes the loop: a case escalated to the session, a commitment there carrying it on', async () => {
    now = new Date('2024-10-03T03:00:00.000Z');
    await app.command(
      `/api/recommendations/${ids.recommendation}/escalation`,
      {
        step: 'interpellation',
        note: 'Đưa ra chất vấn tại kỳ họp (dữ liệu mẫu)',
        sessionId: SESSION,
      },
      200,
    );
    await app.command(
      `/api/interpellations/${SESSION}/recommendations`,
      {
        id: 'kn-tiep-theo',
        addresseeAgencyId: ids.province,
        text: 'Báo cáo kết quả khôi phục dữ liệu VNeID (cam kết tại phiên chất vấn)',
        followsUp: ids.recommendation,
        responseDueInWorkingDays: 20,
      },
      201,
    );
    const original = await app
      .http()
      .get(`/api/recommendations/${ids.recommendation}?${fresh()}`)
      .expect(200);
    expect(original.body.chain).toEqual({
      followsUp: null,
      sessions: [
        { kind: 'interpellation', id: SESSION, title: session.title, escalatedOn: '2024-10-03' },
      ],
      followUps: [
        {
          id: 'kn-tiep-theo',
          text: 'Báo cáo kết quả khôi phục dữ liệu VNeID (cam kết tại phiên chất vấn)',
          status: 'awaiting-response',
          source: { kind: 'interpellation', id: SESSION, title: session.title },
        },
      ],
    });
    const next = await app.http().get(`/api/recommendations/kn-tiep-theo?${fresh()}`).expect(200);
    expect(next.body.chain.followsUp).toEqual({
      id: ids.recommendation,
      text: expect.stringContaining('VNeID') as string,
    });
    const sessionPage = await app.http().get(`/api/interpellations/${SESSION}?${fresh()}`);
    expect(sessionPage.body.agenda).toEqual([
      {
        recommendationId: ids.recommendation,
        text: expect.any(String) as string,
        agency: { id: ids.province, name: 'Ủy ban nhân dân tỉnh Tây Ninh' },
        escalatedOn: '2024-10-03',
      },
    ]);
  });

  it('refuses a chain that does not hold: nothing recorded', async () => {
    const head = await app.head();
    const notEscalated = await app
      .http()
      .post(`/api/interpellations/${SESSION}/recommendations`)
      .send({
        addresseeAgencyId: ids.province,
        text: 'Theo dõi tiếp (dữ liệu mẫu)',
        followsUp: ITEM,
        responseDueInWorkingDays: 20,
      })
      .expect(409);
    expect(notEscalated.body.code).toBe('recommendation.follows-not-escalated');
    const unknown = await app
      .http()
      .post(`/api/interpellations/${SESSION}/recommendations`)
      .send({
        addresseeAgencyId: ids.province,
        text: 'Theo dõi tiếp (dữ liệu mẫu)',
        followsUp: 'kn-khong-co',
        responseDueInWorkingDays: 20,
      })
      .expect(404);
    expect(unknown.body.code).toBe('recommendation.follows-unknown');
    const wrongStep = await app
      .http()
      .post(`/api/recommendations/${ITEM}/escalation`)
      .send({ step: 'further-reminder', note: 'Đôn đốc lần 2', sessionId: SESSION })
      .expect(409);
    expect(wrongStep.body.code).toBe('escalation.session-step');
    const noSession = await app
      .http()
      .post(`/api/recommendations/${ITEM}/escalation`)
      .send({ step: 'interpellation', note: 'Chất vấn', sessionId: 'cv-khong-co' })
      .expect(404);
    expect(noSession.body.code).toBe('escalation.session-unknown');
    expect(await app.head()).toBe(head);
  });

  it('refuses an item from a session never held, a question of no session, findings: nothing recorded', async () => {
    const head = await app.head();
    const item = {
      addresseeAgencyId: ids.province,
      text: 'Kiến nghị (dữ liệu mẫu)',
      responseDueOn: '2024-12-31',
    };
    const unknown = await app
      .http()
      .post('/api/interpellations/khong-co/recommendations')
      .send(item)
      .expect(404);
    expect(unknown.body.code).toBe('source.not-recorded');
    const foreign = await app
      .http()
      .post(`/api/interpellations/${SESSION}/recommendations`)
      .send({ ...item, questionId: 'cau-hoi-khac' })
      .expect(404);
    expect(foreign.body.code).toBe('recommendation.part-foreign');
    const early = await app
      .http()
      .post(`/api/interpellations/${SESSION}/recommendations`)
      .send({ ...item, issuedOn: '2024-07-01' })
      .expect(409);
    expect(early.body.code).toBe('recommendation.before-source');
    const beforeSession = await app
      .http()
      .post(`/api/interpellations/${SESSION}/questions`)
      .send({ ...question, id: 'cau-hoi-som', askedOn: '2024-07-01' })
      .expect(409);
    expect(beforeSession.body.code).toBe('question.before-session');
    const noSession = await app
      .http()
      .post('/api/interpellations/khong-co/questions')
      .send(question)
      .expect(404);
    expect(noSession.body.code).toBe('not-found');
    const twice = await app.http().post('/api/interpellations').send(session).expect(409);
    expect(twice.body.code).toBe('interpellation.already-held');
    const missing = await app
      .http()
      .post('/api/interpellations')
      .send({ id: 'cv-thieu', title: 42 })
      .expect(400);
    expect((missing.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      'heldOn',
      'meeting',
      'title',
    ]);
    expect(await app.head()).toBe(head);
  });

  it('is recorded by the secretariat only; members and auditors read it', async () => {
    const member = (
      await app.account({ username: 'dai-bieu', role: 'member', delegationIds: [ids.delegation] })
    ).http();
    await member.get(`/api/interpellations/${SESSION}`).expect(200);
    await member
      .post('/api/interpellations')
      .send({ ...session, id: 'cv-2' })
      .expect(403);
    await app.auditor().get('/api/interpellations').expect(200);
    const agency = (
      await app.account({ username: 'can-bo', role: 'agency', agencyId: ids.province })
    ).http();
    await agency.get('/api/interpellations').expect(403);
  });
});
