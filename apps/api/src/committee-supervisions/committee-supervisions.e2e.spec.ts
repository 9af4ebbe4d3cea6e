import { ids, tayNinhRequests } from '@hdnd/testing';
import { binary, documentText } from '@hdnd/testing/docx-text';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const SUPERVISION = 'gs-ban-phap-che-dat-dai';
const ITEM = 'kn-ban-phap-che';
const committee = { body: 'committee', level: 'province', name: 'Ban Pháp chế (dữ liệu mẫu)' };

/**
 * Issue 22, a source beside delegations: a committee of the council supervising on its own,
 * whose conclusion asks an agency to act; the item goes through the same register.
 */
describe('supervision by a committee outside a delegation', () => {
  let app: HttpHarness;
  let now = new Date('2024-07-01T03:00:00.000Z');

  beforeAll(async () => {
    app = await startHttp({ clock: { now: () => now } });
    for (const step of tayNinhRequests().filter((s) => s.path === '/api/agencies'))
      await app.command(step.path, step.body, step.status);
    await app.command(
      '/api/committee-supervisions',
      {
        id: SUPERVISION,
        topic: 'Việc giải quyết hồ sơ đất đai quá hạn (dữ liệu mẫu)',
        supervisor: committee,
      },
      201,
    );
    now = new Date('2024-07-20T03:00:00.000Z');
    await app.command(
      `/api/committee-supervisions/${SUPERVISION}/conclusion`,
      { conclusion: 'Còn 120 hồ sơ quá hạn; đề nghị giải quyết dứt điểm (dữ liệu mẫu).' },
      201,
    );
    await app.command(
      `/api/committee-supervisions/${SUPERVISION}/recommendations`,
      {
        id: ITEM,
        addresseeAgencyId: ids.province,
        text: 'Giải quyết dứt điểm 120 hồ sơ đất đai quá hạn (dữ liệu mẫu)',
        responseDueInWorkingDays: 30,
      },
      201,
    );
  }, 60_000);
  afterAll(() => app.close());

  const fresh = () => `minPosition=${app.lastPosition()}`;

  it('shows the supervision, its conclusion and the item followed up', async () => {
    const res = await app
      .http()
      .get(`/api/committee-supervisions/${SUPERVISION}?${fresh()}`)
      .expect(200);
    expect(res.body).toMatchObject({
      supervisor: committee,
      startedOn: '2024-07-01',
      concludedOn: '2024-07-20',
      recommendations: [{ id: ITEM, status: 'awaiting-response' }],
    });
    const list = await app
      .http()
      .get(`/api/committee-supervisions?supervisingBody=committee&${fresh()}`)
      .expect(200);
    expect(list.body).toMatchObject({ total: 1, items: [{ id: SUPERVISION }] });
  });

  it('puts the item in the register under the committee’s name', async () => {
    const item = await app.http().get(`/api/recommendations/${ITEM}?${fresh()}`).expect(200);
    expect(item.body).toMatchObject({
      delegationId: null,
      source: { kind: 'committee-supervision', id: SUPERVISION },
      supervisor: committee,
    });
    const byCommittee = await app
      .http()
      .get(`/api/recommendations?supervisingBody=committee&${fresh()}`)
      .expect(200);
    expect(byCommittee.body).toMatchObject({ total: 1, items: [{ id: ITEM }] });
  });

  it('goes through the sweep, escalation and the session report like any item', async () => {
    now = new Date('2024-09-20T03:00:00.000Z');
    const swept = await app.http().post('/api/admin/follow-up/sweep').expect(200);
    expect(swept.body.recorded).toBeGreaterThanOrEqual(1);
    await app.command(
      `/api/recommendations/${ITEM}/escalation`,
      { step: 'first-reminder', note: 'Văn bản đôn đốc của Ban Pháp chế (dữ liệu mẫu)' },
      200,
    );
    const events = await app.auditor().get(`/api/audit/streams/recommendation-${ITEM}`).expect(200);
    expect((events.body.events as { type: string }[]).map((e) => e.type)).toEqual([
      'RecommendationIssued',
      'DeadlineMissed',
      'RecommendationEscalated',
    ]);
    const report = await app
      .http()
      .get('/api/reports/session?sourceKind=committee-supervision')
      .buffer(true)
      .parse(binary)
      .expect(200);
    const text = documentText(report.body as Buffer);
    expect(text).toContain('Nguồn kiến nghị: Giám sát của Thường trực, các Ban.');
    expect(text).toContain('Giải quyết dứt điểm 120 hồ sơ đất đai quá hạn');
  });

  it('refuses what is not a committee’s, a conclusion twice or too early: nothing recorded', async () => {
    const head = await app.head();
    const council = await app
      .http()
      .post('/api/committee-supervisions')
      .send({ topic: 'Giám sát', supervisor: { body: 'council', level: 'province' } })
      .expect(409);
    expect(council.body.code).toBe('committee-supervision.not-a-committee');
    const unnamed = await app
      .http()
      .post('/api/committee-supervisions')
      .send({ topic: 'Giám sát', supervisor: { body: 'committee', level: 'province' } })
      .expect(409);
    expect(unnamed.body.code).toBe('committee-supervision.supervisor-name-required');
    const twice = await app
      .http()
      .post(`/api/committee-supervisions/${SUPERVISION}/conclusion`)
      .send({ conclusion: 'Lần hai' })
      .expect(409);
    expect(twice.body.code).toBe('committee-supervision.already-concluded');
    const early = await app
      .http()
      .post(`/api/committee-supervisions/${SUPERVISION}/recommendations`)
      .send({
        addresseeAgencyId: ids.province,
        text: 'Sớm hơn',
        issuedOn: '2024-06-01',
        responseDueInWorkingDays: 10,
      })
      .expect(409);
    expect(early.body.code).toBe('recommendation.before-source');
    const missing = await app
      .http()
      .post('/api/committee-supervisions/khong-co/conclusion')
      .send({ conclusion: 'x' })
      .expect(404);
    expect(missing.body.code).toBe('not-found');
    expect(await app.head()).toBe(head);
  });
});
