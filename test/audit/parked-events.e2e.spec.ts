import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { NewEvent } from '@hdnd/event-store';
import { activeGenerationFile } from '@hdnd/read-models';
import { ids, tayNinhRequests } from '@hdnd/testing';
import { runCli } from '@hdnd/testing/cli';
import { startHttp } from '@hdnd/testing/http-harness';

/** An event written straight to the log, as older code let through without the rules of today. */
const raw = (type: string, data: object): NewEvent => ({
  eventId: randomUUID(),
  type,
  schemaVersion: 1,
  data,
  metadata: {
    actor: { userId: 'u-cu', username: 'thu-ky', role: 'secretariat' },
    correlationId: randomUUID(),
    causationId: randomUUID(),
    command: type === 'SurveyRecorded' ? 'RecordSurvey' : 'AssignObstacle',
  },
});

/**
 * A log that already holds events a projection could not apply: a survey recorded without its
 * chair (the decider of the time accepted it) and an assignment of an obstacle never recorded.
 * The log cannot be edited; the operator must still be told, and get the survey back.
 */
describe('events a projection cannot apply', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hdnd-parked-'));
  const surveyId = 'ks-khong-chu-tri';
  const strayObstacle = 'kk-chua-ghi-nhan';
  let strayPosition: bigint;

  beforeAll(async () => {
    const app = await startHttp({ dataDir });
    try {
      // The agencies and the delegation of the Tây Ninh case, through the API.
      for (const step of tayNinhRequests().slice(0, 4))
        await app.command(step.path, step.body, step.status);
      await app.store.append(
        `delegation-${ids.delegation}`,
        [
          raw('SurveyRecorded', {
            delegationId: ids.delegation,
            surveyId,
            date: '2024-04-02',
            agencyIds: [ids.ward1],
            topics: ['Bộ phận một cửa'],
            participants: [],
          }),
        ],
        { expectedRevision: 'any' },
      );
      ({ position: strayPosition } = await app.store.append(
        `obstacle-${strayObstacle}`,
        [
          raw('ObstacleAssigned', {
            obstacleId: strayObstacle,
            agencyId: ids.province,
            competence: 'province',
            assignedOn: '2024-05-01',
          }),
        ],
        { expectedRevision: 'any' },
      ));
      await app.http().get(`/api/agencies?minPosition=${strayPosition}`).expect(200);
    } finally {
      await app.close();
    }
  }, 30_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('replay --verify names the event it cannot apply, the projection and why, and exits 1', async () => {
    const { code, out } = await runCli(['replay', '--verify'], { DATA_DIR: dataDir });
    expect(code).toBe(1);
    expect(out).toContain(
      `obstacles cannot apply the event at position ${strayPosition} (ObstacleAssigned, stream obstacle-${strayObstacle}): obstacle ${strayObstacle} is not in this read model`,
    );
    expect(out.split('\n').at(-1)).toMatch(
      /^PARKED: 1 event could not be applied by a projection; every read-model table otherwise matches/,
    );
    // The survey without a chair is not among them: it projects (see below).
    expect(out).not.toContain('SurveyRecorded');
  });

  it('shows a survey recorded without its chair, its chair marked as not recorded', async () => {
    // As a deployment before the fix left it: the survey parked, the projection degraded.
    const db = new Database(activeGenerationFile(dataDir));
    db.prepare('DELETE FROM surveys WHERE id = ?').run(surveyId);
    db.prepare(
      `UPDATE projection_checkpoints SET version = 1, status = 'degraded', detail = ? WHERE projection = 'delegations'`,
    ).run('event at position 8 (SurveyRecorded) parked: NOT NULL constraint failed: surveys.chair');
    db.close();
    const app = await startHttp({ dataDir });
    try {
      const ready = await app.anonymous().get('/ready').expect(200);
      expect(ready.body.projections).toContainEqual(
        expect.objectContaining({ name: 'delegations', status: 'running' }),
      );
      const delegation = await app.http().get(`/api/delegations/${ids.delegation}`).expect(200);
      expect(delegation.body.surveys).toContainEqual(
        expect.objectContaining({
          id: surveyId,
          chair: { name: '(không ghi nhận)', position: '' },
        }),
      );
    } finally {
      await app.close();
    }
  });
});
