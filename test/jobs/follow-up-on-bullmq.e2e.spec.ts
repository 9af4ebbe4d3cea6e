import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { connectionFrom, QUEUES } from '@hdnd/jobs';
import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';
import { describeWithRedis, REDIS_URL } from '@hdnd/testing/redis';

const NOW = new Date('2024-06-17T03:00:00.000Z');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The deadline sweep as a BullMQ job scheduler on the machine's Redis. */
describeWithRedis('the deadline sweep on BullMQ', () => {
  const prefix = `hdnd-test-${randomUUID().slice(0, 8)}`;
  let app: HttpHarness;
  let queue: Queue;
  const missed = async () =>
    (
      (await app.auditor().get(`/api/audit/events?type=DeadlineMissed`).expect(200)).body
        .items as unknown[]
    ).length;

  beforeAll(async () => {
    app = await startHttp({
      clock: { now: () => NOW },
      jobs: { redisUrl: REDIS_URL, prefix, followUp: { intervalMs: 200 } },
    });
    queue = new Queue(QUEUES.followUp, { connection: connectionFrom(REDIS_URL), prefix });
    // The case as recorded by NOW: not yet answered, the obstacle not yet resolved.
    for (const step of tayNinhRequests().filter(
      (s) => !s.path.endsWith('/responses') && !s.path.endsWith('/resolution'),
    ))
      await app.command(step.path, step.body, step.status);
    await app
      .http()
      .get(`/api/recommendations/${ids.recommendation}?minPosition=${app.lastPosition()}`);
  });
  afterAll(async () => {
    await app.close();
    await queue.obliterate({ force: true });
    await queue.close();
  });

  it('runs on its schedule and records the missed deadline once, however many runs follow', async () => {
    for (let i = 0; i < 50 && (await missed()) === 0; i++) await sleep(100);
    expect(await missed()).toBe(1);
    expect(await queue.getJobSchedulers()).toEqual([
      expect.objectContaining({ key: 'follow-up-sweep', every: 200 }),
    ]);
    const before = (await queue.getJobCounts('completed')).completed ?? 0;
    await sleep(1_000);
    expect((await queue.getJobCounts('completed')).completed ?? 0).toBeGreaterThan(before);
    expect(await missed()).toBe(1);
  });

  it('gives a duplicate job (the same id) one run, and extra runs no extra effect', async () => {
    const first = await queue.add('sweep', {}, { jobId: 'sweep-by-hand' });
    const second = await queue.add('sweep', {}, { jobId: 'sweep-by-hand' });
    expect(second.id).toBe(first.id);
    await queue.add('sweep', {});
    for (
      let i = 0;
      i < 50 && ((await queue.getJobCounts('waiting', 'active')).waiting ?? 0) > 0;
      i++
    )
      await sleep(100);
    expect(await missed()).toBe(1);
  });
});
