import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { ids } from '@hdnd/testing';
import { browserAvailable, launchChromium } from './browser';
import { startConsole } from './console-server';
import { readFileSync } from 'node:fs';
import { accessibilityViolations, openTab, PHONE, shot, signIn } from './page-checks';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/** The position whose data the test changes by one byte. */
const TAMPERED = 12;

describeInBrowser('the audit pages in Chromium', () => {
  let server: Awaited<ReturnType<typeof startConsole>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await startConsole();
    browser = await launchChromium();
    // A checkpoint as the hourly schedule (or an admin) would sign it, for the page to show.
    const login = await fetch(`${server.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: server.password }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const signed = await fetch(`${server.base}/api/audit/checkpoints`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: '{}',
    });
    if (signed.status !== 201) throw new Error(`signing a checkpoint answered ${signed.status}`);
  }, 120_000);

  /** The page's picture from its top: the shell's header stays where it belongs. */
  const picture = async (page: Page, name: string) => {
    await page.evaluate('window.scrollTo(0, 0)');
    await shot(page, name);
  };
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A tab signed in as the Tây Ninh auditor, on the audit log. */
  const asAuditor = async (viewport?: typeof PHONE) => {
    const opened = await openTab(browser, viewport);
    await opened.page.goto(`${server.base}/sign-in`);
    await signIn(opened.page, 'kiem-toan', server.password);
    await opened.page.getByRole('heading', { name: 'Việc cần làm', level: 2 }).waitFor();
    if (viewport === PHONE) await opened.page.goto(`${server.base}/audit`);
    else await opened.page.getByRole('link', { name: 'Nhật ký kiểm tra' }).click();
    await opened.page.getByRole('heading', { name: 'Nhật ký kiểm tra', level: 2 }).waitFor();
    return opened;
  };

  const expectAccessible = async (page: Page) =>
    expect(await accessibilityViolations(page)).toEqual([]);

  const events = (page: Page) => page.getByTestId('audit-event');

  /** Waits until the list shows only the filtered events: every one of `texts` reads `expected`. */
  const allRead = async (texts: Locator, expected: string) => {
    for (let tries = 0; tries < 100; tries += 1) {
      const read = await texts.allTextContents();
      if (read.length > 0 && read.every((text) => text === expected)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await texts.allTextContents()).toEqual([expected]);
  };

  it('browses the Tây Ninh case’s log, filters by type, and follows a correlation id', async () => {
    const { context, page, takeErrors } = await asAuditor();
    expect(await page.title()).toBe('Nhật ký kiểm tra — Theo dõi kiến nghị giám sát');
    await events(page).first().waitFor();
    await page
      .getByTestId('audit-range')
      .getByText(/sự kiện, từ vị trí 1 đến/)
      .waitFor();
    await picture(page, 'audit-log-desktop');
    await expectAccessible(page);

    // The recommendation's own case, by its id.
    await page.getByLabel('Mã hồ sơ').fill(ids.recommendation);
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await page.waitForURL(/stream=kn-vneid-du-lieu/);
    await page
      .getByTestId('audit-range')
      .getByText(/sự kiện, từ vị trí \d+ đến/)
      .waitFor();
    const issued = events(page).filter({ hasText: 'IssueRecommendation' }).first();
    await issued.getByRole('heading', { name: 'Ban hành kiến nghị' }).waitFor();
    expect(await events(page).count()).toBeGreaterThan(1);
    await allRead(
      page.getByRole('link', { name: /^Xem mọi sự kiện của hồ sơ/ }),
      `recommendation-${ids.recommendation}`,
    );
    // Data as labelled fields, metadata, dates in Vietnam, the hashes.
    await issued.getByText('Thông tin ghi nhận').waitFor();
    await issued.getByText('Mã băm sự kiện').waitFor();
    await issued.getByText('Mã chuỗi nhật ký').waitFor();
    expect(await issued.textContent()).toMatch(/Ghi nhận lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(await issued.textContent()).not.toContain('{"');

    // By type: the responses only.
    await page.getByLabel('Mã hồ sơ').fill('');
    await page.getByRole('combobox', { name: 'Loại sự kiện' }).fill('Ghi nhận văn bản trả lời');
    await page.getByRole('option', { name: 'Ghi nhận văn bản trả lời' }).click();
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await page.waitForURL(/type=ResponseRecorded/);
    await allRead(events(page).getByRole('heading', { level: 3 }), 'Ghi nhận văn bản trả lời');
    expect(await events(page).count()).toBeGreaterThan(0);
    await picture(page, 'audit-log-by-type');

    // Everything one request did: the correlation id is a link.
    const response = events(page).first();
    const correlation = (await response.getByTestId('correlation-link').textContent())!;
    await response.getByTestId('correlation-link').click();
    await page.waitForURL(new RegExp(`correlationId=${correlation}`));
    await page.getByTestId('correlation-heading').waitFor();
    await allRead(page.getByTestId('correlation-link'), correlation);
    // The form shows the filter the link set, and the type filter is gone.
    expect(await page.getByLabel('Mã liên kết').inputValue()).toBe(correlation);
    await picture(page, 'audit-log-one-request');
    await expectAccessible(page);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 90_000);

  it('pages through the log by position, and reads on a phone', async () => {
    const { context, page, takeErrors } = await asAuditor(PHONE);
    await page.goto(`${server.base}/audit?fromPosition=5&toPosition=200`);
    await page
      .getByTestId('audit-range')
      .getByText(/từ vị trí 5 đến/)
      .waitFor();
    expect(await page.getByLabel('Từ vị trí').inputValue()).toBe('5');
    await picture(page, 'audit-log-phone');
    await expectAccessible(page);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 90_000);

  it('checks the log to intact, then names in red the position a changed byte broke', async () => {
    const { context, page, takeErrors } = await asAuditor();
    await page.getByRole('tab', { name: 'Kiểm tra toàn vẹn' }).click();
    await page.waitForURL(/\/audit\/integrity$/);
    await page.getByRole('button', { name: 'Kiểm tra toàn bộ nhật ký' }).click();
    await page.getByTestId('integrity-intact').getByText('Toàn vẹn', { exact: true }).waitFor();
    await page.getByText('Đã kiểm tra xong').waitFor();
    await page.getByTestId('public-key').getByText('BEGIN PUBLIC KEY', { exact: false }).waitFor();
    await page
      .getByTestId('latest-checkpoint')
      .getByText(/Xác nhận \d+ sự kiện đầu tiên/)
      .waitFor();
    await picture(page, 'audit-integrity-intact');
    await expectAccessible(page);

    // The export is fetched with the session's token and saved as a file.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải bản xuất nhật ký' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^hdnd-log-.*\.ndjson$/);
    const path = await download.path();
    const header = JSON.parse(readFileSync(path, 'utf8').split('\n')[0]!) as { format: string };
    expect(header.format).toBe('hdnd-log-export/1');

    // One byte of one event changed in the SQLite log on disk.
    const db = new Database(join(server.dataDir, 'events.sqlite'));
    try {
      const { data } = db.prepare('SELECT data FROM events WHERE position = ?').get(TAMPERED) as {
        data: string;
      };
      const i = data.search(/[a-z]/);
      const edited = `${data.slice(0, i)}${data[i] === 'a' ? 'b' : 'a'}${data.slice(i + 1)}`;
      db.prepare('UPDATE events SET data = ? WHERE position = ?').run(edited, TAMPERED);
    } finally {
      db.close();
    }
    await page.getByRole('button', { name: 'Kiểm tra lại' }).click();
    const broken = page.getByTestId('integrity-broken');
    await broken.getByText(`Không toàn vẹn: nhật ký bị thay đổi tại vị trí ${TAMPERED}`).waitFor();
    await broken.getByText('Nội dung sự kiện không khớp với mã băm đã ghi').waitFor();
    // Said in red.
    const colour = await broken.evaluate(
      (el) =>
        (
          globalThis as unknown as { getComputedStyle(e: unknown): { borderColor: string } }
        ).getComputedStyle(el).borderColor,
    );
    const [r, g, b] = colour.match(/\d+/g)!.map(Number);
    expect(r).toBeGreaterThan(150);
    expect(g).toBeLessThan(80);
    expect(b).toBeLessThan(80);
    await picture(page, 'audit-integrity-broken');
    await expectAccessible(page);

    // The link goes to the event in the log.
    await broken
      .getByRole('link', { name: `Xem sự kiện ở vị trí ${TAMPERED} trong nhật ký` })
      .click();
    await page.waitForURL(new RegExp(`toPosition=${TAMPERED}`));
    await page
      .getByTestId('audit-range')
      .getByText(new RegExp(`đến ${TAMPERED}`))
      .waitFor();
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 90_000);

  it('is not offered to a clerk', async () => {
    const { context, page, takeErrors } = await openTab(browser);
    await page.goto(`${server.base}/sign-in`);
    await signIn(page, 'thu-ky', server.password);
    await page.getByRole('heading', { name: 'Việc cần làm', level: 2 }).waitFor();
    expect(await page.getByRole('link', { name: 'Nhật ký kiểm tra' }).count()).toBe(0);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 90_000);
});
