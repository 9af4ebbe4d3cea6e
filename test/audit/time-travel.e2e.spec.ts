import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const rec = `/api/recommendations/${ids.recommendation}`;
const DATE_FIELDS = [
  'registeredOn',
  'date',
  'recordedOn',
  'issuedOn',
  'respondedOn',
  'assignedOn',
  'resolvedOn',
] as const;

/** The business date a seed step happened on: the clock reads 10:00 in Vietnam that day. */
const dayOf = (body: Record<string, unknown>): string | undefined =>
  DATE_FIELDS.map((f) => body[f]).find((v): v is string => typeof v === 'string') ??
  (body.legalBasis as { issuedOn?: string } | undefined)?.issuedOn;

/**
 * Issue 7, Done when: for the seed recommendation, its state on any day between the
 * 2024-04-02 survey and today, folded from the log as recorded then. The seed is recorded on
 * the days it happened (the store's clock follows the case).
 */
describe('time travel: the seed case as it stood on any day', () => {
  let app: HttpHarness;
  let now = new Date('2023-12-08T03:00:00.000Z');

  beforeAll(async () => {
    app = await startHttp({ clock: { now: () => now } });
    for (const step of tayNinhRequests()) {
      const day = dayOf(step.body as Record<string, unknown>);
      if (day) now = new Date(`${day}T03:00:00.000Z`);
      await app.command(step.path, step.body, step.status);
    }
    now = new Date('2025-03-01T03:00:00.000Z');
  });
  afterAll(() => app.close());

  const tracker = (asOf: string) => app.auditor().get(`${rec}?asOf=${asOf}`);

  it('has no recommendation before it was issued on 2024-05-15', async () => {
    const res = await tracker('2024-05-14').expect(404);
    expect(res.body.detail).toContain('had not been issued as of 2024-05-14');
  });

  it('shows it awaiting UBND tỉnh’s response between issue and response, then answered', async () => {
    const issued = (await tracker('2024-05-20').expect(200)).body;
    expect(issued).toMatchObject({
      id: ids.recommendation,
      responseDueOn: '2024-06-14',
      overdue: false,
      responses: [],
    });
    const answered = (await tracker('2024-06-10').expect(200)).body;
    expect(answered.responses).toEqual([
      expect.objectContaining({ respondedOn: '2024-06-10', position: 'accepted' }),
    ]);
    expect(answered.timeline.length).toBeGreaterThan(issued.timeline.length);
    expect(answered.status).not.toBe(issued.status);
  });

  it('folds to exactly today’s read model when asked as of now', async () => {
    const today = (await app.auditor().get(rec).expect(200)).body;
    expect((await tracker(now.toISOString()).expect(200)).body).toEqual(today);
  });

  it('answers each day from the survey to today without error', async () => {
    for (const day of ['2024-04-02', '2024-05-15', '2024-06-14', '2024-12-31', '2025-02-28'])
      expect([200, 404]).toContain((await tracker(day)).status);
    expect((await tracker('2024-04-02')).status).toBe(404);
    expect((await tracker('2024-12-31')).status).toBe(200);
  });

  it('replays a stream as it stood at an instant or a revision, with the state folded then', async () => {
    const stream = `/api/audit/streams/recommendation-${ids.recommendation}`;
    const then = (await app.auditor().get(`${stream}?asOf=2024-05-20`).expect(200)).body;
    expect(then.events.map((e: { type: string }) => e.type)).toEqual(['RecommendationIssued']);
    expect(then.state).toMatchObject({ status: 'open', response: 'awaiting-response' });
    expect((await app.auditor().get(`${stream}?atRevision=0`).expect(200)).body).toEqual(then);
    const all = (await app.auditor().get(stream).expect(200)).body;
    expect(all.events.length).toBeGreaterThan(1);
    expect(all.state).toMatchObject({ response: 'accepted' });
    expect((await app.auditor().get(`${stream}?asOf=2020-01-01`).expect(200)).body).toMatchObject({
      events: [],
      state: { status: 'none' },
    });
    await app.auditor().get('/api/audit/streams/recommendation-khong-co').expect(404);
    await app.auditor().get(`${stream}?atRevision=-1`).expect(400);
    await app.auditor().get(`${stream}?asOf=hom-qua`).expect(400);
  });

  it('lists everything one request caused, by its correlation id', async () => {
    const opened = (
      await app
        .auditor()
        .get(`/api/audit/events?streamId=obstacle-${ids.vneidObstacle}`)
        .expect(200)
    ).body.items[0] as { metadata: { correlationId: string } };
    const caused = (
      await app
        .auditor()
        .get(`/api/audit/events?correlationId=${opened.metadata.correlationId}`)
        .expect(200)
    ).body.items as { streamId: string; metadata: { correlationId: string } }[];
    expect(caused.map((e) => e.streamId)).toEqual(
      expect.arrayContaining([`delegation-${ids.delegation}`, `obstacle-${ids.vneidObstacle}`]),
    );
    expect(new Set(caused.map((e) => e.metadata.correlationId)).size).toBe(1);
  });
});
