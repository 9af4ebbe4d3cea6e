import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '@hdnd/event-store';
import { ids, tayNinhScenario } from '@hdnd/testing';
import { startApplication } from '@hdnd/testing/application-harness';
import { DelegationQueries } from '../delegations/delegations.queries';
import { PROJECTIONS } from '../projections';
import { ActiveReadModels } from './active-read-models';
import { ReadModelRebuild } from './read-model-rebuild';

const clock: Clock = { now: () => new Date('2024-04-02T09:00:00Z') };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Blue/green generations: the process that projects swaps; one that only reads follows. */
describe('ActiveReadModels across a rebuild', () => {
  let app: Awaited<ReturnType<typeof startApplication>>;
  let dataDir: string;
  let leader: ActiveReadModels;
  let follower: ActiveReadModels;

  beforeEach(async () => {
    app = await startApplication();
    for (const step of tayNinhScenario()) await app.submit(step);
    dataDir = mkdtempSync(join(tmpdir(), 'hdnd-generations-'));
    const options = { dataDir, store: app.store, projections: PROJECTIONS, clock };
    leader = new ActiveReadModels({ ...options, project: true });
    await leader.start();
    expect(await leader.waitFor(await app.store.headPosition(), 5_000)).toBe(true);
    follower = new ActiveReadModels({ ...options, project: false });
    await follower.start();
  });
  afterEach(async () => {
    await follower.stop();
    await leader.stop();
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('swaps in the rebuilt generation, and a reading process follows within a second', async () => {
    const before = leader.generation.file;
    expect(follower.generation.file).toBe(before);
    const outcome = await new ReadModelRebuild(leader, app.store).run('t1');
    expect(outcome.file).toBe(leader.generation.file);
    expect(outcome.file).not.toBe(before);
    expect(outcome.processed).toBe(Number(await app.store.headPosition()));
    // Queries begun on the old generation may still be reading it.
    expect(existsSync(before)).toBe(true);

    await sleep(1_100);
    await expect(new DelegationQueries(follower).get(ids.delegation)).resolves.toMatchObject({
      id: ids.delegation,
    });
    expect(follower.generation.file).toBe(outcome.file);
    // The old generation's file goes once the queries begun on it have had their time (5 s).
    const swappedAt = Date.now();
    while (existsSync(before) && Date.now() - swappedAt < 10_000) await sleep(100);
    expect(existsSync(before)).toBe(false);
  }, 15_000);

  it('waits for a position across the swap', async () => {
    const head = await app.store.headPosition();
    const waiting = leader.waitFor(head + 1n, 5_000);
    await new ReadModelRebuild(leader, app.store).run('t2');
    // The wait began on the old generation; the event it waits for lands after the swap.
    await app.submit({
      aggregate: 'agency',
      input: {
        type: 'RegisterAgency',
        data: {
          agencyId: 'ubnd-moi',
          name: 'Ủy ban nhân dân (mới)',
          level: 'commune',
          registeredOn: '2025-07-01',
        },
      },
    });
    expect(await waiting).toBe(true);
    expect(leader.position()).toBe(head + 1n);
  }, 15_000);

  it('refuses a second rebuild while one runs', async () => {
    const rebuild = new ReadModelRebuild(leader, app.store);
    const first = rebuild.run('t3');
    await expect(rebuild.run('t4')).rejects.toThrow('already running');
    await first;
    // Once it has finished, the next one may run.
    const next = await rebuild.run('t5');
    expect(next.file).toBe(leader.generation.file);
  });
});
