import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { connectionFrom, QUEUES } from '@hdnd/jobs';
import { ActiveReadModels } from '@hdnd/read-models';
import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';
import { describeWithRedis, REDIS_URL } from '@hdnd/testing/redis';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The rebuild as a BullMQ job: queued by any replica, worked where the read models are kept. */
describeWithRedis('rebuilding the read models on BullMQ', () => {
  const prefix = `hdnd-test-${randomUUID().slice(0, 8)}`;
  let app: HttpHarness;
  let queue: Queue;

  beforeAll(async () => {
    app = await startHttp({
      // WORKERS=off: the sweep's workers are elsewhere, but the rebuild's stays with the read models.
      jobs: { redisUrl: REDIS_URL, prefix, followUp: { intervalMs: 0 }, workers: false },
    });
    queue = new Queue(QUEUES.projections, { connection: connectionFrom(REDIS_URL), prefix });
    for (const step of tayNinhRequests()) await app.command(step.path, step.body, step.status);
  });
  afterAll(async () => {
    await app.close();
    await queue.obliterate({ force: true });
    await queue.close();
  });

  it('runs the job on Redis, reports its progress there, and swaps the rebuilt models in', async () => {
    const firstFile = app.get(ActiveReadModels).generation.file;
    const { jobId } = (await app.admin().post('/api/admin/projections/rebuild').expect(202))
      .body as { jobId: string };
    expect(await queue.getJob(jobId)).toMatchObject({ name: 'rebuild' });
    let view: { state: string; processed: number; total: number } | undefined;
    for (let i = 0; i < 100; i++) {
      view = (await app.admin().get(`/api/admin/jobs/${jobId}`).expect(200)).body;
      if (view!.state === 'completed' || view!.state === 'failed') break;
      await sleep(100);
    }
    const head = Number(await app.head());
    expect(view).toMatchObject({ state: 'completed', processed: head, total: head, percent: 100 });
    expect(app.get(ActiveReadModels).generation.file).not.toBe(firstFile);
    await app.http().get(`/api/recommendations/${ids.recommendation}`).expect(200);
  });
});
