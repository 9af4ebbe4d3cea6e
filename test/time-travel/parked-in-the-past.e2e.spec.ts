import { randomUUID } from 'node:crypto';
import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const rec = `/api/recommendations/${ids.recommendation}`;
const delegation = `/api/delegations/${ids.delegation}`;

/**
 * A log can hold an event no projection can apply. The domain once accepted a SurveyRecorded
 * without its chair; those (schema version 1) are mended on reading by an upcaster, so this
 * test writes one of today's version, as only a broken tool could, to stand for whatever the
 * next such event will be. Rebuilding the past met it on every request and answered 500 for
 * good, the log being unchangeable. Time travel now leaves that event out and names it in
 * `parked`, with the projection and the reason; the rest of the case answers.
 */
describe('time travel over an event a projection cannot apply', () => {
  let app: HttpHarness;
  let position: number;

  beforeAll(async () => {
    app = await startHttp();
    for (const step of tayNinhRequests()) await app.command(step.path, step.body, step.status);
    const eventId = randomUUID();
    // Written straight to the log: no command of the API can make it any more.
    const appended = await app.store.append(
      `delegation-${ids.delegation}`,
      [
        {
          eventId,
          type: 'SurveyRecorded',
          schemaVersion: 2,
          data: {
            delegationId: ids.delegation,
            surveyId: 'ks-khong-chu-tri',
            date: '2024-04-03',
            agencyIds: [ids.city],
            topics: ['Chuyển đổi số'],
            participants: [],
          },
          metadata: {
            actor: { userId: 'old-code', username: 'old-code', role: 'secretariat' },
            correlationId: eventId,
            causationId: eventId,
            command: 'RecordSurvey',
          },
        },
      ],
      { expectedRevision: 'any' },
    );
    position = Number(appended.position);
  });
  afterAll(() => app.close());

  const parkedEntry = () => ({
    position,
    eventId: expect.any(String),
    streamId: `delegation-${ids.delegation}`,
    type: 'SurveyRecorded',
    projection: expect.any(String),
    reason: expect.stringContaining('chair'),
  });

  it('answers the recommendation as recorded now with 200, naming the parked event', async () => {
    const now = new Date(Date.now() + 60_000).toISOString();
    const res = await app.auditor().get(`${rec}?asRecordedAt=${now}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: ids.recommendation, responses: [expect.anything()] });
    expect(res.body.parked).toEqual([parkedEntry()]);
  });

  it('answers the recommendation by its old asOf, and on a business date, the same way', async () => {
    const later = new Date(Date.now() + 60_000).toISOString();
    for (const query of [`asOf=${later}`, 'asOfDate=2024-12-31']) {
      const res = await app.auditor().get(`${rec}?${query}`);
      expect({ query, status: res.status }).toEqual({ query, status: 200 });
      expect(res.body.parked).toEqual([parkedEntry()]);
    }
  });

  it('answers the delegation as it stood, without the survey it could not apply', async () => {
    const res = await app.auditor().get(`${delegation}?asOfDate=2024-12-31`);
    expect(res.status).toBe(200);
    expect(res.body.surveys.map((s: { id: string }) => s.id)).toEqual([ids.survey]);
    expect(res.body.parked).toEqual([parkedEntry()]);
  });

  it('answers the audit view of the stream with its events and folded state', async () => {
    const res = await app
      .auditor()
      .get(`/api/audit/streams/delegation-${ids.delegation}?asOf=2099-01-01`);
    expect(res.status).toBe(200);
    expect(res.body.events.at(-1)).toMatchObject({ type: 'SurveyRecorded' });
  });

  it('says nothing of parked events when none was met', async () => {
    // The survey without a chair is dated 2024-04-03: on 2024-04-02 it is not yet in the past.
    const before = await app.auditor().get(`${delegation}?asOfDate=2024-04-02`).expect(200);
    expect(before.body.parked).toBeUndefined();
  });

  it('answers the audit view of a stream whose event the domain cannot fold, naming it', async () => {
    const eventId = randomUUID();
    const { position: at, revision } = await app.store.append(
      `recommendation-${ids.recommendation}`,
      [
        {
          eventId,
          type: 'ResponseRecorded',
          schemaVersion: 1,
          // No commitments: folding it reads commitments.map and throws.
          data: {
            recommendationId: ids.recommendation,
            responseId: 'tl-khong-cam-ket',
            agencyId: ids.province,
            respondedOn: '2024-06-20',
            position: 'accepted',
            text: 'Tiếp thu',
          },
          metadata: {
            actor: { userId: 'old-code', username: 'old-code', role: 'agency' },
            correlationId: eventId,
            causationId: eventId,
            command: 'RecordResponse',
          },
        },
      ],
      { expectedRevision: 'any' },
    );
    const stream = `/api/audit/streams/recommendation-${ids.recommendation}`;
    for (const query of ['', '?asOf=2099-01-01', `?atRevision=${revision}`]) {
      const res = await app.auditor().get(`${stream}${query}`);
      expect({ query, status: res.status }).toEqual({ query, status: 200 });
      expect(res.body.events.at(-1)).toMatchObject({ type: 'ResponseRecorded' });
      expect(res.body.state).toMatchObject({ response: 'accepted' });
      expect(res.body.unfolded).toEqual([
        {
          position: Number(at),
          revision: Number(revision),
          type: 'ResponseRecorded',
          reason: expect.any(String),
        },
      ]);
    }
    const tracker = await app.auditor().get(`${rec}?asOfDate=2024-12-31`);
    expect(tracker.status).toBe(200);
  });
});
