import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchChromium } from './browser';
import { startConsole } from './console-server';
import { accessibilityViolations, openTab, PHONE, shot, signIn as signInAs } from './page-checks';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

const PROVINCE = 'Ủy ban nhân dân tỉnh Tây Ninh';
const CITY = 'Ủy ban nhân dân thành phố Tây Ninh';
const WARD = 'Ủy ban nhân dân phường Tân Ninh';
const BASIS = 'Nghị quyết số 1682/NQ-UBTVQH15 ngày 16/6/2025 (dữ liệu mẫu)';

describeInBrowser('the agencies in Chromium', () => {
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

  const signedIn = async (username: string, path: string, viewport?: typeof PHONE) => {
    const tab = await openTab(browser, viewport);
    await tab.page.goto(`${server.base}${path}`);
    await signInAs(tab.page, username, server.password);
    return tab;
  };

  const heading = (page: Page, name: string) =>
    page.getByRole('heading', { name, level: 2, exact: true }).waitFor();

  it('lists the agencies, found by name without diacritics and by level', async () => {
    const { context, page, takeErrors } = await signedIn('thu-ky', '/agencies');
    await heading(page, 'Cơ quan, đơn vị');
    const results = page.getByRole('region', { name: 'Danh sách cơ quan, đơn vị' });
    await results.getByRole('link', { name: PROVINCE }).waitFor();
    await page.getByText('Hiển thị 1–3 trên tổng số 3').waitFor();
    await shot(page, 'agencies-list-desktop');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('textbox', { name: 'Tìm theo tên' }).fill('thanh pho tay ninh');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.waitForURL(/q=thanh\+pho\+tay\+ninh/);
    // The city, and the ward whose name says it lies in the city.
    await page.getByText('Hiển thị 1–2 trên tổng số 2').waitFor();
    await results.getByRole('link', { name: CITY }).waitFor();

    await page.goto(`${server.base}/agencies`);
    await page.getByRole('combobox', { name: 'Cấp' }).click();
    await page.getByRole('option', { name: 'Cấp xã' }).click();
    await page.waitForURL(/level=commune/);
    await page.getByText('Hiển thị 1–1 trên tổng số 1').waitFor();
    await results.getByRole('link', { name: /Phường 1/ }).waitFor();
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 90_000);

  it('registers an agency, then records a district merged into it from 01/07/2025, seen on both pages', async () => {
    const { context, page, takeErrors } = await signedIn('thu-ky', '/agencies');
    await page.getByRole('link', { name: 'Đăng ký cơ quan, đơn vị' }).click();
    await heading(page, 'Đăng ký cơ quan, đơn vị');
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await page.getByRole('alert').getByText('Tên', { exact: false }).first().waitFor();
    await shot(page, 'agency-register-missing-desktop');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('textbox', { name: 'Tên đầy đủ' }).fill(WARD);
    await page.getByRole('combobox', { name: 'Cấp' }).click();
    await page.getByRole('option', { name: 'Cấp xã' }).click();
    await page.getByRole('combobox', { name: 'Trực thuộc' }).fill('tinh tay ninh');
    await page.getByRole('option', { name: PROVINCE }).click();
    await page.getByRole('textbox', { name: 'Ngày đăng ký' }).fill('01/07/2025');
    await page.keyboard.press('Escape');
    await shot(page, 'agency-register-desktop');
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await heading(page, WARD);
    await page.getByText('01/07/2025').first().waitFor();
    await page.getByRole('link', { name: PROVINCE }).waitFor();

    // The city's page: its succession, to the ward just registered.
    await page.goto(`${server.base}/agencies/ubnd-tp-tay-ninh`);
    await heading(page, CITY);
    await page.getByRole('button', { name: 'Sắp xếp, sáp nhập' }).click();
    const form = page.getByRole('region', { name: 'Sắp xếp, sáp nhập: ghi nhận đơn vị kế thừa' });
    await page.getByRole('combobox', { name: 'Đơn vị kế thừa' }).fill('tan ninh');
    await page.getByRole('option', { name: WARD }).click();
    await page.getByRole('textbox', { name: 'Ngày có hiệu lực' }).fill('01/07/2025');
    await page.keyboard.press('Escape');
    await page.getByRole('textbox', { name: 'Căn cứ pháp lý' }).fill(BASIS);
    await shot(page, 'agency-succession-form-desktop');
    expect(await accessibilityViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Ghi nhận sắp xếp, sáp nhập' }).click();
    await page.getByText('Đã lưu.').first().waitFor();
    const merged = page.getByRole('alert').filter({ hasText: 'Đã sắp xếp, sáp nhập' });
    await merged.getByText('Từ ngày 01/07/2025', { exact: false }).waitFor();
    await merged.getByRole('link', { name: WARD }).waitFor();
    await merged.getByText(BASIS, { exact: false }).waitFor();
    // No second succession is offered.
    expect(await page.getByRole('button', { name: 'Sắp xếp, sáp nhập' }).count()).toBe(0);
    await shot(page, 'agency-succeeded-desktop');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The successor's page names its predecessor, with the date and the basis.
    await merged.getByRole('link', { name: WARD }).click();
    await heading(page, WARD);
    const succession = page.getByRole('region', { name: 'Sắp xếp, sáp nhập (đơn vị kế thừa)' });
    await succession.getByRole('link', { name: CITY }).waitFor();
    await succession.getByText(`từ ngày 01/07/2025, căn cứ ${BASIS}`, { exact: false }).waitFor();
    await shot(page, 'agency-successor-desktop');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 120_000);

  it('shows an agency’s scorecard and the recommendations addressed to it', async () => {
    const { context, page, takeErrors } = await signedIn('thu-ky', '/agencies/ubnd-tinh-tay-ninh');
    await heading(page, PROVINCE);
    const card = page.getByRole('region', { name: 'Kết quả trả lời kiến nghị' });
    await card.getByText('Tỷ lệ trả lời đúng hạn').waitFor();
    await card.getByText('100,0%').waitFor();
    const cases = page.getByRole('region', { name: 'Kiến nghị gửi cơ quan, đơn vị' });
    const link = cases.getByRole('link', { name: /VNeID mức độ 2/ });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('/recommendations/kn-vneid-du-lieu');
    await shot(page, 'agency-page-desktop');
    expect(await accessibilityViolations(page)).toEqual([]);

    // In English, numbers as English writes them.
    await page.getByText('English', { exact: true }).click();
    const english = page.getByRole('region', { name: 'How it answers' });
    await english.getByText('100.0%').waitFor();
    await page.getByRole('region', { name: 'Recommendations addressed to it' }).waitFor();
    await shot(page, 'agency-page-desktop-en');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 90_000);

  it('shows an auditor no button to register or merge, and an agency officer its page on a phone', async () => {
    const auditor = await signedIn('kiem-toan', '/agencies');
    await heading(auditor.page, 'Cơ quan, đơn vị');
    await auditor.page.getByRole('link', { name: PROVINCE }).waitFor();
    expect(await auditor.page.getByRole('link', { name: 'Đăng ký cơ quan, đơn vị' }).count()).toBe(
      0,
    );
    await auditor.page.getByRole('link', { name: PROVINCE }).click();
    await heading(auditor.page, PROVINCE);
    await auditor.page.getByRole('region', { name: 'Kiến nghị gửi cơ quan, đơn vị' }).waitFor();
    expect(await auditor.page.getByRole('button', { name: 'Sắp xếp, sáp nhập' }).count()).toBe(0);
    expect(auditor.takeErrors()).toEqual([]);
    await auditor.context.close();

    const officer = await signedIn('vp.ubnd-tinh', '/agencies/ubnd-tinh-tay-ninh', PHONE);
    await heading(officer.page, PROVINCE);
    await officer.page
      .getByRole('region', { name: 'Kiến nghị gửi cơ quan, đơn vị' })
      .getByRole('link', { name: /VNeID/ })
      .waitFor();
    expect(await officer.page.getByRole('button', { name: 'Sắp xếp, sáp nhập' }).count()).toBe(0);
    await shot(officer.page, 'agency-page-phone');
    expect(await accessibilityViolations(officer.page)).toEqual([]);
    const width = await officer.page.evaluate(
      () =>
        (globalThis as unknown as { document: { body: { scrollWidth: number } } }).document.body
          .scrollWidth,
    );
    expect(width).toBeLessThanOrEqual(PHONE.width);
    expect(officer.takeErrors()).toEqual([]);
    await officer.context.close();
  }, 90_000);
});
