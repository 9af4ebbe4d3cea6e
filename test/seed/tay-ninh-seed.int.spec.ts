import { EVENT_SCHEMA_VERSIONS } from '@hdnd/domain';
import { verifyStreamChain, type RecordedEvent } from '@hdnd/event-store';
import { ids, tayNinhScenario } from '@hdnd/testing';
import {
  collect,
  FIXED_NOW,
  secretariat,
  startApplication,
} from '@hdnd/testing/application-harness';

/**
 * The seed case through the CommandBus: Resolution 135/NQ-HĐND, working group 01, the survey of
 * 2024-04-02, the 84.72/100 finding, the VNeID data-loss obstacle, a recommendation to UBND tỉnh,
 * its response, the obstacle resolved — then everything read back from the log.
 */
describe('Tây Ninh seed case through the CommandBus', () => {
  let app: Awaited<ReturnType<typeof startApplication>>;
  let log: RecordedEvent[];
  const results: { streamId: string; revision: bigint; position: bigint }[] = [];

  beforeAll(async () => {
    app = await startApplication();
    for (const step of tayNinhScenario()) results.push(await app.submit(step));
    log = await collect(app.store.readAll());
  });
  afterAll(() => app.close());

  const eventOf = (type: string, streamId?: string) =>
    log.find((e) => e.type === type && (streamId === undefined || e.streamId === streamId))!;

  it('records the whole case, in order, each event in its aggregate’s stream', () => {
    expect(log.map((e) => `${e.streamId} ${e.type}`)).toEqual([
      `agency-${ids.province} AgencyRegistered`,
      `agency-${ids.city} AgencyRegistered`,
      `agency-${ids.ward1} AgencyRegistered`,
      `delegation-${ids.delegation} DelegationEstablished`,
      `delegation-${ids.delegation} WorkingGroupFormed`,
      `delegation-${ids.delegation} WorkingGroupFormed`,
      `delegation-${ids.delegation} SurveyRecorded`,
      `delegation-${ids.delegation} FindingRecorded`,
      `delegation-${ids.delegation} FindingRecorded`,
      `obstacle-${ids.vneidObstacle} ObstacleRecorded`,
      `recommendation-${ids.recommendation} RecommendationIssued`,
      `recommendation-${ids.recommendation} ResponseRecorded`,
      `obstacle-${ids.vneidObstacle} ObstacleAssigned`,
      `obstacle-${ids.vneidObstacle} ObstacleResolved`,
    ]);
  });

  it('answers each command with the stream, revision and position of its append', () => {
    const last = log.at(-1)!;
    expect(results.at(-1)).toEqual({
      id: ids.vneidObstacle,
      streamId: last.streamId,
      revision: 2n,
      position: last.position,
      appended: 1,
      replayed: false,
    });
  });

  it('keeps the delegation exactly as Resolution 135/NQ-HĐND established it', () => {
    expect(eventOf('DelegationEstablished').data).toEqual({
      delegationId: ids.delegation,
      title: 'Thành lập Đoàn giám sát chuyên đề của Hội đồng nhân dân tỉnh năm 2024',
      topic:
        'Công tác cải cách thủ tục hành chính gắn với chuyển đổi số giai đoạn 2021 - 2023 trên địa bàn tỉnh',
      legalBasis: {
        number: '135/NQ-HĐND',
        issuedOn: '2023-12-08',
        issuedBy: 'Hội đồng nhân dân tỉnh Tây Ninh',
      },
      periodFrom: '2021-01-01',
      periodTo: '2023-12-31',
      chair: {
        name: 'Nguyễn Đài Thy',
        position: 'Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực HĐND tỉnh',
      },
      members: [],
      supervisor: { body: 'council', level: 'province' },
    });
  });

  it('keeps the survey of 2024-04-02 by working group 01 of the two units', () => {
    expect(eventOf('SurveyRecorded').data).toMatchObject({
      surveyId: ids.survey,
      workingGroupId: ids.group01,
      date: '2024-04-02',
      agencyIds: [ids.ward1, ids.city],
    });
    expect((eventOf('SurveyRecorded').data as { topics: string[] }).topics).toHaveLength(8);
  });

  it('keeps the 84.72/100, rank 3 of 9, grade Tốt indicator to the digit', () => {
    const finding = log.find(
      (e) => e.type === 'FindingRecorded' && (e.data as { kind: string }).kind === 'achievement',
    )!;
    expect((finding.data as { indicators: unknown[] }).indicators[0]).toEqual({
      name: 'Chỉ số CCHC',
      period: '2021',
      value: 84.72,
      outOf: 100,
      grade: 'Tốt',
      rank: 3,
      rankOf: 9,
    });
  });

  it('opens the VNeID obstacle from its finding, from the city that reported it', () => {
    expect(eventOf('ObstacleRecorded').data).toEqual({
      obstacleId: ids.vneidObstacle,
      delegationId: ids.delegation,
      findingId: ids.vneidFinding,
      surveyId: ids.survey,
      sourceAgencyId: ids.city,
      statement:
        'Khi chuyển từ tài khoản dịch vụ công sang tài khoản định danh điện tử VNeID mức độ 2, dữ liệu cá nhân trong tài khoản dịch vụ công đã thực hiện thủ tục hành chính trước đó không còn',
      recordedOn: '2024-04-02',
    });
  });

  it('addresses the recommendation to UBND tỉnh, records its acceptance and the obstacle’s resolution', () => {
    expect(eventOf('RecommendationIssued').data).toMatchObject({
      addresseeAgencyId: ids.province,
      findingIds: [ids.vneidFinding],
    });
    expect(eventOf('ResponseRecorded').data).toMatchObject({
      agencyId: ids.province,
      position: 'accepted',
    });
    expect(eventOf('ObstacleResolved').data).toMatchObject({
      obstacleId: ids.vneidObstacle,
      resolvedOn: '2024-12-20',
    });
  });

  it('fills every event’s metadata: actor, correlation, causation = the command, command name, recorded-at', () => {
    const finding = eventOf('FindingRecorded');
    const obstacle = eventOf('ObstacleRecorded');
    expect(finding.metadata).toEqual({
      actor: secretariat,
      correlationId: 'corr-8',
      causationId: 'cmd-8',
      command: 'RecordFinding',
      recordedAt: FIXED_NOW.toISOString(),
    });
    // The obstacle is opened by the obstacle finding's command (the ninth), in the same request.
    expect(obstacle.metadata).toMatchObject({
      correlationId: 'corr-9',
      causationId: 'cmd-9',
      command: 'RecordObstacle',
    });
    // Each event is written in its type's schema version today.
    expect(
      log.every(
        (e) =>
          e.schemaVersion === EVENT_SCHEMA_VERSIONS[e.type as keyof typeof EVENT_SCHEMA_VERSIONS] &&
          e.metadata.actor.userId === 'u-vp',
      ),
    ).toBe(true);
  });

  it('chains every stream’s hashes', async () => {
    for (const streamId of new Set(log.map((e) => e.streamId))) {
      expect(await verifyStreamChain(app.store.readStream(streamId))).toBeUndefined();
    }
  });
});
