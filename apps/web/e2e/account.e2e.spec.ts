import type { Browser } from 'playwright-core';
import { browserAvailable, launchChromium } from './browser';
import { startConsole } from './console-server';
import { accessibilityViolations, openTab, PHONE, shot, signIn } from './page-checks';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/** The signed-in user's own page (the e-mail notices they receive), and the admin's digests. */
describeInBrowser('my account in Chromium', () => {
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

  it('chooses e-mail notices from the header’s link, the wrong address said beside its field', async () => {
    const { page, context, takeErrors } = await openTab(browser);
    await page.goto(`${server.base}/sign-in`);
    await signIn(page, 'admin', server.password);
    await page.getByRole('heading', { name: 'Việc cần làm', level: 2 }).waitFor();
    await page.getByRole('link', { name: 'Tài khoản của tôi' }).click();
    await page.getByRole('heading', { name: 'Nhận thông báo qua e-mail', level: 3 }).waitFor();
    const email = page.getByLabel('Địa chỉ e-mail');
    expect(await email.inputValue()).toBe('');

    await email.fill('van-phong-tayninh.gov.vn');
    await page.getByLabel('Nhắc việc sắp đến hạn').check();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Địa chỉ e-mail phải là địa chỉ e-mail hợp lệ.').first().waitFor();
    expect(takeErrors(400)).toEqual([]);
    await shot(page, 'account-notices-refused');

    await email.fill('vanphong@tayninh.gov.vn');
    await page.getByLabel('Thông báo quá hạn').check();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await shot(page, 'account-notices');

    await page.reload();
    await page.getByRole('heading', { name: 'Nhận thông báo qua e-mail', level: 3 }).waitFor();
    expect(await page.getByLabel('Địa chỉ e-mail').inputValue()).toBe('vanphong@tayninh.gov.vn');
    expect(await page.getByLabel('Nhắc việc sắp đến hạn').isChecked()).toBe(true);
    expect(await page.getByLabel('Thông báo quá hạn').isChecked()).toBe(true);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 60_000);

  it('reads on a phone, the link in the folded menu', async () => {
    const { page, context, takeErrors } = await openTab(browser, PHONE);
    await page.goto(`${server.base}/sign-in`);
    await signIn(page, 'admin', server.password);
    await page.getByRole('heading', { name: 'Việc cần làm', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Mở danh mục' }).click();
    await page.getByRole('link', { name: 'Tài khoản của tôi' }).click();
    await page.getByRole('heading', { name: 'Nhận thông báo qua e-mail', level: 3 }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await shot(page, 'account-notices-phone');
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 60_000);

  it('lets the admin send the digests by hand and see none failed; says when mail is off', async () => {
    const { page, context, takeErrors } = await openTab(browser);
    await page.goto(`${server.base}/sign-in`);
    await signIn(page, 'admin', server.password);
    await page.getByRole('heading', { name: 'Việc cần làm', level: 2 }).waitFor();
    await page.goto(`${server.base}/administration/operations`);
    await page.getByRole('heading', { name: 'Thư nhắc việc qua e-mail', level: 4 }).waitFor();
    await page.getByText('Không có thư nào bị lỗi.').waitFor();
    await page.getByRole('button', { name: 'Gửi thư ngay' }).click();
    await page.getByText('Chưa cấu hình máy chủ thư (SMTP_URL)', { exact: false }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await shot(page, 'administration-digests');
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 60_000);
});
