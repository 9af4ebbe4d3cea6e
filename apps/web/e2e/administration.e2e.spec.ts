import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchChromium } from './browser';
import { startConsole } from './console-server';
import { accessibilityViolations, openTab, PHONE, shot, signIn as signInAs } from './page-checks';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/** The account the admin opens here, and the passwords it has in turn. */
const NEW_USER = 'can-bo.moi';
const FIRST_PASSWORD = 'mat-khau-ban-dau-2024';
const SECOND_PASSWORD = 'mat-khau-moi-sau-khi-dat-lai';
/** The account the admin disables and enables again. */
const LEAVING_USER = 'can-bo.nghi-huu';

describeInBrowser('administration in Chromium', () => {
  let server: Awaited<ReturnType<typeof startConsole>>;
  let browser: Browser;

  beforeAll(async () => {
    // `localhost` is let through the webhooks' SSRF guard, as a test's receiver would be;
    // 127.0.0.1 is not, so the refusal is seen too.
    server = await startConsole({ webhookAllowHosts: ['localhost'] });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A tab signed in as the admin, on one section of the page. */
  const asAdmin = async (tab: string, viewport?: typeof PHONE) => {
    const opened = await openTab(browser, viewport);
    await opened.page.goto(`${server.base}/sign-in`);
    await signInAs(opened.page, 'admin', server.password);
    await opened.page.getByRole('heading', { name: 'Việc cần làm', level: 2 }).waitFor();
    // On a phone the menu is folded away: the page is opened by its address there.
    if (viewport === PHONE) await opened.page.goto(`${server.base}/administration/users`);
    else await opened.page.getByRole('link', { name: 'Quản trị' }).click();
    await opened.page.getByRole('heading', { name: 'Quản trị', level: 2 }).waitFor();
    if (tab !== 'Tài khoản') await opened.page.getByRole('tab', { name: tab }).click();
    return opened;
  };

  const expectAccessible = async (page: Page) =>
    expect(await accessibilityViolations(page)).toEqual([]);

  /** Signs in in a fresh tab; answers the heading it reached, or the refusal it got. */
  const trySignIn = async (username: string, password: string) => {
    const { context, page, takeErrors } = await openTab(browser);
    await page.goto(`${server.base}/sign-in`);
    await signInAs(page, username, password);
    const outcome = await Promise.race([
      page
        .getByRole('heading', { name: 'Việc cần làm', level: 2 })
        .waitFor()
        .then(() => 'signed in'),
      page
        .getByText('Tên đăng nhập hoặc mật khẩu không đúng.')
        .waitFor()
        .then(() => 'refused'),
    ]);
    return { context, page, outcome, takeErrors };
  };

  it('creates an account, who then signs in; changes its role and agency; resets its password', async () => {
    const { context, page, takeErrors } = await asAdmin('Tài khoản');
    expect(page.url()).toBe(`${server.base}/administration/users`);
    expect(await page.title()).toBe('Quản trị — Theo dõi kiến nghị giám sát');
    const users = page.getByTestId('users-table');
    await users.getByRole('cell', { name: 'thu-ky', exact: true }).waitFor();
    // Every account's status; an admin is not offered to disable their own.
    await users
      .getByRole('row')
      .filter({ hasText: 'thu-ky' })
      .getByText('Đang hoạt động')
      .waitFor();
    await page.getByRole('button', { name: 'Khóa tài khoản thu-ky' }).waitFor();
    expect(await page.getByRole('button', { name: 'Khóa tài khoản admin' }).count()).toBe(0);
    await shot(page, 'administration-users-desktop');
    await expectAccessible(page);

    // Nothing typed: the summary on top, each field's sentence beside it, nothing sent.
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tạo tài khoản' });
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await dialog.getByText('Chưa lưu được: kiểm tra lại các mục sau').waitFor();
    // The API's own refusal of what its document cannot say (an empty name, a missing role).
    expect(takeErrors(400)).toEqual([]);
    await shot(page, 'administration-create-user-errors');
    await expectAccessible(page);

    await dialog.getByLabel('Tên đăng nhập').fill(NEW_USER);
    await dialog.getByLabel('Họ tên hiển thị').fill('Nguyễn Văn Mới');
    await dialog.getByLabel('Vai trò').click();
    await page.getByRole('option', { name: 'Văn phòng (thư ký)' }).click();
    await dialog.getByLabel('Mật khẩu ban đầu').fill(FIRST_PASSWORD);
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await page.getByText('Đã lưu.').first().waitFor();
    await dialog.waitFor({ state: 'detached' });
    const row = users.getByRole('row').filter({ hasText: NEW_USER });
    await row.getByText('Văn phòng (thư ký)').waitFor();

    const first = await trySignIn(NEW_USER, FIRST_PASSWORD);
    expect(first.outcome).toBe('signed in');
    await first.page.getByText('Nguyễn Văn Mới').first().waitFor();
    // A clerk has no Administration menu.
    expect(await first.page.getByRole('link', { name: 'Quản trị' }).count()).toBe(0);
    expect(first.takeErrors()).toEqual([]);
    await first.context.close();

    // Grant: a member of the Tây Ninh delegation, found by typing without diacritics…
    await page.getByRole('button', { name: `Đổi vai trò của ${NEW_USER}` }).click();
    const member = page.getByRole('dialog', { name: `Đổi vai trò của ${NEW_USER}` });
    await member.getByLabel('Vai trò').click();
    await page.getByRole('option', { name: 'Thành viên đoàn' }).click();
    await member.getByLabel('Đoàn giám sát tham gia').fill('giam sat chuyen de');
    await page.getByRole('option', { name: /Đoàn giám sát chuyên đề/ }).click();
    await member.getByLabel('Lý do thay đổi').fill('Tham gia Đoàn giám sát (dữ liệu mẫu)');
    await member.getByRole('button', { name: 'Đổi vai trò' }).click();
    await member.waitFor({ state: 'detached' });
    await row.getByText('Thành viên đoàn').waitFor();

    // …then an agency officer of UBND tỉnh, picked by typing its name without diacritics.
    await page.getByRole('button', { name: `Đổi vai trò của ${NEW_USER}` }).click();
    const grant = page.getByRole('dialog', { name: `Đổi vai trò của ${NEW_USER}` });
    await grant.getByLabel('Vai trò').click();
    await page.getByRole('option', { name: 'Cơ quan được kiến nghị' }).click();
    await grant.getByLabel('Cơ quan, đơn vị').fill('tinh tay ninh');
    await page.getByRole('option', { name: 'Ủy ban nhân dân tỉnh Tây Ninh' }).click();
    await grant.getByLabel('Lý do thay đổi').fill('Chuyển sang Văn phòng UBND tỉnh (dữ liệu mẫu)');
    await shot(page, 'administration-grant-role');
    await expectAccessible(page);
    await grant.getByRole('button', { name: 'Đổi vai trò' }).click();
    await grant.waitFor({ state: 'detached' });
    await row.getByText('Cơ quan được kiến nghị').waitFor();
    await row.getByText('Ủy ban nhân dân tỉnh Tây Ninh').waitFor();

    const granted = await trySignIn(NEW_USER, FIRST_PASSWORD);
    expect(granted.outcome).toBe('signed in');
    await granted.page.getByText('Cơ quan được kiến nghị').first().waitFor();
    await granted.context.close();

    // Reset: the old password is refused after, the new one signs in.
    await page.getByRole('button', { name: `Đặt lại mật khẩu của ${NEW_USER}` }).click();
    const reset = page.getByRole('dialog', { name: `Đặt lại mật khẩu của ${NEW_USER}` });
    await reset.getByLabel('Mật khẩu mới').fill('ngan');
    await reset.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    await reset.getByText('Chưa lưu được: kiểm tra lại các mục sau').waitFor();
    expect(takeErrors(400)).toEqual([]);
    await reset.getByLabel('Mật khẩu mới').fill(SECOND_PASSWORD);
    await reset.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    await reset.waitFor({ state: 'detached' });

    const old = await trySignIn(NEW_USER, FIRST_PASSWORD);
    expect(old.outcome).toBe('refused');
    expect(old.takeErrors(401)).toEqual([]);
    await old.context.close();
    const renewed = await trySignIn(NEW_USER, SECOND_PASSWORD);
    expect(renewed.outcome).toBe('signed in');
    await renewed.context.close();

    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 120_000);

  it('disables an account: its open session goes to sign-in and it cannot sign in, until enabled again', async () => {
    const { context, page, takeErrors } = await asAdmin('Tài khoản');
    const users = page.getByTestId('users-table');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tạo tài khoản' });
    await dialog.getByLabel('Tên đăng nhập').fill(LEAVING_USER);
    await dialog.getByLabel('Họ tên hiển thị').fill('Trần Thị Nghỉ');
    await dialog.getByLabel('Vai trò').click();
    await page.getByRole('option', { name: 'Kiểm tra viên' }).click();
    await dialog.getByLabel('Mật khẩu ban đầu').fill(FIRST_PASSWORD);
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = users.getByRole('row').filter({ hasText: LEAVING_USER });
    await row.getByText('Đang hoạt động').waitFor();

    const leaving = await trySignIn(LEAVING_USER, FIRST_PASSWORD);
    expect(leaving.outcome).toBe('signed in');

    // No reason: refused beside the field, nothing sent.
    await page.getByRole('button', { name: `Khóa tài khoản ${LEAVING_USER}` }).click();
    const disable = page.getByRole('dialog', { name: `Khóa tài khoản ${LEAVING_USER}` });
    await disable.getByRole('button', { name: 'Khóa tài khoản' }).click();
    await disable.getByText('Chưa lưu được: kiểm tra lại các mục sau').waitFor();
    await disable.getByLabel('Lý do').fill('Nghỉ hưu từ 01/12/2026 (dữ liệu mẫu)');
    // Typing there takes the field's fault away (the next save checks it again).
    await disable.getByText('Lý do không được để trống.').first().waitFor({ state: 'detached' });
    await shot(page, 'administration-disable-user');
    await expectAccessible(page);
    await disable.getByRole('button', { name: 'Khóa tài khoản' }).click();
    await disable.waitFor({ state: 'detached' });
    await row.getByText('Đã khóa').waitFor();

    // The session already open ends on its next page: back to sign-in.
    await leaving.page.reload();
    await leaving.page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    expect(leaving.page.url()).toContain('/sign-in');
    expect(leaving.takeErrors(401)).toEqual([]);
    await leaving.context.close();
    const refused = await trySignIn(LEAVING_USER, FIRST_PASSWORD);
    expect(refused.outcome).toBe('refused');
    expect(refused.takeErrors(401)).toEqual([]);
    await refused.context.close();

    await page.getByRole('button', { name: `Mở khóa tài khoản ${LEAVING_USER}` }).click();
    const enable = page.getByRole('dialog', { name: `Mở khóa tài khoản ${LEAVING_USER}` });
    await enable.getByLabel('Lý do').fill('Tái tuyển dụng (dữ liệu mẫu)');
    await enable.getByRole('button', { name: 'Mở khóa' }).click();
    await enable.waitFor({ state: 'detached' });
    await row.getByText('Đang hoạt động').waitFor();
    const back = await trySignIn(LEAVING_USER, FIRST_PASSWORD);
    expect(back.outcome).toBe('signed in');
    await back.context.close();

    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 120_000);

  it('announces a day off and withdraws a make-up working day in the working calendar', async () => {
    const { context, page, takeErrors } = await asAdmin('Lịch làm việc');
    expect(page.url()).toBe(`${server.base}/administration/calendar`);
    const days = page.getByTestId('calendar-table');

    const announce = async (kind: string, date: string, basis: string) => {
      const form = page.getByRole('region', { name: 'Thông báo ngày' });
      await form.locator('label').filter({ hasText: kind }).click();
      expect(await form.getByRole('radio', { name: kind }).isChecked()).toBe(true);
      await page.getByRole('textbox', { name: 'Ngày' }).fill(date);
      await page.getByLabel('Căn cứ').fill(basis);
      await page.getByRole('button', { name: 'Thông báo ngày', exact: true }).click();
      await days.getByRole('row').filter({ hasText: date }).waitFor();
    };
    await announce('Ngày nghỉ', '02/01/2026', 'Thông báo 6150/TB-BNV (dữ liệu mẫu)');
    await announce('Ngày làm việc bù', '10/01/2026', 'Thông báo 6150/TB-BNV (dữ liệu mẫu)');
    const dayOff = days.getByRole('row').filter({ hasText: '02/01/2026' });
    await dayOff.getByText('Ngày nghỉ').waitFor();
    await dayOff.getByText('Thông báo 6150/TB-BNV (dữ liệu mẫu)').waitFor();
    await shot(page, 'administration-calendar-desktop');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Rút thông báo ngày 10/01/2026' }).click();
    const withdraw = page.getByRole('dialog', { name: 'Rút thông báo ngày 10/01/2026' });
    await withdraw.getByLabel('Lý do').fill('Thông báo được thay thế (dữ liệu mẫu)');
    await withdraw.getByRole('button', { name: 'Rút thông báo' }).click();
    await withdraw.waitFor({ state: 'detached' });
    await days.getByRole('row').filter({ hasText: '10/01/2026' }).waitFor({ state: 'detached' });
    await dayOff.waitFor();
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 90_000);

  it('refuses a webhook to this machine, registers one, and disables it', async () => {
    const { context, page, takeErrors } = await asAdmin('Webhook');
    expect(page.url()).toBe(`${server.base}/administration/webhooks`);
    await page.getByText('Chưa có webhook nào được đăng ký.').waitFor();

    await page.getByLabel('Địa chỉ nhận (URL)').fill('http://127.0.0.1:9/hdnd');
    await page.getByRole('button', { name: 'Đăng ký webhook' }).click();
    await page
      .getByText('trỏ tới máy chủ không được phép nhận webhook.', { exact: false })
      .first()
      .waitFor();
    await shot(page, 'administration-webhook-refused');
    await expectAccessible(page);
    expect(takeErrors(400)).toEqual([]);

    await page.getByLabel('Địa chỉ nhận (URL)').fill('http://localhost:9/hdnd');
    await page.getByRole('button', { name: 'Đăng ký webhook' }).click();
    await page.getByText('Sao chép khoá này ngay: hệ thống chỉ hiển thị một lần.').waitFor();
    expect((await page.getByTestId('webhook-secret').textContent())?.length).toBeGreaterThan(16);
    const row = page
      .getByTestId('webhooks-table')
      .getByRole('row')
      .filter({ hasText: 'localhost' });
    await row.getByText('Đang hoạt động').waitFor();
    await row.getByText('Mọi cơ quan, đơn vị').waitFor();
    await shot(page, 'administration-webhooks-desktop');
    await expectAccessible(page);

    await row.getByRole('button', { name: 'Tắt webhook http://localhost:9/hdnd' }).click();
    const disable = page.getByRole('dialog', { name: 'Tắt webhook' });
    await disable.getByLabel('Lý do').fill('Hệ thống nhận ngừng hoạt động (dữ liệu mẫu)');
    await disable.getByRole('button', { name: 'Tắt webhook' }).click();
    await disable.waitFor({ state: 'detached' });
    await row.getByText('Đã tắt').waitFor();
    expect(await row.getByRole('button', { name: /^Tắt webhook/ }).count()).toBe(0);

    await row
      .getByRole('button', { name: '0 lần gửi thất bại đến http://localhost:9/hdnd' })
      .click();
    await page.getByText('Chưa có lần gửi nào thất bại.').waitFor();
    await page.keyboard.press('Escape');
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 90_000);

  it('rebuilds the read models and follows the job to its end; runs the follow-up sweep', async () => {
    const { context, page, takeErrors } = await asAdmin('Tác vụ hệ thống');
    expect(page.url()).toBe(`${server.base}/administration/operations`);
    await page.getByRole('button', { name: 'Bắt đầu dựng lại' }).click();
    const progress = page.getByTestId('rebuild-progress');
    await progress.getByText('Đã dựng lại xong').waitFor({ timeout: 60_000 });
    await progress.getByText('100%').waitFor();
    await progress.getByText(/^Đã xử lý [\d.]+\/[\d.]+ sự kiện$/).waitFor();

    await page.getByRole('button', { name: 'Rà soát ngay' }).click();
    const report = page.getByTestId('sweep-report');
    await report.getByText(/^Đã rà soát cho ngày \d\d\/\d\d\/\d{4}$/).waitFor();
    await report.getByText(/^Số kiến nghị đã xem xét: \d+$/).waitFor();
    await shot(page, 'administration-operations-desktop');
    await expectAccessible(page);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 90_000);

  it('fits a phone’s width', async () => {
    const { context, page, takeErrors } = await asAdmin('Tài khoản', PHONE);
    await shot(page, 'administration-users-phone');
    await expectAccessible(page);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 60_000);

  it('shows no Administration menu to a clerk, and refuses the page by its address', async () => {
    const { context, page, takeErrors } = await openTab(browser);
    await page.goto(`${server.base}/sign-in`);
    await signInAs(page, 'thu-ky', server.password);
    await page.getByRole('heading', { name: 'Việc cần làm', level: 2 }).waitFor();
    expect(await page.getByRole('link', { name: 'Quản trị' }).count()).toBe(0);
    await page.goto(`${server.base}/administration/users`);
    await page
      .getByText('Tài khoản của bạn không có quyền thực hiện việc này', { exact: false })
      .waitFor();
    expect(await page.getByTestId('users-table').count()).toBe(0);
    await shot(page, 'administration-refused-clerk');
    await expectAccessible(page);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 60_000);
});
