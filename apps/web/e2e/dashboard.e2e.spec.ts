import type { Browser } from 'playwright-core';
import { ids } from '@hdnd/testing';
import { browserAvailable, launchChromium } from './browser';
import { startConsole } from './console-server';
import { accessibilityViolations, openTab, shot, signIn } from './page-checks';

/*
 * "Tổng quan" over the Tây Ninh case: the figures, each agency's on-time rate and overdue count
 * drawn and tabled, the months' line; a filter applied to every figure and kept in the address;
 * a figure that leads to its list; English.
 */

const describeInBrowser = browserAvailable() ? describe : describe.skip;

describeInBrowser('the dashboard in Chromium', () => {
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

  it('shows the figures, the charts with their tables, and leads from a figure to its list', async () => {
    const { context, page, takeErrors } = await openTab(browser);
    await page.goto(`${server.base}/dashboard`);
    await signIn(page, 'kiem-toan', server.password);
    const dashboard = page.getByTestId('dashboard');
    await dashboard.waitFor();
    await page.getByRole('link', { name: 'Tổng số kiến nghị 1' }).waitFor();
    // The charts are pictures for the eye, named for a screen reader, and drawn as SVG.
    const agencies = page.getByRole('img', { name: /tỷ lệ trả lời đúng hạn/ });
    await agencies.locator('svg').waitFor();
    await agencies.getByText('Ủy ban nhân dân tỉnh Tây Ninh').first().waitFor();
    await page
      .getByRole('img', { name: /Biểu đồ theo \d+ tháng/ })
      .locator('svg')
      .waitFor();
    // The same figures as a table.
    await page.getByRole('button', { name: 'Xem số liệu dạng bảng' }).first().click();
    const row = page.getByRole('row').filter({ hasText: 'Ủy ban nhân dân tỉnh Tây Ninh' });
    await row.getByRole('cell', { name: '1', exact: true }).first().waitFor();
    await shot(page, 'dashboard');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: /^Quá hạn \d+$/ }).click();
    await page.getByTestId('tracker-list').waitFor();
    expect(page.url()).toContain('/recommendations?overdue=true');
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 90_000);

  it('applies a filter to every figure and keeps it in the address', async () => {
    const { context, page, takeErrors } = await openTab(browser);
    // A period before the Tây Ninh recommendation was issued: nothing in it.
    await page.goto(`${server.base}/dashboard?to=2024-01-31&delegationId=${ids.delegation}`);
    await signIn(page, 'thu-ky', server.password);
    await page.getByRole('link', { name: 'Tổng số kiến nghị 0' }).waitFor();
    await page.getByRole('link', { name: 'Quá hạn 0' }).waitFor();
    // The filters' own field: the session report's card has a "đến ngày" of its own.
    const filters = page.getByRole('region', { name: 'Bộ lọc' });
    expect(await filters.getByRole('textbox', { name: 'đến ngày' }).inputValue()).toBe(
      '31/01/2024',
    );
    await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    await page.getByRole('link', { name: 'Tổng số kiến nghị 1' }).waitFor();
    expect(new URL(page.url()).search).toBe('');

    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Dashboard', level: 2 }).waitFor();
    await page.getByRole('link', { name: 'Recommendations 1' }).waitFor();
    await shot(page, 'dashboard-en');
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 90_000);
});
