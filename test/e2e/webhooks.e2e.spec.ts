import { createHmac } from 'node:crypto';
import { ids, tayNinhPeople, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';
import { receiver } from '@hdnd/testing/webhook-receiver';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('webhooks: signed notifications to agencies, from the log', () => {
  let app: HttpHarness;
  let rx: Awaited<ReturnType<typeof receiver>>;
  let office: Awaited<ReturnType<HttpHarness['account']>>;
  const issue = (id: string, addresseeAgencyId: string) =>
    app.command(
      `/api/delegations/${ids.delegation}/recommendations`,
      {
        id,
        addresseeAgencyId,
        text: `Kiến nghị ${id}`,
        findingIds: [ids.vneidFinding],
        responseDueOn: '2030-06-14',
      },
      201,
    );

  beforeAll(async () => {
    rx = await receiver();
    app = await startHttp({ webhooks: { allowHosts: ['127.0.0.1'] } });
    for (const step of tayNinhRequests().filter((s) => !s.as))
      await app.command(step.path, step.body, step.status);
    office = await app.account(tayNinhPeople.agency);
  });
  afterAll(async () => {
    await app.close();
    await rx.close();
  });

  it('delivers a recommendation issued to UBND tỉnh to its endpoint, signed, once; not another agency’s', async () => {
    const registered = await office
      .http()
      .post('/api/webhooks')
      .send({ url: `${rx.base}/ok`, eventTypes: ['RecommendationIssued', 'DeadlineMissed'] })
      .expect(201);
    const secret = registered.body.secret as string;
    expect(secret.length).toBeGreaterThanOrEqual(40);
    await issue('kn-webhook-1', ids.province);
    await issue('kn-webhook-phuong', ids.ward1);
    for (let i = 0; i < 60 && rx.received.length === 0; i++) await sleep(50);
    await sleep(300);
    expect(rx.received).toHaveLength(1);
    const [delivery] = rx.received;
    const body = JSON.parse(delivery!.body) as {
      id: string;
      type: string;
      data: { recommendationId: string };
    };
    expect(body).toMatchObject({
      type: 'RecommendationIssued',
      data: { recommendationId: 'kn-webhook-1' },
    });
    const timestamp = String(delivery!.headers['x-hdnd-timestamp']);
    const expected = `v1=${createHmac('sha256', secret).update(`${timestamp}.${delivery!.body}`).digest('hex')}`;
    expect(delivery!.headers['x-hdnd-signature']).toBe(expected);
    expect(delivery!.headers['x-hdnd-event-id']).toBe(body.id);
    // The secret is shown once, and never stored in the log.
    const listed = await office.http().get('/api/webhooks').expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    const log = await app.auditor().get('/api/audit/events?type=WebhookRegistered').expect(200);
    expect(JSON.stringify(log.body)).not.toContain(secret);
  });

  it.each([
    ['a private address', 'http://10.0.0.5/hook'],
    ['the cloud metadata address', 'http://169.254.169.254/latest'],
    ['loopback by name', 'http://localhost:9/hook'],
    ['IPv6 loopback', 'http://[::1]:9/hook'],
  ])('refuses %s at registration, appending nothing', async (_, url) => {
    const before = await app.head();
    const res = await app
      .admin()
      .post('/api/webhooks')
      .send({ url, eventTypes: ['DeadlineMissed'] })
      .expect(400);
    expect(res.body).toMatchObject({ code: 'webhook.target-refused', errors: [{ field: 'url' }] });
    expect(await app.head()).toBe(before);
  });

  it('gives up on a redirecting endpoint after its retries and shows why', async () => {
    const hook = await app
      .admin()
      .post('/api/webhooks')
      .send({
        url: `${rx.base}/redirect`,
        eventTypes: ['RecommendationIssued'],
        agencyId: ids.ward1,
      })
      .expect(201);
    await issue('kn-webhook-2', ids.ward1);
    let failures: { reason: string; attempts: number; eventType: string }[] = [];
    for (let i = 0; i < 60 && failures.length === 0; i++) {
      await sleep(100);
      failures = (await app.admin().get(`/api/webhooks/${hook.body.id}/failures`).expect(200)).body
        .items;
    }
    expect(failures).toEqual([
      expect.objectContaining({
        eventType: 'RecommendationIssued',
        attempts: 2,
        reason: expect.stringMatching(/redirect/),
      }),
    ]);
    expect(rx.received.filter((r) => r.path === '/redirect')).toHaveLength(2);
    await office.http().get(`/api/webhooks/${hook.body.id}/failures`).expect(403);
  });
});
