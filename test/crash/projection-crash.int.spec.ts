import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, type NewEvent } from '@hdnd/event-store';
import { openReadModelDatabase, PROJECTIONS, ProjectionRunner } from '@hdnd/read-models';
import { dumpReadModels as dump } from '@hdnd/read-models';

const ROUNDS = 3;
const clock = { now: () => new Date('2024-06-01T00:00:00Z') };
const actor = { userId: 'u', username: 'u', role: 'secretariat' };
const ev = (type: string, data: unknown, n: number): NewEvent => ({
  eventId: `${type}-${n}`,
  type,
  schemaVersion: 1,
  data,
  metadata: { actor, correlationId: `c-${n}`, causationId: `c-${n}`, command: 'Seed' },
});

/** A log that every projection has work in: agencies, a delegation's findings, recommendations and their responses, obstacles. */
const buildLog = async (file: string) => {
  const store = new SqliteEventStore({ file, clock });
  for (let a = 0; a < 3000; a += 100) {
    await store.append(
      `bulk-agencies-${a}`,
      Array.from({ length: 100 }, (_, i) =>
        ev(
          'AgencyRegistered',
          {
            agencyId: `a-${a + i}`,
            name: `Ủy ban nhân dân xã ${a + i}`,
            level: 'commune',
            registeredOn: '2024-01-01',
          },
          a + i,
        ),
      ),
      { expectedRevision: 'no-stream' },
    );
  }
  const legalBasis = {
    number: '135/NQ-HĐND',
    issuedOn: '2023-12-08',
    issuedBy: 'HĐND tỉnh Tây Ninh',
  };
  const chair = { name: 'Nguyễn Đài Thy', position: 'PCT' };
  await store.append(
    'delegation-d',
    [
      ev(
        'DelegationEstablished',
        {
          delegationId: 'd',
          title: 'Đoàn giám sát',
          topic: 'CCHC',
          legalBasis,
          periodFrom: '2021-01-01',
          periodTo: '2023-12-31',
          chair,
          members: [],
          supervisor: { body: 'council', level: 'province' },
        },
        0,
      ),
    ],
    { expectedRevision: 'no-stream' },
  );
  for (let f = 0; f < 1500; f += 100) {
    await store.append(
      'delegation-d',
      Array.from({ length: 100 }, (_, i) =>
        ev(
          'FindingRecorded',
          {
            delegationId: 'd',
            findingId: `f-${f + i}`,
            agencyId: `a-${f + i}`,
            kind: 'obstacle',
            statement: `Khó khăn ${f + i}`,
            indicators: [],
            obstacleId: `o-${f + i}`,
            recordedOn: '2024-04-02',
          },
          f + i,
        ),
      ),
      { expectedRevision: 'any' },
    );
  }
  for (let r = 0; r < 1500; r++) {
    await store.append(
      `obstacle-o-${r}`,
      [
        ev(
          'ObstacleRecorded',
          {
            obstacleId: `o-${r}`,
            delegationId: 'd',
            findingId: `f-${r}`,
            sourceAgencyId: `a-${r}`,
            statement: `Khó khăn ${r}`,
            recordedOn: '2024-04-02',
          },
          r,
        ),
      ],
      { expectedRevision: 'no-stream' },
    );
    await store.append(
      `recommendation-r-${r}`,
      [
        ev(
          'RecommendationIssued',
          {
            recommendationId: `r-${r}`,
            source: { kind: 'delegation', id: 'd' },
            addresseeAgencyId: `a-${r}`,
            text: `Kiến nghị ${r}`,
            findingIds: [`f-${r}`],
            issuedOn: '2024-05-01',
            responseDueOn: '2024-06-01',
          },
          r,
        ),
        ev(
          'ResponseRecorded',
          {
            recommendationId: `r-${r}`,
            responseId: `t-${r}`,
            agencyId: `a-${r}`,
            respondedOn: '2024-05-20',
            position: 'accepted',
            text: 'Tiếp thu',
            commitments: [{ commitmentId: `k-${r}`, text: 'Làm', dueOn: '2024-12-31' }],
          },
          r,
        ),
      ],
      { expectedRevision: 'no-stream' },
    );
  }
  const head = await store.headPosition();
  await store.close();
  return head;
};

const checkpoints = async (file: string) => {
  const db = openReadModelDatabase(file);
  try {
    const rows = await db
      .selectFrom('projection_checkpoints')
      .select(['projection', 'position'])
      .execute();
    return Object.fromEntries(rows.map((r) => [r.projection, r.position]));
  } catch {
    return {}; // killed before the first migration finished
  } finally {
    await db.destroy();
  }
};

/**
 * Starts the projection child and kills it with SIGKILL once it says it has passed `killAt`, a
 * random point of its catch-up: batched catch-up is too quick for a kill at a random time to
 * land inside it reliably.
 */
const runAndKill = (
  eventsFile: string,
  readModelFile: string,
  killAt: number,
): Promise<'killed' | 'finished'> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '-r',
        '@swc-node/register',
        join(__dirname, 'projection-child.ts'),
        eventsFile,
        readModelFile,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let pending = '';
    let errors = '';
    let finished = false;
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        if (line === 'caught-up') finished = true;
        const at = /^at (\d+)$/.exec(line);
        if (!killed && (finished || (at && Number(at[1]) >= killAt))) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve(finished ? 'finished' : 'killed');
      else reject(new Error(`projection child exited by itself: ${errors}`));
    });
  });

describe('kill -9 during projection catch-up', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hdnd-projection-crash-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`ends, after ${ROUNDS} random kills, with read models equal to a rebuild from scratch`, async () => {
    const eventsFile = join(dir, 'events.sqlite');
    const readModelFile = join(dir, 'read-models.sqlite');
    const head = await buildLog(eventsFile);

    let previous: Record<string, number> = {};
    let killedMidway = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // Somewhere between a tenth and two thirds of what is left to catch up.
      const reached = Object.values(previous);
      const from = reached.length > 0 ? Math.min(...reached) : 0;
      const left = Number(head) - from;
      const killAt = from + Math.floor(left * (0.1 + Math.random() * 0.55));
      if ((await runAndKill(eventsFile, readModelFile, killAt)) === 'killed') killedMidway += 1;
      const now = await checkpoints(readModelFile);
      for (const [name, position] of Object.entries(previous))
        expect(now[name]).toBeGreaterThanOrEqual(position); // never goes back
      previous = now;
    }
    expect(killedMidway).toBe(ROUNDS);

    // Finish in this process, then rebuild from nothing beside it and compare.
    const store = new SqliteEventStore({ file: eventsFile });
    const survivor = openReadModelDatabase(readModelFile);
    const resumed = new ProjectionRunner(store, survivor, PROJECTIONS, clock);
    await resumed.start();
    expect(await resumed.waitFor(head, 120_000)).toBe(true);
    await resumed.stop();

    const fresh = openReadModelDatabase(join(dir, 'rebuilt.sqlite'));
    const rebuild = new ProjectionRunner(store, fresh, PROJECTIONS, clock);
    await rebuild.start();
    expect(await rebuild.waitFor(head, 120_000)).toBe(true);
    await rebuild.stop();

    const [after, rebuilt] = [await dump(survivor), await dump(fresh)];
    expect(after.agencies).toHaveLength(3000);
    expect(after.recommendation_timeline).toHaveLength(3000);
    expect(after).toEqual(rebuilt);
    expect(await survivor.selectFrom('parked_events').selectAll().execute()).toEqual([]);
    await survivor.destroy();
    await fresh.destroy();
    await store.close();
  }, 300_000);
});
