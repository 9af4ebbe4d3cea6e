import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { WEBHOOK_DELIVERY_QUEUE, type DeliveryQueue } from '@hdnd/webhooks';
import { connectionFrom, QUEUES } from '@hdnd/jobs';
import { ids, tayNinhPeople, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';
import { OwnRedis } from '@hdnd/testing/own-redis';
import { describeWithRedis } from '@hdnd/testing/redis';
import { receiver } from '@hdnd/testing/webhook-receiver';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Webhook deliveries as BullMQ jobs on a redis-server of the test's own, which the test stops
 * and starts again: Redis being down when a command schedules work loses nothing (docs/jobs.md).
 */
describeWithRedis('webhook deliveries on BullMQ', () => {
  const redis = new OwnRedis();
  const prefix = `hdnd-test-${randomUUID().slice(0, 8)}`;
  let app: HttpHarness;
  let rx: Awaited<ReturnType<typeof receiver>>;
  let queue: Queue;
  const issue = (id: string) =>
    app.command(
      `/api/delegations/${ids.delegation}/recommendations`,
      {
        id,
        addresseeAgencyId: ids.province,
        text: `Kiến nghị ${id}`,
        findingIds: [ids.vneidFinding],
        responseDueOn: '2030-06-14',
      },
      201,
    );
  const deliveriesOf = (id: string) =>
    rx.received.filter((r) => r.path === '/ok' && r.body.includes(`"recommendationId":"${id}"`));
  const waitFor = async (done: () => boolean, ms: number) => {
    for (let waited = 0; waited < ms && !done(); waited += 50) await sleep(50);
  };

  beforeAll(async () => {
    await redis.start();
    rx = await receiver();
    app = await startHttp({
      webhooks: { allowHosts: ['127.0.0.1'], maxAttempts: 2, backoffMs: 50 },
      jobs: { redisUrl: redis.url, prefix, followUp: { intervalMs: 0 } },
    });
    queue = new Queue(QUEUES.webhooks, { connection: connectionFrom(redis.url), prefix });
    for (const step of tayNinhRequests().filter((s) => !s.as))
      await app.command(step.path, step.body, step.status);
    const office = await app.account(tayNinhPeople.agency);
    for (const [id, path] of [
      ['wh-ok', '/ok'],
      ['wh-hong', '/broken'],
    ])
      await office
        .http()
        .post('/api/webhooks')
        .send({ id, url: `${rx.base}${path}`, eventTypes: ['RecommendationIssued'] })
        .expect(201);
  }, 30_000);
  afterAll(async () => {
    await app?.close();
    await queue?.close();
    await rx?.close();
    await redis.stop();
  });

  it('delivers through a job whose id is the event’s, once even when queued twice', async () => {
    await issue('kn-bullmq-1');
    await waitFor(() => deliveriesOf('kn-bullmq-1').length > 0, 5_000);
    const [delivery] = deliveriesOf('kn-bullmq-1');
    const { id: eventId } = JSON.parse(delivery!.body) as { id: string };
    const job = await queue.getJob(`${eventId}.wh-ok`);
    expect(job).toMatchObject({ name: 'deliver', data: { eventId, webhookId: 'wh-ok' } });
    // A dispatcher that restarts from an older checkpoint queues the same delivery again.
    await app.get<DeliveryQueue>(WEBHOOK_DELIVERY_QUEUE).enqueue([job!.data]);
    await sleep(500);
    expect(deliveriesOf('kn-bullmq-1')).toHaveLength(1);
  });

  it('retries a failing endpoint, then records the failure where the API shows it', async () => {
    const failures = async () =>
      (await app.admin().get('/api/webhooks/wh-hong/failures').expect(200)).body.items as {
        eventType: string;
        attempts: number;
        reason: string;
      }[];
    for (let i = 0; i < 100 && (await failures()).length === 0; i++) await sleep(50);
    expect(await failures()).toEqual([
      expect.objectContaining({
        eventType: 'RecommendationIssued',
        attempts: 2,
        reason: 'The endpoint answered HTTP 500.',
      }),
    ]);
    expect(rx.received.filter((r) => r.path === '/broken')).toHaveLength(2);
  });

  it('commits a command while Redis is down, and delivers its notification once Redis is back', async () => {
    await redis.kill();
    const started = Date.now();
    const answer = await issue('kn-redis-down');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(answer.position).toBeGreaterThan(0);
    await app
      .http()
      .get(`/api/recommendations/kn-redis-down?minPosition=${answer.position}`)
      .expect(200);
    await sleep(1_000);
    expect(deliveriesOf('kn-redis-down')).toHaveLength(0);

    await redis.start();
    await waitFor(() => deliveriesOf('kn-redis-down').length > 0, 20_000);
    await sleep(500);
    expect(deliveriesOf('kn-redis-down')).toHaveLength(1);
  }, 40_000);
});
