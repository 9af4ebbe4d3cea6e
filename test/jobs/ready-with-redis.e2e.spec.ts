import { randomUUID } from 'node:crypto';
import { OwnRedis } from '@hdnd/testing/own-redis';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';
import { describeWithRedis } from '@hdnd/testing/redis';

/**
 * With REDIS_URL the service's background jobs live in Redis: /ready says whether it answers,
 * and is not ready while it does not (on a redis-server of the test's own, which it kills).
 */
describeWithRedis('/ready with REDIS_URL', () => {
  const redis = new OwnRedis();
  let app: HttpHarness;

  beforeAll(async () => {
    await redis.start();
    app = await startHttp({
      jobs: {
        redisUrl: redis.url,
        prefix: `hdnd-test-${randomUUID().slice(0, 8)}`,
        followUp: { intervalMs: 0 },
        workers: false,
      },
    });
  });
  afterAll(async () => {
    await app.close();
    await redis.stop();
  });

  it('reports Redis up beside the event log', async () => {
    const res = await app.anonymous().get('/ready').expect(200);
    expect(res.body).toMatchObject({
      status: 'ready',
      eventStore: { status: 'up' },
      redis: { status: 'up' },
    });
  });

  it('answers 503 and names Redis once it is unreachable', async () => {
    await redis.kill();
    const started = Date.now();
    const res = await app.anonymous().get('/ready').expect(503);
    expect(res.body).toMatchObject({
      status: 'not-ready',
      eventStore: { status: 'up' },
      redis: { status: 'down' },
    });
    // Says so promptly: a probe must not hang on a client that keeps reconnecting.
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('is ready again once Redis is back', async () => {
    await redis.start();
    let status = 0;
    // ioredis reconnects with a growing delay; give it time, as an orchestrator's probe would.
    for (let i = 0; i < 60 && status !== 200; i++) {
      status = (await app.anonymous().get('/ready')).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(status).toBe(200);
  }, 40_000);
});
