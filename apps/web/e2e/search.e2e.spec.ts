import type { Browser } from 'playwright-core';
import { browserAvailable, launchChromium } from './browser';
import { startConsole } from './console-server';
import { accessibilityViolations, openTab, PHONE, shot, signIn } from './page-checks';

/*
 * The header's one search box: typed without diacritics, it finds the Tây Ninh case's
 * recommendation, delegation, obstacle and agencies, grouped by kind; the keyboard alone opens
 * one. An agency's officer is offered no delegations (their role has no such page).
 */

const describeInBrowser = browserAvailable() ? describe : describe.skip;

describeInBrowser('the header search in Chromium', () => {
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

  it('finds by words typed without diacritics, grouped by kind, and opens one by keyboard', async () => {
    const { context, page, takeErrors } = await openTab(browser);
    await page.goto(`${server.base}/sign-in`);
    await signIn(page, 'thu-ky', server.password);
    await page.getByRole('heading', { name: 'Việc cần làm', level: 2 }).waitFor();
    const box = page.getByRole('searchbox', { name: 'Tìm kiếm' });
    await box.fill('tay ninh');
    const list = page.getByRole('listbox');
    await list.getByText('Cơ quan, đơn vị', { exact: true }).waitFor();
    await list.getByRole('option', { name: 'Ủy ban nhân dân tỉnh Tây Ninh' }).waitFor();
    await box.fill('chuyen de');
    await list.getByText('Đoàn giám sát', { exact: true }).waitFor();
    await list
      .getByRole('option', { name: /Đoàn giám sát chuyên đề/ })
      .first()
      .waitFor();
    await shot(page, 'search-grouped', { fullPage: false });
    expect(await accessibilityViolations(page)).toEqual([]);

    await box.fill('dinh danh');
    const recommendation = list.getByRole('option', { name: /định danh điện tử VNeID/ }).first();
    await recommendation.waitFor();
    await list.getByText('Kiến nghị', { exact: true }).waitFor();
    // The keyboard alone: down to the first found, Enter to open it.
    await box.press('ArrowDown');
    await box.press('Enter');
    await page.getByTestId('recommendation-page').waitFor();
    expect(page.url()).toContain('/recommendations/');
    expect(await box.inputValue()).toBe('');
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 90_000);

  it('offers an agency officer no delegations, on a phone too', async () => {
    const { context, page, takeErrors } = await openTab(browser, PHONE);
    await page.goto(`${server.base}/sign-in`);
    await signIn(page, 'vp.ubnd-tinh', server.password);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await page.getByRole('button', { name: 'Mở danh mục' }).click();
    const box = page.getByRole('searchbox', { name: 'Tìm kiếm' });
    await box.fill('chuyen de');
    const list = page.getByRole('listbox');
    // The Tây Ninh delegation matches, but the officer cannot open delegations: nothing found.
    await list.getByText('Không tìm thấy gì cho “chuyen de”.').waitFor();
    await box.fill('tay ninh');
    await list.getByText('Cơ quan, đơn vị', { exact: true }).waitFor();
    expect(await list.getByText('Đoàn giám sát', { exact: true }).count()).toBe(0);
    await shot(page, 'search-phone-agency', { fullPage: false });
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 90_000);
});
