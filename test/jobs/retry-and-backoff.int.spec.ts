import { Queue, QueueEvents, Worker } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { connectionFrom, DEFAULT_JOB_OPTIONS } from '@hdnd/jobs';
import { describeWithRedis, REDIS_URL } from '@hdnd/testing/redis';

/**
 * The project's retry policy (DEFAULT_JOB_OPTIONS: attempts and exponential backoff) as BullMQ
 * applies it, with the first delay shortened so the test is quick.
 */
describeWithRedis('retry with backoff', () => {
  const prefix = `hdnd-test-${randomUUID().slice(0, 8)}`;
  const connection = connectionFrom(REDIS_URL);
  const queue = new Queue('retry-test', {
    connection,
    prefix,
    defaultJobOptions: { ...DEFAULT_JOB_OPTIONS, backoff: { type: 'exponential', delay: 100 } },
  });
  const events = new QueueEvents('retry-test', { connection, prefix });
  const attempts = new Map<string, number[]>();
  const worker = new Worker(
    'retry-test',
    async (job) => {
      const at = [...(attempts.get(job.id!) ?? []), Date.now()];
      attempts.set(job.id!, at);
      if (job.name === 'always-fails') throw new Error('Máy chủ nhận không trả lời');
      if (at.length < 3) throw new Error(`attempt ${at.length} fails`);
      return 'delivered';
    },
    { connection, prefix },
  );

  afterAll(async () => {
    await worker.close();
    await events.close();
    await queue.obliterate({ force: true });
    await queue.close();
  });

  it('fails twice, then succeeds on attempt 3 after the backoff', async () => {
    const job = await queue.add('flaky', {});
    expect(await job.waitUntilFinished(events, 10_000)).toBe('delivered');
    const at = attempts.get(job.id!)!;
    expect(at).toHaveLength(3);
    // Exponential: ~100 ms, then ~200 ms.
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(90);
    expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(190);
  });

  it('lands a permanent failure in failed, with its reason, after the last attempt', async () => {
    const job = await queue.add('always-fails', {}, { attempts: 2 });
    await expect(job.waitUntilFinished(events, 10_000)).rejects.toThrow(
      'Máy chủ nhận không trả lời',
    );
    const failed = await queue.getJob(job.id!);
    expect(await failed!.getState()).toBe('failed');
    expect(failed!.failedReason).toBe('Máy chủ nhận không trả lời');
    expect(failed!.attemptsMade).toBe(2);
  });
});
