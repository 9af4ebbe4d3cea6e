import type { Browser, Page } from 'playwright-core';
import { ids } from '@hdnd/testing';
import { browserAvailable, launchChromium } from './browser';
import { startConsole } from './console-server';
import { accessibilityViolations, openTab, PHONE, shot, signIn as signInAs } from './page-checks';

/*
 * The sources of follow-up items besides delegations, as the council's office records them: an
 * explanation session (the issue, the agency explaining, its conclusion, what it asks) and a
 * supervision by the Standing Committee outside a delegation; then the dashboard by source.
 */

const describeInBrowser = browserAvailable() ? describe : describe.skip;

const ISSUE = 'Tiến độ giải ngân vốn đầu tư công năm 2025 của tỉnh';
const CONCLUSION =
  'Đề nghị Ủy ban nhân dân tỉnh khẩn trương tháo gỡ vướng mắc về giải phóng mặt bằng, báo cáo kết quả trước ngày 30/9/2025.';
const SESSION_ITEM =
  'Báo cáo kết quả tháo gỡ vướng mắc giải phóng mặt bằng các dự án chậm giải ngân';
const TOPIC = 'Việc giải quyết hồ sơ đất đai quá hạn tại thành phố Tây Ninh';
const SUPERVISION_ITEM =
  'Rà soát, giải quyết dứt điểm các hồ sơ cấp giấy chứng nhận quyền sử dụng đất quá hạn';

describeInBrowser('explanation sessions and committee supervision in Chromium', () => {
  let server: Awaited<ReturnType<typeof startConsole>>;
  let browser: Browser;
  /** Where the session's and the supervision's pages are, once the clerk has recorded them. */
  let sessionPath = '';
  let supervisionPath = '';

  beforeAll(async () => {
    server = await startConsole();
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const signIn = async (page: Page, username: string) => {
    await page.goto(`${server.base}/sign-in`);
    await signInAs(page, username, server.password);
    await page.getByRole('heading', { name: 'Việc cần làm', level: 2 }).waitFor();
  };

  /** Picks an option of a Mantine select by typing into it, as a clerk does. */
  const pick = async (page: Page, label: string, typed: string, option: string) => {
    const input = page.locator('input').and(page.getByLabel(label, { exact: true }));
    await input.click();
    if (typed !== '') await input.fill(typed);
    await page.getByRole('option', { name: option, exact: true }).click();
  };

  /** Types a date as a clerk does, dd/mm/yyyy, and closes the calendar that opened. */
  const fillDate = async (page: Page, label: string, date: string) => {
    await page
      .locator('input')
      .and(page.getByLabel(label, { exact: true }))
      .fill(date);
    await page.keyboard.press('Escape');
  };

  const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

  /**
   * The secretariat puts the Tây Ninh recommendation before the session, as its own page does
   * (that form is the recommendation page's, tested there): the session's agenda.
   */
  const escalateToSession = async (sessionId: string) => {
    const login = await fetch(`${server.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'thu-ky', password: server.password }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const res = await fetch(`${server.base}/api/recommendations/${ids.recommendation}/escalation`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${accessToken}`,
        'idempotency-key': `escalate-${sessionId}`,
      },
      body: JSON.stringify({
        step: 'explanation-session',
        note: 'Đưa ra phiên giải trình về dữ liệu VNeID',
        sessionId,
      }),
    });
    if (res.status !== 200) throw new Error(`escalation answered ${res.status}`);
  };

  it('records an explanation session, its conclusion and an item, as the secretariat', async () => {
    const { context, page, takeErrors } = await openTab(browser);
    await signIn(page, 'thu-ky');

    await page.getByRole('navigation').getByRole('link', { name: 'Phiên giải trình' }).click();
    await page.getByRole('heading', { name: 'Phiên giải trình', level: 2 }).waitFor();
    await page.getByText('Có 0 phiên giải trình.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Ghi nhận phiên giải trình' }).click();
    await page.waitForURL(`${server.base}/explanation-sessions/new`);
    // Nothing typed: the form says what is missing, in Vietnamese, before sending anything.
    await page.getByRole('button', { name: 'Ghi nhận phiên' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Chưa lưu được' });
    await summary.getByText('Vấn đề được giải trình không được để trống.').waitFor();
    await summary.getByText('Ngày tổ chức phiên là thông tin bắt buộc.').waitFor();
    await shot(page, 'explanation-session-new-errors');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Vấn đề được giải trình').fill(ISSUE);
    await pick(page, 'Cơ quan giải trình', 'tinh tay ninh', 'Ủy ban nhân dân tỉnh Tây Ninh');
    await fillDate(page, 'Ngày tổ chức phiên', '15/07/2025');
    // Held by a committee, which must then be named; a deputy is not offered.
    await page.getByRole('combobox', { name: 'Chủ thể giám sát' }).click();
    expect(await page.getByRole('option', { name: 'Đại biểu Hội đồng nhân dân' }).count()).toBe(0);
    await page.getByRole('option', { name: 'Ban của Hội đồng nhân dân' }).click();
    await page.getByLabel('Tên Ban, Tổ đại biểu hoặc đại biểu').fill('Ban Kinh tế - Ngân sách');
    await shot(page, 'explanation-session-new-filled');
    await page.getByRole('button', { name: 'Ghi nhận phiên' }).click();
    await page.waitForURL(/\/explanation-sessions\/[0-9a-f-]{36}$/);
    sessionPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: ISSUE, level: 2 }).waitFor();
    await escalateToSession(sessionPath.split('/').pop() as string);
    await page.reload();
    await section(page, 'Kiến nghị đưa ra phiên giải trình')
      .getByRole('link', { name: /VNeID/ })
      .waitFor();
    await page
      .getByText('Ban Kinh tế - Ngân sách — Ban của Hội đồng nhân dân (Cấp tỉnh)')
      .waitFor();
    await page.getByText('15/07/2025').waitFor();
    // No item before the conclusion: the page says so and offers no form for one.
    await section(page, 'Nội dung theo dõi')
      .getByText('Các nội dung theo dõi được đưa vào sau khi có kết luận phiên giải trình.')
      .waitFor();
    expect(await page.getByRole('button', { name: 'Thêm nội dung theo dõi' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Ghi nhận kết luận' }).click();
    await fillDate(page, 'Ngày kết luận', '20/07/2025');
    await page.getByLabel('Nội dung kết luận').fill(CONCLUSION);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ghi nhận kết luận' }).click();
    const conclusion = section(page, 'Kết luận phiên giải trình');
    await conclusion.getByText('Kết luận ngày 20/07/2025').waitFor();
    await conclusion.getByText(CONCLUSION).waitFor();
    await page.getByText('Đã kết luận', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Thêm nội dung theo dõi' }).click();
    await pick(page, 'Cơ quan thực hiện', 'tinh tay ninh', 'Ủy ban nhân dân tỉnh Tây Ninh');
    await page.getByLabel('Nội dung yêu cầu').fill(SESSION_ITEM);
    // It carries on the case put before the session.
    await page
      .locator('input')
      .and(page.getByLabel('Tiếp tục theo dõi kiến nghị (không bắt buộc)', { exact: true }))
      .click();
    await page.getByRole('option', { name: /VNeID/ }).click();
    await fillDate(page, 'Hạn báo cáo', '30/09/2025');
    await fillDate(page, 'Ngày ban hành (không bắt buộc)', '25/07/2025');
    await shot(page, 'explanation-session-item-form');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Đưa vào theo dõi' }).click();
    const items = section(page, 'Nội dung theo dõi');
    await items.getByRole('heading', { name: 'Nội dung theo dõi (1)' }).waitFor();
    await items.getByRole('link', { name: SESSION_ITEM }).waitFor();
    await items.getByText('Hạn báo cáo: 30/09/2025', { exact: false }).waitFor();
    await shot(page, 'explanation-session');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The list has it, concluded.
    await page.getByRole('link', { name: '← Phiên giải trình' }).click();
    await page.getByText('Có 1 phiên giải trình.').waitFor();
    await page.getByRole('listitem').filter({ hasText: ISSUE }).getByText('Đã kết luận').waitFor();
    await shot(page, 'explanation-sessions-list');

    // The item is a case of the register, with its own page.
    await page.goto(`${server.base}${sessionPath}`);
    await page.getByRole('link', { name: SESSION_ITEM }).click();
    await page.waitForURL(/\/recommendations\/[0-9a-f-]{36}$/);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 120_000);

  it('starts a supervision by the Standing Committee, follows up an item, concludes it', async () => {
    const { context, page, takeErrors } = await openTab(browser);
    await signIn(page, 'thu-ky');

    await page
      .getByRole('navigation')
      .getByRole('link', { name: 'Giám sát của Thường trực, Ban' })
      .click();
    await page.getByRole('heading', { name: 'Giám sát của Thường trực, Ban', level: 2 }).waitFor();
    await page.getByRole('link', { name: 'Bắt đầu giám sát' }).click();
    await page.waitForURL(`${server.base}/committee-supervisions/new`);
    await page.getByLabel('Nội dung giám sát').fill(TOPIC);
    await fillDate(page, 'Ngày bắt đầu giám sát', '01/08/2025');
    await shot(page, 'committee-supervision-new');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Bắt đầu giám sát' }).click();
    await page.waitForURL(/\/committee-supervisions\/[0-9a-f-]{36}$/);
    supervisionPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: TOPIC, level: 2 }).waitFor();
    await page.getByText('Thường trực Hội đồng nhân dân (Cấp tỉnh)').waitFor();

    // What it asks may be followed up before its conclusion.
    await page.getByRole('button', { name: 'Thêm nội dung theo dõi' }).click();
    await pick(page, 'Cơ quan thực hiện', 'thanh pho', 'Ủy ban nhân dân thành phố Tây Ninh');
    await page.getByLabel('Nội dung yêu cầu').fill(SUPERVISION_ITEM);
    await fillDate(page, 'Hạn báo cáo', '31/10/2025');
    await fillDate(page, 'Ngày ban hành (không bắt buộc)', '05/08/2025');
    await page.getByRole('button', { name: 'Đưa vào theo dõi' }).click();
    await section(page, 'Nội dung theo dõi')
      .getByRole('link', { name: SUPERVISION_ITEM })
      .waitFor();

    await page.getByRole('button', { name: 'Ghi nhận kết luận' }).click();
    await fillDate(page, 'Ngày kết luận', '15/08/2025');
    await page
      .getByLabel('Nội dung kết luận')
      .fill('Yêu cầu Ủy ban nhân dân thành phố giải quyết dứt điểm hồ sơ quá hạn trong quý IV.');
    await page.getByRole('button', { name: 'Ghi nhận kết luận' }).click();
    await section(page, 'Kết luận giám sát').getByText('Kết luận ngày 15/08/2025').waitFor();
    await shot(page, 'committee-supervision');
    expect(await accessibilityViolations(page)).toEqual([]);

    // In English, the same page in the council's English words.
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Items followed up (1)' }).waitFor();
    await page.getByText("Standing Committee of the People's Council (Province)").waitFor();
    await shot(page, 'committee-supervision-en');
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 120_000);

  it('shows both pages at a phone’s width, and to an auditor without forms', async () => {
    const { context, page, takeErrors } = await openTab(browser, PHONE);
    await page.goto(`${server.base}${sessionPath}`);
    await signInAs(page, 'kiem-toan', server.password);
    await page.getByRole('heading', { name: ISSUE, level: 2 }).waitFor();
    await page.getByRole('link', { name: SESSION_ITEM }).waitFor();
    expect(await page.getByRole('button', { name: 'Thêm nội dung theo dõi' }).count()).toBe(0);
    await shot(page, 'explanation-session-phone');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.goto(`${server.base}${supervisionPath}`);
    await page.getByRole('heading', { name: TOPIC, level: 2 }).waitFor();
    await page.getByRole('link', { name: SUPERVISION_ITEM }).waitFor();
    await shot(page, 'committee-supervision-phone');
    await page.goto(`${server.base}/committee-supervisions`);
    await page.getByText('Có 1 cuộc giám sát.').waitFor();
    await shot(page, 'committee-supervisions-list-phone');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 90_000);

  it('filters the dashboard by source, and its report says so', async () => {
    const { context, page, takeErrors } = await openTab(browser);
    await page.goto(`${server.base}/dashboard`);
    await signInAs(page, 'thu-ky', server.password);
    // The delegation's recommendation and the two items just followed up.
    await page.getByRole('link', { name: 'Tổng số kiến nghị 3' }).waitFor();
    await pick(page, 'Nguồn kiến nghị', '', 'Phiên giải trình');
    await page.getByRole('link', { name: 'Tổng số kiến nghị 1' }).waitFor();
    expect(new URL(page.url()).searchParams.get('sourceKind')).toBe('explanation-session');
    await page.getByText('Theo bộ lọc đang chọn: Phiên giải trình.').waitFor();
    await shot(page, 'dashboard-by-source');
    expect(await accessibilityViolations(page)).toEqual([]);

    await pick(page, 'Nguồn kiến nghị', '', 'Giám sát của Thường trực, Ban');
    await pick(page, 'Chủ thể giám sát', '', 'Thường trực Hội đồng nhân dân');
    await page.getByRole('link', { name: 'Tổng số kiến nghị 1' }).waitFor();
    await pick(page, 'Cấp Hội đồng nhân dân', '', 'Cấp xã');
    await page.getByRole('link', { name: 'Tổng số kiến nghị 0' }).waitFor();
    await page
      .getByText(
        'Theo bộ lọc đang chọn: Giám sát của Thường trực, Ban · Thường trực Hội đồng nhân dân · Cấp xã.',
      )
      .waitFor();
    await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    await page.getByRole('link', { name: 'Tổng số kiến nghị 3' }).waitFor();
    expect(takeErrors()).toEqual([]);
    await context.close();

    const phone = await openTab(browser, PHONE);
    await phone.page.goto(`${server.base}/dashboard?sourceKind=delegation`);
    await signInAs(phone.page, 'thu-ky', server.password);
    await phone.page.getByRole('link', { name: 'Tổng số kiến nghị 1' }).waitFor();
    await shot(phone.page, 'dashboard-by-source-phone');
    expect(phone.takeErrors()).toEqual([]);
    await phone.context.close();
  }, 120_000);
});
