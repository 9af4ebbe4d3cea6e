import { Queue } from 'bullmq';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectionFrom, QUEUES } from '@hdnd/jobs';
import { ids, tayNinhPeople, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';
import { OwnRedis } from '@hdnd/testing/own-redis';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** How long UBND tỉnh's endpoint takes to answer: the job is in flight that long. */
const SLOW_MS = 1_500;

/**
 * Jobs (docs/jobs.md): SIGTERM to `npm run start:worker` while it delivers a notification —
 * the delivery finishes, its job completes, and the process exits 0 within a bound.
 */
describe('graceful shutdown of the worker with a job in flight', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hdnd-worker-sigterm-'));
  const redis = new OwnRedis();
  const received: { at: number; body: string }[] = [];
  let answered = 0;
  let endpoint: Server;
  let app: HttpHarness;
  let queue: Queue;

  beforeAll(async () => {
    await redis.start();
    endpoint = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += String(chunk)));
      req.on('end', () => {
        received.push({ at: Date.now(), body });
        setTimeout(() => {
          answered = Date.now();
          res.writeHead(200).end();
        }, SLOW_MS);
      });
    });
    await new Promise<void>((resolve) => endpoint.listen(0, '127.0.0.1', resolve));
    // The api queues deliveries but leaves them to the worker (WORKERS=off).
    app = await startHttp({
      dataDir,
      webhooks: { allowHosts: ['127.0.0.1'] },
      jobs: { redisUrl: redis.url, prefix: 'bull', followUp: { intervalMs: 0 }, workers: false },
    });
    queue = new Queue(QUEUES.webhooks, { connection: connectionFrom(redis.url) });
    for (const step of tayNinhRequests().filter((s) => !s.as))
      await app.command(step.path, step.body, step.status);
    const { port } = endpoint.address() as { port: number };
    await (
      await app.account(tayNinhPeople.agency)
    )
      .http()
      .post('/api/webhooks')
      .send({
        id: 'wh-cham',
        url: `http://127.0.0.1:${port}/`,
        eventTypes: ['RecommendationIssued'],
      })
      .expect(201);
  }, 30_000);
  afterAll(async () => {
    await app?.close();
    await queue?.close();
    await new Promise((resolve) => endpoint?.close(resolve));
    await redis.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('finishes the delivery in hand, completes its job and exits 0 within 10 s of SIGTERM', async () => {
    const worker = spawn(
      process.execPath,
      ['-r', '@swc-node/register', 'apps/worker/src/main.ts'],
      {
        env: {
          ...process.env,
          DATA_DIR: dataDir,
          REDIS_URL: redis.url,
          WEBHOOK_ALLOW_HOSTS: '127.0.0.1',
          FOLLOW_UP_INTERVAL_MINUTES: '0',
        },
        stdio: 'ignore',
      },
    );
    const exited = new Promise<number | null>((resolve) =>
      worker.once('exit', (code) => resolve(code)),
    );
    await app.command(
      `/api/delegations/${ids.delegation}/recommendations`,
      {
        id: 'kn-sigterm',
        addresseeAgencyId: ids.province,
        text: 'Kiến nghị giao khi worker đang dừng',
        findingIds: [ids.vneidFinding],
        responseDueOn: '2030-06-14',
      },
      201,
    );
    for (let i = 0; i < 300 && received.length === 0; i++) await sleep(100);
    expect(received).toHaveLength(1);
    const signalled = Date.now();
    worker.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(10_000);
    // It waited for the endpoint's answer before it exited …
    expect(answered).toBeGreaterThan(0);
    const { id: eventId } = JSON.parse(received[0]!.body) as { id: string };
    // … and BullMQ has the job as done: no other worker will deliver it again.
    const job = await queue.getJob(`${eventId}.wh-cham`);
    expect(await job?.getState()).toBe('completed');
    await sleep(500);
    expect(received).toHaveLength(1);
  }, 60_000);
});
