import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSettings } from '@hdnd/config';
import { connectionFrom, QUEUES } from '@hdnd/jobs';
import { workerOptionsFrom } from './worker-options';
import { WorkerModule } from './worker.module';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';
import { describeWithRedis, REDIS_URL } from '@hdnd/testing/redis';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Two deployments on one Redis, told apart by QUEUE_PREFIX: each worker takes the jobs queued
 * under its own prefix and never sees the other's. (Before QUEUE_PREFIX both used BullMQ's
 * `bull`: a worker of one deployment ran the other's sweep against its own log.)
 */
describeWithRedis('QUEUE_PREFIX: two deployments share a Redis', () => {
  const run = randomUUID().slice(0, 8);
  const deployments = ['a', 'b'].map((name) => ({
    prefix: `hdnd-test-${run}-${name}`,
    dataDir: mkdtempSync(join(tmpdir(), `hdnd-prefix-${name}-`)),
  }));
  const apis: HttpHarness[] = [];
  const workers: INestApplicationContext[] = [];
  const queues: Queue[] = [];

  beforeAll(async () => {
    for (const { prefix, dataDir } of deployments) {
      // Each deployment's api keeps the read models its worker's sweep reads; it runs no jobs.
      apis.push(
        await startHttp({
          dataDir,
          jobs: { redisUrl: REDIS_URL, prefix, followUp: { intervalMs: 0 }, workers: false },
        }),
      );
      // The worker as npm run start:worker makes it: from the environment.
      const settings = loadSettings({
        REDIS_URL,
        QUEUE_PREFIX: prefix,
        DATA_DIR: dataDir,
        FOLLOW_UP_INTERVAL_MINUTES: '0',
      });
      workers.push(
        await NestFactory.createApplicationContext(
          WorkerModule.forRoot(workerOptionsFrom(settings)),
          { logger: false },
        ),
      );
      queues.push(new Queue(QUEUES.followUp, { connection: connectionFrom(REDIS_URL), prefix }));
    }
  });
  afterAll(async () => {
    for (const worker of workers) await worker.close();
    for (const api of apis) await api.close();
    for (const queue of queues) {
      await queue.obliterate({ force: true });
      await queue.close();
    }
    for (const { dataDir } of deployments) rmSync(dataDir, { recursive: true, force: true });
  });

  /** The job's state once it settles, or after 5 s. */
  const settled = async (queue: Queue, jobId: string) => {
    for (let i = 0; i < 50; i++) {
      const state = await queue.getJobState(jobId);
      if (state === 'completed' || state === 'failed') return state;
      await sleep(100);
    }
    return queue.getJobState(jobId);
  };

  it("runs each deployment's job on its own worker, and the other's queue never holds it", async () => {
    const [a, b] = queues as [Queue, Queue];
    await a.add('sweep', {}, { jobId: 'only-a' });
    await b.add('sweep', {}, { jobId: 'only-b' });
    expect(await settled(a, 'only-a')).toBe('completed');
    expect(await settled(b, 'only-b')).toBe('completed');
    expect(await a.getJob('only-b')).toBeUndefined();
    expect(await b.getJob('only-a')).toBeUndefined();
  });
});
