import { ConcurrencyConflict } from '@hdnd/event-store';
import {
  delegationDecider,
  DomainRuleViolation,
  obstacleDecider,
  recommendationDecider,
} from '@hdnd/domain';
import { ids, tayNinhScenario, type ScenarioStep } from '@hdnd/testing';
import { secretariat, startApplication } from '@hdnd/testing/application-harness';
import { NotFound } from './application-errors';
import { DeciderExecutor } from './decider-executor';

const upToIssue = tayNinhScenario().filter(
  (s) => s.input.type !== 'RecordResponse' && s.aggregate !== 'obstacle',
);
const rec = ids.recommendation;
const escalate = (step: string): ScenarioStep =>
  ({
    aggregate: 'recommendation',
    input: {
      type: 'Escalate',
      data: { recommendationId: rec, step, escalatedOn: '2024-06-20', note: 'Đôn đốc' },
    },
  }) as ScenarioStep;

describe('DeciderExecutor through the CommandBus', () => {
  let app: Awaited<ReturnType<typeof startApplication>>;

  beforeEach(async () => {
    app = await startApplication();
    for (const step of upToIssue) await app.submit(step);
  });
  afterEach(() => app.close());

  it('appends nothing when the domain refuses the command', async () => {
    const head = await app.store.headPosition();
    const rejection: ScenarioStep = {
      aggregate: 'recommendation',
      input: {
        type: 'RecordResponse',
        data: {
          recommendationId: rec,
          responseId: 'tl-x',
          agencyId: ids.province,
          respondedOn: '2024-06-01',
          position: 'rejected',
          text: ' ',
        },
      },
    };
    await expect(app.submit(rejection)).rejects.toMatchObject({
      code: 'response.explanation-required',
    });
    await expect(app.submit(rejection)).rejects.toBeInstanceOf(DomainRuleViolation);
    expect(await app.store.headPosition()).toBe(head);
  });

  it('answers NotFound for a command on an aggregate that does not exist, appending nothing', async () => {
    const head = await app.store.headPosition();
    const onNothing: ScenarioStep = {
      aggregate: 'recommendation',
      input: {
        type: 'ReopenRecommendation',
        data: { recommendationId: 'kn-khong-co', reopenedOn: '2024-07-01', reason: 'x' },
      },
    };
    await expect(app.submit(onNothing)).rejects.toBeInstanceOf(NotFound);
    expect(await app.store.headPosition()).toBe(head);
  });

  it('refuses a command whose expected revision (If-Match) is stale, and accepts the current one', async () => {
    const head = await app.store.headPosition();
    await expect(
      app.submit(escalate('first-reminder'), { expectedRevision: 5n }),
    ).rejects.toBeInstanceOf(ConcurrencyConflict);
    expect(await app.store.headPosition()).toBe(head);
    const result = await app.submit(escalate('first-reminder'), { expectedRevision: 0n });
    expect(result.revision).toBe(1n);
  });

  it('of 20 concurrent commands with the same If-Match exactly one succeeds', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        app.submit(escalate('further-reminder'), { expectedRevision: 0n }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(failures.every((f) => f.reason instanceof ConcurrencyConflict)).toBe(true);
  });

  it('retries conflicts when no revision was given, so concurrent commands the rules allow all land', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, () => app.submit(escalate('further-reminder'))),
    );
    expect(results.map((r) => r.revision).sort()).toEqual([1n, 2n, 3n, 4n, 5n, 6n, 7n, 8n]);
  });

  it('decides on what another writer appended after the state was cached', async () => {
    await app.submit(escalate('first-reminder')); // folds and caches the recommendation
    await app.store.append(
      `recommendation-${rec}`,
      [
        {
          eventId: 'closed-elsewhere',
          type: 'RecommendationClosed',
          schemaVersion: 1,
          data: {
            recommendationId: rec,
            closedOn: '2024-07-01',
            outcome: 'no-longer-applicable',
            assessment: 'Đóng bởi một tiến trình khác',
          },
          metadata: {
            actor: { userId: 'cli', username: 'cli', role: 'admin' },
            correlationId: 'c',
            causationId: 'c',
            command: 'CloseRecommendation',
          },
        },
      ],
      { expectedRevision: 'any' },
    );
    await expect(app.submit(escalate('further-reminder'))).rejects.toMatchObject({
      code: 'recommendation.closed',
    });
  });

  it('keeps after each append the state a fold of the log gives, without reading it back', async () => {
    for (const step of tayNinhScenario().filter(
      (s) => s.input.type === 'RecordResponse' || s.aggregate === 'obstacle',
    ))
      await app.submit(step);
    await app.submit(escalate('first-reminder'));
    const fromLog = new DeciderExecutor(app.store, { next: () => 'unused' });
    const streams = [
      [`recommendation-${rec}`, recommendationDecider],
      [`delegation-${ids.delegation}`, delegationDecider],
      [`obstacle-${ids.vneidObstacle}`, obstacleDecider],
    ] as const;
    for (const [streamId, decider] of streams) {
      const kept = await app.executor.loadState(streamId, decider as typeof recommendationDecider);
      expect(kept).toEqual(
        await fromLog.loadState(streamId, decider as typeof recommendationDecider),
      );
    }
  });

  it('records the legal basis the caller gave with the events', async () => {
    await app.submit(escalate('first-reminder'), {
      legalBasis: 'Luật Hoạt động giám sát của Quốc hội và HĐND số 121/2025/QH15',
    });
    const last = await app.store
      .readStream(`recommendation-${rec}`, { direction: 'backwards', maxCount: 1 })
      [Symbol.asyncIterator]()
      .next();
    expect(last.value?.metadata.legalBasis).toBe(
      'Luật Hoạt động giám sát của Quốc hội và HĐND số 121/2025/QH15',
    );
  });

  it('refuses to issue to an agency abolished by a recorded succession', async () => {
    await app.submit({
      aggregate: 'agency',
      input: {
        type: 'RegisterAgency',
        data: {
          agencyId: 'ubnd-phuong-tan-ninh',
          name: 'UBND phường Tân Ninh',
          level: 'commune',
          registeredOn: '2025-07-01',
        },
      },
    });
    await app.submit({
      aggregate: 'agency',
      input: {
        type: 'RecordAgencySuccession',
        data: {
          agencyId: ids.city,
          successorId: 'ubnd-phuong-tan-ninh',
          effectiveOn: '2025-07-01',
          basis: 'Sắp xếp đơn vị hành chính 2025',
        },
      },
    });
    const head = await app.store.headPosition();
    const toAbolished: ScenarioStep = {
      aggregate: 'recommendation',
      input: {
        type: 'IssueRecommendation',
        data: {
          recommendationId: 'kn-2',
          source: { kind: 'delegation', id: ids.delegation },
          addresseeAgencyId: ids.city,
          text: 'Kiến nghị mẫu',
          findingIds: [ids.indexFinding],
          issuedOn: '2025-08-01',
          responseDueOn: '2025-09-01',
        },
      },
    };
    await expect(app.submit(toAbolished)).rejects.toMatchObject({ code: 'agency.abolished' });
    expect(await app.store.headPosition()).toBe(head);
  });

  it('refuses a recommendation citing a finding of another delegation', async () => {
    const foreign: ScenarioStep = {
      aggregate: 'recommendation',
      input: {
        type: 'IssueRecommendation',
        data: {
          recommendationId: 'kn-3',
          source: { kind: 'delegation', id: ids.delegation },
          addresseeAgencyId: ids.province,
          text: 'Kiến nghị mẫu',
          findingIds: ['kq-cua-doan-khac'],
          issuedOn: '2024-05-15',
          responseDueOn: '2024-06-14',
        },
      },
    };
    await expect(app.submit(foreign)).rejects.toMatchObject({
      code: 'recommendation.finding-foreign',
    });
  });

  it('still answers a key recorded before keys were scoped by caller, to that caller only', async () => {
    // What an earlier version stored: the client's key as sent, with the events it answered.
    const key = 'khoa-cu-1';
    const fingerprint = 'f-nhac-lan-1';
    const stored = await app.store.append(
      `recommendation-${rec}`,
      [
        {
          eventId: 'ev-cu-1',
          type: 'RecommendationEscalated',
          schemaVersion: 1,
          data: {
            recommendationId: rec,
            step: 'first-reminder',
            escalatedOn: '2024-06-20',
            note: 'Đôn đốc',
          },
          metadata: {
            actor: secretariat,
            correlationId: 'c-cu',
            causationId: 'cmd-cu',
            command: 'Escalate',
          },
        },
      ],
      { expectedRevision: 'any', idempotency: { key, fingerprint, answer: { id: rec } } },
    );
    const head = await app.store.headPosition();
    const retry = await app.submit(escalate('first-reminder'), {
      idempotency: { key, fingerprint },
    });
    expect(retry).toMatchObject({ id: rec, revision: stored.revision, position: stored.position });
    expect(await app.store.headPosition()).toBe(head);
    // Another caller with that key and request is not answered the first caller's answer.
    const other = { userId: 'u-vp-2', username: 'van.phong.2', role: 'secretariat' } as const;
    const theirs = await app.submit(escalate('further-reminder'), {
      actor: other,
      idempotency: { key, fingerprint },
    });
    expect(theirs.revision).toBeGreaterThan(stored.revision);
  });
});
