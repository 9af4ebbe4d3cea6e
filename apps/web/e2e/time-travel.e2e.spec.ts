import type { Browser } from 'playwright-core';
import { ids } from '@hdnd/testing';
import { partsOf } from '../src/time-travel/instant';
import { browserAvailable, launchChromium } from './browser';
import { startConsole } from './console-server';
import { accessibilityViolations, openTab, shot, signIn } from './page-checks';

/*
 * A case as it stood: an auditor reads the Tây Ninh recommendation as it was just before UBND
 * tỉnh's response was recorded (no response there, nothing to act on), goes back to now, and
 * compares two instants to see the response appear, with who recorded it. A delegation read at a
 * time before it existed says so.
 */

const describeInBrowser = browserAvailable() ? describe : describe.skip;

const ddmmyyyy = (date: string) => date.split('-').reverse().join('/');

describeInBrowser('a case as it stood, in Chromium', () => {
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

  /** When UBND tỉnh's response was recorded, as the API's timeline says. */
  const responseRecordedAt = async () => {
    const login = await fetch(`${server.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'kiem-toan', password: server.password }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const res = await fetch(`${server.base}/api/recommendations/${ids.recommendation}`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    const view = (await res.json()) as { timeline: { type: string; at: string }[] };
    return view.timeline.find((step) => step.type === 'ResponseRecorded')!.at;
  };

  it('shows the recommendation just before the response, then compares two instants', async () => {
    const { context, page, takeErrors } = await openTab(browser);
    await page.goto(`${server.base}/recommendations/${ids.recommendation}`);
    await signIn(page, 'kiem-toan', server.password);
    const responded = page.locator('[data-step="ResponseRecorded"]');
    await responded.waitFor();

    // The response's own step offers the case as it stood just before it.
    await page
      .locator('.mantine-Timeline-item')
      .filter({ has: responded })
      .getByRole('button', { name: 'Xem hồ sơ ngay trước bước này' })
      .click();
    await page.getByText('Hồ sơ tại một thời điểm trước đây').waitFor();
    expect(page.url()).toContain('asOf=');
    await page.locator('[data-step="RecommendationIssued"]').waitFor();
    expect(await responded.count()).toBe(0);
    // A past state is read, never acted on.
    expect(await page.getByRole('heading', { name: 'Việc có thể làm tiếp' }).count()).toBe(0);
    await shot(page, 'time-travel-before-response');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Về hồ sơ hiện tại' }).click();
    await responded.waitFor();
    expect(page.url()).not.toContain('asOf=');

    // From a second before the response to a second after it: the response, and who recorded it.
    const at = new Date(await responseRecordedAt()).getTime();
    const from = partsOf(new Date(at - 1_000).toISOString());
    const to = partsOf(new Date(at + 1_000).toISOString());
    await page.getByRole('button', { name: 'So sánh hai thời điểm' }).click();
    await page.getByRole('textbox', { name: 'Ngày (từ)' }).fill(ddmmyyyy(from.date));
    await page.getByLabel('Giờ (từ)').fill(from.time);
    await page.getByRole('textbox', { name: 'Ngày (đến)' }).fill(ddmmyyyy(to.date));
    await page.getByLabel('Giờ (đến)').fill(to.time);
    await page.getByRole('button', { name: 'So sánh', exact: true }).click();
    const result = page.getByTestId('compare-result');
    await result.getByText('Ghi nhận văn bản trả lời').waitFor();
    await result
      .getByText(/Văn phòng UBND tỉnh Tây Ninh/)
      .first()
      .waitFor();
    await shot(page, 'time-travel-compare');
    expect(await accessibilityViolations(page)).toEqual([]);
    // The case was loaded within a second: at the first instant it may not exist yet (404).
    expect(takeErrors(404)).toEqual([]);
    await context.close();
  }, 120_000);

  it('says a delegation had not been recorded yet at a time before it', async () => {
    const { context, page, takeErrors } = await openTab(browser);
    await page.goto(`${server.base}/delegations/${ids.delegation}?asOf=2000-01-01T00:00:00.000Z`);
    await signIn(page, 'kiem-toan', server.password);
    await page.getByText('Hồ sơ này chưa được ghi nhận vào 01/01/2000 07:00:00.').waitFor();
    await page.getByRole('button', { name: 'Về hồ sơ hiện tại' }).click();
    await page.getByRole('heading', { level: 2, name: /Đoàn giám sát/ }).waitFor();
    expect(takeErrors(404)).toEqual([]);
    await context.close();
  }, 60_000);
});
