import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { ids } from '@hdnd/testing';
import { documentText } from '@hdnd/testing/docx-text';
import { browserAvailable, launchChromium } from './browser';
import { startConsole } from './console-server';
import { accessibilityViolations, openTab, shot, signIn } from './page-checks';

/*
 * The council's Word documents from the console: the session report from the dashboard's card,
 * as the record stands now and as it stood on a past day, and a case's history from its page —
 * each fetched with the session's token and saved as a file.
 */

const describeInBrowser = browserAvailable() ? describe : describe.skip;

describeInBrowser('Word documents from the console in Chromium', () => {
  let server: Awaited<ReturnType<typeof startConsole>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await startConsole();
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('downloads the session report from the dashboard, now and as of a past day', async () => {
    const { context, page, takeErrors } = await openTab(browser);
    await page.goto(`${server.base}/dashboard?delegationId=${ids.delegation}`);
    await signIn(page, 'thu-ky', server.password);
    const card = page.getByRole('region', { name: 'Báo cáo kỳ họp (Word)' });
    await card.waitFor();
    await page.getByTestId('dashboard').waitFor();
    const [now] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'Tải báo cáo (Word)' }).click(),
    ]);
    expect(now.suggestedFilename()).toMatch(/^bao-cao-ket-qua-giam-sat-\d{4}-\d{2}-\d{2}\.docx$/);
    const text = documentText(readFileSync(await now.path()));
    expect(text).toContain('Báo cáo kết quả giám sát việc giải quyết kiến nghị sau giám sát');
    expect(text).toContain('Tổng số kiến nghị: 1');
    expect(text).toContain('Ngày 10/06/2024: Tiếp thu');
    await card.getByRole('status').waitFor();

    // The same report as the record stood on a past day: the console's seed was recorded
    // today, so on 1 June 2024 the record held no recommendation yet.
    const asOf = card.getByRole('textbox', { name: 'Số liệu tại ngày' });
    await asOf.fill('01/06/2024');
    await asOf.press('Tab');
    const [past] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: 'Tải báo cáo (Word)' }).click(),
    ]);
    expect(past.suggestedFilename()).toBe('bao-cao-ket-qua-giam-sat-2024-06-01.docx');
    const before = documentText(readFileSync(await past.path()));
    expect(before).toContain('Số liệu theo hồ sơ ghi nhận đến hết ngày 01/06/2024.');
    expect(before).toContain('Tổng số kiến nghị: 0');
    await shot(page, 'dashboard-session-report', { fullPage: false });
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 90_000);

  it('prints a case’s history from its page', async () => {
    const { context, page, takeErrors } = await openTab(browser);
    await page.goto(`${server.base}/recommendations/${ids.recommendation}`);
    await signIn(page, 'thu-ky', server.password);
    await page.getByTestId('recommendation-page').waitFor();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'In hồ sơ (Word)' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(
      new RegExp(`^ho-so-kien-nghi-${ids.recommendation}-\\d{4}-\\d{2}-\\d{2}\\.docx$`),
    );
    const text = documentText(readFileSync(await file.path()));
    expect(text).toContain('HỒ SƠ THEO DÕI KIẾN NGHỊ');
    expect(text).toContain('Ban hành kiến nghị');
    expect(text).toContain('Ghi nhận văn bản trả lời');
    await page.getByText('Đã tải hồ sơ.').waitFor();
    // The button's spinner fades out after the answer: the picture waits for it to go.
    await page.locator('button[data-loading]').waitFor({ state: 'detached' });
    await shot(page, 'recommendation-print', { fullPage: false });

    await page.getByText('English', { exact: true }).click();
    await page.getByRole('button', { name: 'Print the case (Word)' }).waitFor();
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 90_000);
});
