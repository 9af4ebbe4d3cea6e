import { Queue, Worker, type Job } from 'bullmq';
import { fork, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import IORedis from 'ioredis';
import { connectionFrom, DEFAULT_JOB_OPTIONS } from '@hdnd/jobs';
import { OwnRedis } from '@hdnd/testing/own-redis';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const until = async (check: () => Promise<boolean>, ms: number) => {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(50)) if (await check()) return;
  throw new Error('timed out');
};

/** Jobs survive faults: Redis killed with jobs pending, and a worker killed mid-job (docs/jobs.md). */
describe('BullMQ under faults, on a redis-server of the test’s own (AOF, appendfsync always)', () => {
  let redis: OwnRedis;
  beforeAll(async () => {
    redis = await new OwnRedis().start();
  });
  afterAll(() => redis.stop());

  it('keeps every pending job through kill -9 of Redis, and processes each once', async () => {
    const connection = connectionFrom(redis.url);
    const queue = new Queue('pending', { connection, defaultJobOptions: DEFAULT_JOB_OPTIONS });
    for (let n = 0; n < 20; n++) await queue.add('deliver', { n }, { jobId: `job-${n}` });
    await queue.close();
    await redis.kill();
    await redis.start();

    const processed: string[] = [];
    const worker = new Worker('pending', async (job: Job) => void processed.push(job.id!), {
      connection,
    });
    try {
      await until(async () => processed.length >= 20, 10_000);
      await sleep(300);
      expect(processed.sort()).toEqual(Array.from({ length: 20 }, (_, n) => `job-${n}`).sort());
    } finally {
      await worker.close();
    }
  });

  it('picks up the job of a worker killed mid-job after the stall interval; its effect happens once', async () => {
    const connection = connectionFrom(redis.url);
    const queue = new Queue('stalling', { connection, defaultJobOptions: DEFAULT_JOB_OPTIONS });
    const job = await queue.add('deliver', {}, { jobId: 'evt-1' });
    // A worker in another process: it does the effect (keyed by job id), then hangs.
    const script = join(redis.dir, 'hanging-worker.js');
    writeFileSync(
      script,
      `const { Worker } = require(${JSON.stringify(require.resolve('bullmq'))});
       const IORedis = require(${JSON.stringify(require.resolve('ioredis'))});
       const conn = ${JSON.stringify(connection)};
       const redis = new IORedis(conn);
       new Worker('stalling', async (job) => {
         if (await redis.set('effect:' + job.id, '1', 'NX')) await redis.incr('effects');
         process.send('started');
         await new Promise(() => {});
       }, { connection: conn, lockDuration: 1000, stalledInterval: 1000 });`,
    );
    const child: ChildProcess = fork(script, { stdio: 'ignore' });
    await new Promise<void>((resolve) => child.once('message', () => resolve()));
    child.kill('SIGKILL');

    const counter = new IORedis(connection as object);
    const worker = new Worker(
      'stalling',
      async (j: Job) => {
        if (await counter.set(`effect:${j.id}`, '1', 'NX')) await counter.incr('effects');
        return 'done';
      },
      { connection, lockDuration: 1000, stalledInterval: 1000 },
    );
    try {
      await until(async () => (await queue.getJob(job.id!))?.finishedOn !== undefined, 15_000);
      expect(await (await queue.getJob(job.id!))!.getState()).toBe('completed');
      expect(await counter.get('effects')).toBe('1');
    } finally {
      await worker.close();
      counter.disconnect();
      await queue.close();
    }
  }, 30_000);
});
