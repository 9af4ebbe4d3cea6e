import { ids, tayNinhPeople, tayNinhRequests } from '@hdnd/testing';
import { EsdbEmulator } from '@hdnd/testing/esdb-emulator';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

/**
 * The seed case over HTTP, from Resolution 135/NQ-HĐND to the obstacle resolved — on the
 * embedded SQLite log, and on EventStoreDB (through its wire-level emulator).
 */
describe.each(['SQLite', 'EventStoreDB emulator'])('Tây Ninh seed case over HTTP on %s', (log) => {
  let app: HttpHarness;
  let emulator: EsdbEmulator | undefined;
  const answers: Record<string, unknown>[] = [];

  beforeAll(async () => {
    if (log !== 'SQLite') emulator = await new EsdbEmulator().start(0);
    app = await startHttp(emulator && { eventStoreUrl: emulator.connectionString });
    let agency: Awaited<ReturnType<HttpHarness['account']>> | undefined;
    for (const step of tayNinhRequests()) {
      if (step.as === 'agency') agency ??= await app.account(tayNinhPeople.agency);
      const sender = step.as === 'agency' ? agency!.http() : app.http();
      const res = await sender.post(step.path).send(step.body);
      if (res.status !== step.status)
        throw new Error(`${step.path}: ${res.status} ${JSON.stringify(res.body)}`);
      answers.push(res.body as Record<string, unknown>);
    }
  });
  afterAll(async () => {
    await app.close();
    await emulator?.stop();
  });

  it('answers every command with id, stream, revision and position, positions growing', () => {
    for (const a of answers)
      expect(a).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          streamId: expect.any(String),
          revision: expect.any(Number),
          position: expect.any(Number),
        }),
      );
    const positions = answers.map((a) => a.position as number);
    expect(positions).toEqual([...positions].sort((x, y) => x - y));
    expect(answers[0]).toEqual({
      id: ids.province,
      streamId: `agency-${ids.province}`,
      revision: 0,
      position: expect.any(Number),
    });
  });

  it('answers the obstacle finding with the obstacle it opened', () => {
    expect(answers[8]).toMatchObject({
      id: ids.delegation,
      findingId: ids.vneidFinding,
      obstacleId: ids.vneidObstacle,
    });
  });

  it('shows the delegation’s stream with the 84.72/100 finding exactly as sent', async () => {
    const res = await app
      .auditor()
      .get(`/api/audit/streams/delegation-${ids.delegation}`)
      .expect(200);
    const body = res.body as {
      events: { type: string; data: Record<string, unknown>; metadata: Record<string, unknown> }[];
    };
    expect(body.events.map((e) => e.type)).toEqual([
      'DelegationEstablished',
      'WorkingGroupFormed',
      'WorkingGroupFormed',
      'SurveyRecorded',
      'FindingRecorded',
      'FindingRecorded',
    ]);
    expect(body.events[0]!.data).toMatchObject({
      legalBasis: { number: '135/NQ-HĐND', issuedOn: '2023-12-08' },
      chair: { name: 'Nguyễn Đài Thy' },
    });
    expect((body.events[4]!.data.indicators as unknown[])[0]).toEqual({
      name: 'Chỉ số CCHC',
      period: '2021',
      value: 84.72,
      outOf: 100,
      grade: 'Tốt',
      rank: 3,
      rankOf: 9,
    });
    expect(body.events[3]!.metadata).toMatchObject({
      command: 'RecordSurvey',
      actor: { username: 'thu-ky', role: 'secretariat', userId: expect.any(String) },
    });
  });

  it('records the response as UBND tỉnh’s, sent by its office’s agency user', async () => {
    const res = await app
      .auditor()
      .get(`/api/audit/streams/recommendation-${ids.recommendation}`)
      .expect(200);
    const events = (
      res.body as {
        events: {
          type: string;
          data: Record<string, unknown>;
          metadata: Record<string, unknown>;
        }[];
      }
    ).events;
    expect(events.map((e) => e.type)).toEqual(['RecommendationIssued', 'ResponseRecorded']);
    expect(events[1]!.metadata.actor).toEqual({
      userId: expect.any(String),
      username: 'vp.ubnd-tinh',
      role: 'agency',
      agencyId: ids.province,
    });
    expect(events[1]!.data).toMatchObject({
      agencyId: ids.province,
      position: 'accepted',
      commitments: [{ commitmentId: 'cam-ket-01', dueOn: '2024-12-31' }],
    });
  });

  it('pages the audit log and filters it by type', async () => {
    const first = await app.auditor().get('/api/audit/events?limit=5').expect(200);
    expect(first.body.items).toHaveLength(5);
    // Positions order the log but need not be consecutive (EventStoreDB's are byte offsets).
    const fifth = first.body.items[4].position as number;
    expect(first.body.next).toBe(fifth);
    const rest = await app.auditor().get(`/api/audit/events?after=${fifth}&limit=200`).expect(200);
    expect(rest.body.items[0].position).toBeGreaterThan(fifth);
    expect(rest.body.next).toBeNull();
    const obstacles = await app
      .auditor()
      .get('/api/audit/events?type=ObstacleResolved')
      .expect(200);
    expect(obstacles.body.items.map((e: { streamId: string }) => e.streamId)).toEqual([
      `obstacle-${ids.vneidObstacle}`,
    ]);
  });

  it('reads the delegation back from the read models once they reach the last write (minPosition)', async () => {
    const last = answers.at(-1)!.position as number;
    const res = await app
      .http()
      .get(`/api/delegations/${ids.delegation}?minPosition=${last}`)
      .expect(200);
    expect(res.body).toMatchObject({
      id: ids.delegation,
      legalBasis: { number: '135/NQ-HĐND' },
      status: 'established',
      workingGroups: [{ number: '01' }, { number: '02' }],
      surveys: [{ id: ids.survey, date: '2024-04-02' }],
    });
    expect(res.body.findings).toHaveLength(2);
  });

  it('lists agencies by name without diacritics, paged', async () => {
    const last = answers.at(-1)!.position as number;
    const res = await app
      .http()
      .get(`/api/agencies?q=tinh%20tay%20ninh&minPosition=${last}`)
      .expect(200);
    expect(res.body).toEqual({
      items: [expect.objectContaining({ id: ids.province, name: 'Ủy ban nhân dân tỉnh Tây Ninh' })],
      total: 1,
      page: 1,
      pageSize: 50,
    });
    await app.http().get('/api/agencies?pageSize=201').expect(400);
  });

  it('answers 503 with Retry-After when the read models cannot reach minPosition in time', async () => {
    const res = await app.http().get('/api/delegations?minPosition=999999').expect(503);
    expect(res.headers['retry-after']).toBe('1');
    expect(res.body).toMatchObject({ code: 'read-models-behind' });
  });

  it('answers 404 for a delegation that does not exist', async () => {
    await app.http().get('/api/delegations/dgs-khong-co').expect(404);
  });

  it('tracks the recommendation to UBND tỉnh from survey to response', async () => {
    const last = answers.at(-1)!.position as number;
    const res = await app
      .http()
      .get(`/api/recommendations/${ids.recommendation}?minPosition=${last}`)
      .expect(200);
    expect(res.body).toMatchObject({
      id: ids.recommendation,
      status: 'accepted',
      responseDueOn: '2024-06-14',
      addressee: { original: ids.province, current: ids.province },
      origin: {
        delegation: { id: ids.delegation },
        surveys: [{ date: '2024-04-02' }],
        findings: [{ id: ids.vneidFinding }],
      },
      responses: [{ position: 'accepted' }],
    });
    expect(res.body.timeline).toEqual([
      expect.objectContaining({
        type: 'RecommendationIssued',
        actor: expect.objectContaining({ username: 'thu-ky', role: 'secretariat' }),
      }),
      expect.objectContaining({
        type: 'ResponseRecorded',
        summary: expect.stringMatching(/accepted/),
      }),
    ]);
    const list = await app
      .http()
      .get(`/api/recommendations?agencyId=${ids.province}&q=vneid`)
      .expect(200);
    expect(list.body).toMatchObject({ total: 1, items: [{ id: ids.recommendation }] });
    await app.http().get('/api/recommendations?overdue=maybe').expect(400);
  });

  it('shows the obstacle resolved, and lists the delegation’s obstacles and recommendations', async () => {
    const last = answers.at(-1)!.position as number;
    const obstacle = await app
      .http()
      .get(`/api/obstacles/${ids.vneidObstacle}?minPosition=${last}`)
      .expect(200);
    expect(obstacle.body).toMatchObject({
      status: 'resolved',
      responsibleAgencyId: ids.province,
      resolution: { resolvedOn: '2024-12-20' },
    });
    const delegation = await app.http().get(`/api/delegations/${ids.delegation}`).expect(200);
    expect(delegation.body.obstacles).toEqual([
      expect.objectContaining({ id: ids.vneidObstacle, status: 'resolved' }),
    ]);
    expect(delegation.body.recommendations).toEqual([
      expect.objectContaining({ id: ids.recommendation, status: 'accepted' }),
    ]);
    expect((await app.http().get('/api/obstacles?status=resolved').expect(200)).body.total).toBe(1);
  });

  it('shows UBND tỉnh’s scorecard and the dashboard of the case', async () => {
    const last = answers.at(-1)!.position as number;
    const agency = await app
      .http()
      .get(`/api/agencies/${ids.province}?minPosition=${last}`)
      .expect(200);
    expect(agency.body.scorecard).toEqual({
      received: 1,
      passedIn: 0,
      passedOn: 0,
      respondedOnTime: 1,
      late: 0,
      open: 1,
      meanDaysToRespond: 26,
      onTimeRate: 1,
    });
    const dashboard = await app.http().get('/api/dashboard').expect(200);
    // Today the commitment of 2024-12-31 is past and the work not reported done: overdue, due, not implemented.
    expect(dashboard.body).toMatchObject({
      recommendations: {
        total: 1,
        byStatus: { accepted: 1 },
        overdue: 1,
        implementedShareOfDue: 0,
      },
      obstacles: { open: 0, resolved: 1, merged: 0 },
      agencies: [
        {
          agencyId: ids.province,
          name: 'Ủy ban nhân dân tỉnh Tây Ninh',
          received: 1,
          onTimeRate: 1,
        },
      ],
    });
  });

  it('refuses UBND phường 1’s office the province’s recommendation, appending nothing', async () => {
    const ward = await app.account({ username: 'vp.ubnd-p1', role: 'agency', agencyId: ids.ward1 });
    const rec = `/api/recommendations/${ids.recommendation}`;
    const before = await app.head();
    await ward.http().get(rec).expect(403);
    const res = await ward
      .http()
      .post(`${rec}/responses`)
      .send({ respondedOn: '2024-06-11', position: 'accepted', text: 'Không phải của chúng tôi' })
      .expect(403);
    expect(res.body).toMatchObject({ status: 403, code: 'forbidden' });
    expect(await app.head()).toBe(before);
  });

  it('lets the auditor read the case and its log, and change nothing', async () => {
    await app.auditor().get(`/api/recommendations/${ids.recommendation}`).expect(200);
    await app.auditor().get('/api/audit/events?limit=1').expect(200);
    const before = await app.head();
    await app
      .auditor()
      .post(`/api/recommendations/${ids.recommendation}/closure`)
      .send({ closedOn: '2024-12-31', outcome: 'implemented', assessment: 'Đã xong' })
      .expect(403);
    expect(await app.head()).toBe(before);
  });
});
