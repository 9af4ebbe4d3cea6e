import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActiveReadModels } from '@hdnd/read-models';
import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';
import { dumpReadModels } from '@hdnd/read-models';

const rec = `/api/recommendations/${ids.recommendation}`;
/** Findings beyond the seed case, so that the rebuild has a log to work through. */
const EXTRA_FINDINGS = 400;

interface JobView {
  id: string;
  state: string;
  processed: number;
  total: number;
  percent: number;
  rate: number;
  etaSeconds: number | null;
  finishedAt: string | null;
}

describe('rebuilding the read models as a job (blue/green)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hdnd-rebuild-'));
  let app: HttpHarness;
  const job = async (id: string) =>
    (await app.admin().get(`/api/admin/jobs/${id}`).expect(200)).body as JobView;

  beforeAll(async () => {
    app = await startHttp({ dataDir: dir });
    for (const step of tayNinhRequests()) await app.command(step.path, step.body, step.status);
    for (let n = 0; n < EXTRA_FINDINGS; n++)
      await app.command(
        `/api/delegations/${ids.delegation}/findings`,
        { agencyId: ids.ward1, kind: 'limitation', statement: `Hồ sơ trễ hạn, đợt ${n}` },
        201,
      );
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds beside the live read models with progress, keeps answering, then swaps in', async () => {
    const tracker = (await app.http().get(`${rec}?minPosition=${app.lastPosition()}`).expect(200))
      .body as unknown;
    const before = await dumpReadModels(app.get(ActiveReadModels).generation.db);
    const firstFile = app.get(ActiveReadModels).generation.file;
    const headAtStart = app.lastPosition();

    const started = await app.admin().post('/api/admin/projections/rebuild').send({}).expect(202);
    const { jobId } = started.body as { jobId: string };
    // A second request while it runs is answered with the same job, not a second rebuild.
    const again = await app.admin().post('/api/admin/projections/rebuild').send({}).expect(202);
    expect(again.body).toEqual({ jobId });

    // Meanwhile the API answers reads, from whole read models only, and takes commands.
    const views: JobView[] = [];
    let written = 0;
    for (let view = await job(jobId); ; view = await job(jobId)) {
      views.push(view);
      expect((await app.http().get(rec).expect(200)).body).toEqual(tracker);
      if (written === 0)
        written = (
          await app.command(
            `/api/delegations/${ids.delegation}/findings`,
            { agencyId: ids.ward1, kind: 'limitation', statement: 'Ghi trong lúc dựng lại' },
            201,
          )
        ).position;
      if (view.state !== 'active') break;
    }

    const last = views.at(-1)!;
    expect(last).toMatchObject({ id: jobId, state: 'completed', percent: 100, etaSeconds: 0 });
    // The job counts what it rebuilt before the swap: the whole log as it was when it started.
    // A write during the rebuild may land after its last catch-up and be applied by the live
    // projection on the new generation instead; that it is there is checked below.
    expect(last.processed).toBeGreaterThanOrEqual(headAtStart);
    expect(last.total).toBe(last.processed);
    expect(last.rate).toBeGreaterThan(0);
    expect(last.finishedAt).not.toBeNull();
    expect(views[0]!.state).toBe('active');
    const processed = views.map((v) => v.processed);
    expect(processed).toEqual([...processed].sort((a, b) => a - b));

    // The rebuilt generation serves now, holds what was written during the rebuild, and
    // equals the old one otherwise.
    const active = app.get(ActiveReadModels).generation;
    expect(active.file).not.toBe(firstFile);
    await app.http().get(`/api/delegations/${ids.delegation}?minPosition=${written}`).expect(200);
    const after = await dumpReadModels(active.db);
    expect(after.findings).toHaveLength(before.findings!.length + 1);
    const duringRebuild = (f: unknown) =>
      (f as { statement: string }).statement === 'Ghi trong lúc dựng lại';
    expect({ ...after, findings: after.findings!.filter((f) => !duringRebuild(f)) }).toEqual(
      before,
    );
    expect(readFileSync(join(dir, 'read-models.current'), 'utf8')).toBe(
      active.file.slice(dir.length + 1),
    );
  }, 60_000);

  it('serves the rebuilt generation after a restart, and clears what an unfinished rebuild left', async () => {
    const active = app.get(ActiveReadModels).generation.file;
    const tracker = (await app.http().get(rec).expect(200)).body as unknown;
    await app.close();
    const leftover = join(dir, 'read-models-cut-short.sqlite');
    writeFileSync(leftover, '');
    app = await startHttp({ dataDir: dir });
    expect(app.get(ActiveReadModels).generation.file).toBe(active);
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(join(dir, 'read-models.sqlite'))).toBe(false);
    expect((await app.http().get(rec).expect(200)).body).toEqual(tracker);
  }, 30_000);

  it('answers 404 for a job it does not know, and only to admins', async () => {
    await app.admin().get('/api/admin/jobs/khong-co').expect(404);
    await app.http().post('/api/admin/projections/rebuild').send({}).expect(403);
  });
});
