import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NOTICE_OUTBOX, type NoticeOutbox } from '@hdnd/notices';
import { ids, tayNinhPeople, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';
import { smtpReceiver, type ReceivedMail, type SmtpReceiver } from '@hdnd/testing/smtp-receiver';

/** Monday 17 June 2024, 10:00 in Tây Ninh: the response due Friday 14 June never came. */
const NOW = new Date('2024-06-17T03:00:00.000Z');
const clock = { now: () => NOW };
const CONSOLE = 'https://giamsat.example.vn';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Reminders and missed deadlines reach people: one digest a day per person who chose them, to
 * the officers of the agency holding the case and to the secretariat, over SMTP.
 */
describe('e-mail digests of reminders and missed deadlines', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hdnd-notices-'));
  let smtp: SmtpReceiver;
  let app: HttpHarness;
  const start = () =>
    startHttp({ clock, dataDir, notices: { smtpUrl: smtp.url, consoleUrl: CONSOLE } });
  const choose = (http: ReturnType<HttpHarness['http']>, choice: object) =>
    http.put('/api/users/me/notices').send(choice).expect(200);
  const send = async () =>
    (await app.admin().post('/api/admin/notices/send').expect(200)).body as {
      day: string;
      enabled: boolean;
      digests: number;
    };
  /** The dispatcher reads the log behind the commands: wait until it has read all of it. */
  const dispatched = async () => {
    const outbox = app.get<NoticeOutbox>(NOTICE_OUTBOX);
    const head = await app.head();
    for (let i = 0; i < 100 && outbox.checkpoint() < head; i++) await sleep(50);
  };
  const to = (address: string): ReceivedMail[] =>
    smtp.received.filter((m) => m.to.includes(address));
  const issue = (id: string, addresseeAgencyId: string, responseDueOn: string) =>
    app.command(
      `/api/delegations/${ids.delegation}/recommendations`,
      {
        id,
        addresseeAgencyId,
        text: `Kiến nghị ${id} (dữ liệu mẫu)`,
        findingIds: [ids.vneidFinding],
        responseDueOn,
      },
      201,
    );

  beforeAll(async () => {
    smtp = await smtpReceiver();
    app = await start();
    // The case as recorded by NOW: UBND tỉnh has not answered.
    for (const step of tayNinhRequests().filter(
      (s) => !s.path.endsWith('/responses') && !s.path.endsWith('/resolution'),
    ))
      await app.command(step.path, step.body, step.status);
    // Due Thursday 20 June, 3 working days on: a reminder for UBND tỉnh; and one for a ward.
    await issue('kn-nhac-tinh', ids.province, '2024-06-20');
    await issue('kn-nhac-phuong', ids.ward1, '2024-06-20');

    const office = await app.account(tayNinhPeople.agency);
    const deputy = await app.account({ ...tayNinhPeople.agency, username: 'pho-vp.ubnd-tinh' });
    const ward = await app.account({
      username: 'vp.phuong-1',
      role: 'agency',
      agencyId: ids.ward1,
    });
    const clerk2 = await app.account({ username: 'thu-ky-2', role: 'secretariat' });
    await choose(app.http(), {
      email: 'thuky@hdnd.tayninh.gov.vn',
      reminders: true,
      missedDeadlines: true,
    });
    await choose(office.http(), {
      email: 'vanphong@tayninh.gov.vn',
      reminders: true,
      missedDeadlines: true,
    });
    await choose(deputy.http(), {
      email: 'phovp@tayninh.gov.vn',
      reminders: false,
      missedDeadlines: true,
    });
    // Opted out, and no address: neither is sent anything.
    await choose(ward.http(), {
      email: 'phuong1@tayninh.gov.vn',
      reminders: false,
      missedDeadlines: false,
    });
    await choose(clerk2.http(), { reminders: true, missedDeadlines: true });

    await app
      .http()
      .get(`/api/recommendations/kn-nhac-phuong?minPosition=${app.lastPosition()}`)
      .expect(200);
    const sweep = await app.http().post('/api/admin/follow-up/sweep').expect(200);
    expect(sweep.body).toMatchObject({ today: '2024-06-17', recorded: 3 });
    await dispatched();
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('sends one digest per person who chose notices and has an address', async () => {
    expect(await send()).toEqual({ day: '2024-06-17', enabled: true, digests: 3 });
    expect(
      smtp.received
        .map((m) => m.to)
        .flat()
        .sort(),
    ).toEqual(['phovp@tayninh.gov.vn', 'thuky@hdnd.tayninh.gov.vn', 'vanphong@tayninh.gov.vn']);
    for (const mail of smtp.received) {
      expect(mail.subject).toBe('Nhắc việc theo dõi kiến nghị ngày 17/06/2024');
      expect(mail.html).toContain(`href="${CONSOLE}/recommendations/`);
    }
  });

  it('tells the secretariat of every agency’s cases, the overdue first', () => {
    const [mail] = to('thuky@hdnd.tayninh.gov.vn');
    expect(mail!.text).toMatch(/QUÁ HẠN \(1\)[\s\S]*SẮP ĐẾN HẠN \(2\)/);
    expect(mail!.text).toContain('Hạn trả lời: 14/06/2024 (quá hạn 1 ngày làm việc)');
    expect(mail!.text).toContain(`Xem: ${CONSOLE}/recommendations/${ids.recommendation}`);
    expect(mail!.text).toContain('Cơ quan: Ủy ban nhân dân tỉnh Tây Ninh');
    expect(mail!.text).toContain('Kiến nghị kn-nhac-phuong (dữ liệu mẫu)');
    expect(mail!.text).toContain('Hạn trả lời: 20/06/2024 (còn 3 ngày làm việc)');
    expect(mail!.text).toContain(`Xem: ${CONSOLE}/recommendations/kn-nhac-tinh`);
  });

  it('tells an agency’s officers of their own agency’s cases only, as each chose', () => {
    const [office] = to('vanphong@tayninh.gov.vn');
    expect(office!.text).toContain('QUÁ HẠN (1)');
    expect(office!.text).toContain('SẮP ĐẾN HẠN (1)');
    expect(office!.text).toContain('kn-nhac-tinh');
    expect(office!.text).not.toContain('kn-nhac-phuong');
    const [deputy] = to('phovp@tayninh.gov.vn');
    expect(deputy!.text).toContain('QUÁ HẠN (1)');
    expect(deputy!.text).not.toContain('SẮP ĐẾN HẠN');
  });

  it('sends nothing the second time, nor after a restart on the same data', async () => {
    expect(await send()).toMatchObject({ digests: 0 });
    await app.close();
    app = await start();
    await app.http().post('/api/admin/follow-up/sweep').expect(200);
    await dispatched();
    expect(await send()).toMatchObject({ day: '2024-06-17', digests: 0 });
    await sleep(200);
    expect(smtp.received).toHaveLength(3);
    expect(smtp.attempts()).toBe(3);
  });

  it('lists no failure, to the admin only', async () => {
    expect((await app.admin().get('/api/admin/notices/failures').expect(200)).body).toMatchObject({
      items: [],
      total: 0,
    });
    await app.http().get('/api/admin/notices/failures').expect(403);
  });
});

describe('e-mail digests without an SMTP server', () => {
  it('are off: sending answers that nothing is enabled', async () => {
    const app = await startHttp({ clock });
    try {
      expect((await app.admin().post('/api/admin/notices/send').expect(200)).body).toEqual({
        day: '2024-06-17',
        enabled: false,
        digests: 0,
      });
    } finally {
      await app.close();
    }
  });
});

describe('e-mail digests when the mail server refuses (in process, without Redis)', () => {
  const run = async (refuse: (attempt: number) => boolean) => {
    const smtp = await smtpReceiver({ refuse });
    const app = await startHttp({
      clock,
      notices: { smtpUrl: smtp.url, maxAttempts: 3, backoffMs: 50 },
    });
    for (const step of tayNinhRequests().filter(
      (s) => !s.path.endsWith('/responses') && !s.path.endsWith('/resolution'),
    ))
      await app.command(step.path, step.body, step.status);
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
    for (let i = 0; i < 100 && outbox.checkpoint() < head; i++) await sleep(50);
    expect((await app.admin().post('/api/admin/notices/send').expect(200)).body.digests).toBe(1);
    return { smtp, app };
  };

  it('retries with backoff and delivers once the server takes it', async () => {
    const { smtp, app } = await run((attempt) => attempt <= 2);
    try {
      for (let i = 0; i < 60 && smtp.received.length === 0; i++) await sleep(50);
      expect(smtp.attempts()).toBe(3);
      expect(smtp.received).toHaveLength(1);
      expect((await app.admin().get('/api/admin/notices/failures').expect(200)).body.total).toBe(0);
    } finally {
      await app.close();
      await smtp.close();
    }
  });

  it('gives up after the last attempt and shows the admin why', async () => {
    const { smtp, app } = await run(() => true);
    try {
      let failures: { userId: string; day: string; attempts: number; reason: string }[] = [];
      for (let i = 0; i < 60 && failures.length === 0; i++) {
        await sleep(50);
        failures = (await app.admin().get('/api/admin/notices/failures').expect(200)).body.items;
      }
      expect(failures).toEqual([
        expect.objectContaining({
          day: '2024-06-17',
          attempts: 3,
          lines: 1,
          reason: expect.stringMatching(/451|busy/i),
        }),
      ]);
      expect(smtp.received).toHaveLength(0);
      expect(smtp.attempts()).toBe(3);
    } finally {
      await app.close();
      await smtp.close();
    }
  });
});
