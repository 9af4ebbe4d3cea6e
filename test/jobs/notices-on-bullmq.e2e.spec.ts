import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { connectionFrom, QUEUES } from '@hdnd/jobs';
import {
  NOTICE_DIGEST_QUEUE,
  NOTICE_OUTBOX,
  type DigestQueue,
  type NoticeOutbox,
} from '@hdnd/notices';
import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp } from '@hdnd/testing/http-harness';
import { describeWithRedis, REDIS_URL } from '@hdnd/testing/redis';
import { smtpReceiver } from '@hdnd/testing/smtp-receiver';

/** Monday 17 June 2024, 10:00 in Tây Ninh: the response due Friday 14 June never came. */
const NOW = new Date('2024-06-17T03:00:00.000Z');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const waitFor = async (done: () => boolean | Promise<boolean>, ms: number) => {
  for (let waited = 0; waited < ms && !(await done()); waited += 50) await sleep(50);
};

/**
 * E-mail digests as BullMQ jobs on the machine's Redis: a job per person and day
 * (`<userId>.<day>`), retried with backoff, given up and shown to the admin after the last.
 */
describeWithRedis('e-mail digests on BullMQ', () => {
  /** The seed case by NOW, the clerk's notices chosen, the sweep run, the digests sent. */
  const scenario = async (refuse: (attempt: number) => boolean) => {
    const prefix = `hdnd-test-${randomUUID().slice(0, 8)}`;
    const smtp = await smtpReceiver({ refuse });
    const app = await startHttp({
      clock: { now: () => NOW },
      jobs: { redisUrl: REDIS_URL, prefix, followUp: { intervalMs: 0 } },
      notices: { smtpUrl: smtp.url, maxAttempts: 3, backoffMs: 50 },
    });
    const queue = new Queue(QUEUES.notices, { connection: connectionFrom(REDIS_URL), prefix });
    for (const step of tayNinhRequests().filter(
      (s) => !s.path.endsWith('/responses') && !s.path.endsWith('/resolution'),
    ))
      await app.command(step.path, step.body, step.status);
    const me = await app.http().get('/api/auth/me').expect(200);
    await app
      .http()
      .put('/api/users/me/notices')
      .send({ email: 'thuky@hdnd.tayninh.gov.vn', reminders: true, missedDeadlines: true })
      .expect(200);
    await app
      .http()
      .get(`/api/recommendations/${ids.recommendation}?minPosition=${app.lastPosition()}`)
      .expect(200);
    await app.http().post('/api/admin/follow-up/sweep').expect(200);
    const outbox = app.get<NoticeOutbox>(NOTICE_OUTBOX);
    const head = await app.head();
    await waitFor(() => outbox.checkpoint() >= head, 5_000);
    const sent = await app.admin().post('/api/admin/notices/send').expect(200);
    expect(sent.body).toEqual({ day: '2024-06-17', enabled: true, digests: 1 });
    return { app, smtp, queue, jobId: `${me.body.id as string}.2024-06-17` };
  };
  let run: Awaited<ReturnType<typeof scenario>> | undefined;
  afterEach(async () => {
    await run?.app.close();
    await run?.queue.obliterate({ force: true });
    await run?.queue.close();
    await run?.smtp.close();
    run = undefined;
  });

  it('retries a refused digest with backoff, delivers it once, and keeps a second queueing to one job', async () => {
    run = await scenario((attempt) => attempt <= 2);
    const { smtp, queue, jobId, app } = run;
    await waitFor(() => smtp.received.length > 0, 10_000);
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]!.subject).toBe('Nhắc việc theo dõi kiến nghị ngày 17/06/2024');
    expect(smtp.attempts()).toBe(3);
    const job = await queue.getJob(jobId);
    expect(job).toMatchObject({ name: 'digest', attemptsMade: expect.any(Number) });
    await waitFor(async () => (await job!.getState()) === 'completed', 2_000);
    expect(await job!.getState()).toBe('completed');
    // A close repeated after a crash queues the same digest again: BullMQ keeps it once.
    await app.get<DigestQueue>(NOTICE_DIGEST_QUEUE).enqueue([job!.data]);
    expect((await app.admin().post('/api/admin/notices/send').expect(200)).body.digests).toBe(0);
    await sleep(500);
    expect(smtp.received).toHaveLength(1);
    expect((await app.admin().get('/api/admin/notices/failures').expect(200)).body.total).toBe(0);
  });

  it('gives a digest up after its last attempt and lists the failure for the admin', async () => {
    run = await scenario(() => true);
    const { smtp, queue, jobId, app } = run;
    let failures: { day: string; attempts: number; reason: string }[] = [];
    await waitFor(async () => {
      failures = (await app.admin().get('/api/admin/notices/failures').expect(200)).body.items;
      return failures.length > 0;
    }, 10_000);
    expect(failures).toEqual([
      expect.objectContaining({
        userId: jobId.split('.')[0],
        day: '2024-06-17',
        attempts: 3,
        reason: expect.stringMatching(/451|busy/i),
      }),
    ]);
    expect(smtp.received).toHaveLength(0);
    expect(smtp.attempts()).toBe(3);
    expect(await (await queue.getJob(jobId))!.getState()).toBe('failed');
  });
});
