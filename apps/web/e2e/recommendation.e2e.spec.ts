import type { Browser, Page } from 'playwright-core';
import { ids } from '@hdnd/testing';
import { browserAvailable, launchChromium } from './browser';
import { startConsole } from './console-server';
import { accessibilityViolations, openTab, PHONE, shot, signIn as signInAs } from './page-checks';

/*
 * The recommendation page, the heart of the console: the Tây Ninh case's timeline as the
 * secretariat reads it, then a new recommendation to UBND tỉnh walked through the forms — the
 * agency's response, the assessment, progress, completion with evidence, verification — with a
 * conflict between two browsers, a double click, another agency's case refused, and English.
 */

const describeInBrowser = browserAvailable() ? describe : describe.skip;

const DAY_MS = 86_400_000;
/** A date so many days from today in Việt Nam (YYYY-MM-DD): the API refuses dates ahead of today. */
const dayFromToday = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(
    new Date(Date.now() + days * DAY_MS),
  );
const ddmmyyyy = (date: string) => date.split('-').reverse().join('/');

/** The recommendation the test walks, addressed to UBND tỉnh; and one to the city's UBND. */
const WALKED = 'kn-e2e-trang-kien-nghi';
const CITY_CASE = 'kn-e2e-thanh-pho';
const WALKED_TEXT = 'Đề nghị UBND tỉnh công khai kết quả đồng bộ dữ liệu VNeID (kiểm thử)';
const COMMITMENT_DUE = dayFromToday(60);
const EXTENDED_DUE = dayFromToday(90);

describeInBrowser('the recommendation page in Chromium', () => {
  let server: Awaited<ReturnType<typeof startConsole>>;
  let browser: Browser;

  /** The clerk's token, for what the test prepares through the API. */
  const clerkToken = async () => {
    const login = await fetch(`${server.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'thu-ky', password: server.password }),
    });
    return ((await login.json()) as { accessToken: string }).accessToken;
  };

  /** The deadline sweep, run now: the Tây Ninh commitment of 31/12/2024 is recorded missed. */
  const sweep = async () => {
    const res = await fetch(`${server.base}/api/admin/follow-up/sweep`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await clerkToken()}` },
    });
    if (res.status !== 200) throw new Error(`the sweep: ${res.status} ${await res.text()}`);
  };

  /** Issues a recommendation through the API, as the clerk's delegation page would. */
  const issue = async (id: string, addresseeAgencyId: string, text: string) => {
    const accessToken = await clerkToken();
    const res = await fetch(`${server.base}/api/delegations/${ids.delegation}/recommendations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({
        id,
        addresseeAgencyId,
        text,
        findingIds: [ids.vneidFinding],
        issuedOn: dayFromToday(-20),
        responseDueOn: dayFromToday(20),
      }),
    });
    if (res.status !== 201) throw new Error(`issuing ${id}: ${res.status} ${await res.text()}`);
  };

  beforeAll(async () => {
    server = await startConsole();
    browser = await launchChromium();
    await sweep();
    await issue(WALKED, ids.province, WALKED_TEXT);
    await issue(CITY_CASE, ids.city, 'Đề nghị UBND thành phố rà soát dữ liệu (kiểm thử)');
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh tab signed in as `username`, on the recommendation `id`. */
  const openCase = async (username: string, id: string, viewport?: typeof PHONE) => {
    const tab = await openTab(browser, viewport);
    await tab.page.goto(`${server.base}/recommendations/${id}`);
    await signInAs(tab.page, username, server.password);
    await tab.page.waitForURL(`${server.base}/recommendations/${id}`);
    return tab;
  };

  const timelineSteps = (page: Page, type: string) =>
    page.locator(`section[aria-labelledby="timeline-heading"] [data-step="${type}"]`);

  /** Opens the form of one action, fills it with `fill`, saves, and waits for it to close. */
  const act = async (
    page: Page,
    action: string,
    fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
  ) => {
    await page.getByRole('button', { name: action, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: action });
    await dialog.waitFor();
    await fill(dialog);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
  };

  it('shows the secretariat the Tây Ninh recommendation from the survey to the response', async () => {
    const { context, page, takeErrors } = await openCase('thu-ky', ids.recommendation);
    await page.getByRole('heading', { level: 2, name: /khôi phục dữ liệu cá nhân/ }).waitFor();
    const timeline = page.locator('section[aria-labelledby="timeline-heading"]');
    await timeline.getByText('Khảo sát', { exact: true }).waitFor();
    for (const step of ['Kết quả giám sát', 'Ban hành kiến nghị', 'Ghi nhận văn bản trả lời'])
      await timeline.getByText(step, { exact: true }).waitFor();
    await timeline.getByText('02/04/2024').first().waitFor();
    await timeline.getByText('Căn cứ Luật số 87/2015/QH13').waitFor();
    // The sweep recorded the missed commitment deadline.
    await timeline.getByText('Hạn cam kết ngày 31/12/2024 đã qua').waitFor();
    await timeline.getByText(/Hệ thống \(tự động theo dõi hạn\)/).waitFor();
    await page.getByText('Ủy ban nhân dân tỉnh Tây Ninh').first().waitFor();
    await page.getByRole('link', { name: /Đoàn giám sát chuyên đề/ }).waitFor();
    await page.getByText(/Nghị quyết số 135\/NQ-HĐND ngày 08\/12\/2023/).waitFor();
    // The response is recorded and not yet assessed: the clerk's next step stands first.
    await page.getByRole('button', { name: 'Đánh giá văn bản trả lời' }).waitFor();
    expect(await page.getByRole('button', { name: 'Ghi nhận văn bản trả lời' }).count()).toBe(0);
    await shot(page, 'recommendation-tay-ninh-desktop');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 60_000);

  it('lets UBND tỉnh’s officer record a response on a phone: accepted, with a commitment and its date, once for a double click', async () => {
    const { context, page, takeErrors } = await openCase('vp.ubnd-tinh', WALKED, PHONE);
    await page.getByRole('heading', { level: 2, name: WALKED_TEXT }).waitFor();
    await page.getByText('Chờ trả lời', { exact: true }).waitFor();
    // The officer is offered the answer only: no assessment, extension or escalation.
    const buttons = page.locator('section[aria-labelledby="actions-heading"] button');
    expect(await buttons.allInnerTexts()).toEqual(['Ghi nhận văn bản trả lời']);
    await shot(page, 'recommendation-agency-phone');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Ghi nhận văn bản trả lời' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ghi nhận văn bản trả lời' });
    await dialog.waitFor();
    // A rejection needs its explanation: said beside the field, nothing sent.
    await dialog.getByLabel('Không tiếp thu (có giải trình)').check();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.getByText('Không tiếp thu thì phải có giải trình: nhập lý do.').waitFor();
    await dialog.getByLabel('Tiếp thu', { exact: true }).check();
    await dialog
      .getByLabel('Nội dung trả lời')
      .fill('UBND tỉnh tiếp thu, giao Sở Thông tin và Truyền thông công khai kết quả.');
    await dialog.getByRole('button', { name: 'Thêm dòng' }).click();
    await dialog
      .getByLabel('Nội dung cam kết 1')
      .fill('Công khai kết quả trên cổng thông tin của tỉnh');
    await dialog.getByLabel('Hạn hoàn thành cam kết 1').fill(ddmmyyyy(COMMITMENT_DUE));
    await dialog.getByLabel('Hạn hoàn thành cam kết 1').press('Tab');
    await shot(page, 'recommendation-response-form-phone');
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Lưu' }).dblclick();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Đã lưu.').waitFor();
    await timelineSteps(page, 'ResponseRecorded').waitFor();
    expect(await timelineSteps(page, 'ResponseRecorded').count()).toBe(1);
    await page
      .getByText(
        `Cam kết: Công khai kết quả trên cổng thông tin của tỉnh — hạn ${ddmmyyyy(COMMITMENT_DUE)}`,
      )
      .waitFor();
    await page.getByText('Tiếp thu', { exact: true }).first().waitFor();
    await shot(page, 'recommendation-agency-answered-phone');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 90_000);

  it('has the secretariat assess it, then keeps the officer’s typed progress through a conflict and records it on the second save', async () => {
    const clerk = await openCase('thu-ky', WALKED);
    await act(clerk.page, 'Đánh giá văn bản trả lời', async (dialog) => {
      await dialog.getByLabel('Đáp ứng yêu cầu', { exact: true }).check();
      await dialog.getByLabel(/Nhận xét/).fill('Văn bản trả lời đáp ứng yêu cầu.');
    });
    await timelineSteps(clerk.page, 'ResponseAssessed').waitFor();

    // The officer opens the progress form and types; meanwhile the clerk moves the commitment's deadline.
    const officer = await openCase('vp.ubnd-tinh', WALKED);
    await officer.page.getByRole('button', { name: 'Báo cáo tiến độ' }).click();
    const dialog = officer.page.getByRole('dialog', { name: 'Báo cáo tiến độ' });
    const typed = 'Đã đăng 2 trong 3 nhóm kết quả trên cổng thông tin.';
    await dialog.getByLabel('Kết quả đã thực hiện').fill(typed);
    await dialog.getByLabel(/Tỷ lệ hoàn thành/).fill('60');

    await act(clerk.page, 'Gia hạn', async (extension) => {
      await extension.getByLabel('Hạn mới').fill(ddmmyyyy(EXTENDED_DUE));
      await extension.getByLabel('Hạn mới').press('Tab');
      await extension.getByLabel('Lý do gia hạn').fill('Chờ Bộ Công an đồng bộ dữ liệu');
      await extension.getByLabel('Người duyệt gia hạn').fill('Phó Chủ tịch HĐND tỉnh');
    });
    await timelineSteps(clerk.page, 'DeadlineExtended').waitFor();
    // The original date stays, struck through, beside the new one.
    await clerk.page
      .locator('s', { hasText: ddmmyyyy(COMMITMENT_DUE) })
      .first()
      .waitFor();
    await shot(clerk.page, 'recommendation-extended-desktop');
    expect(await accessibilityViolations(clerk.page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.getByText('Hồ sơ vừa được người khác thay đổi').waitFor();
    await dialog.getByText('Thay đổi kể từ khi bạn mở biểu mẫu').waitFor();
    await dialog.getByText(/Gia hạn — Thư ký HĐND tỉnh Tây Ninh/).waitFor();
    expect(await dialog.getByLabel('Kết quả đã thực hiện').inputValue()).toBe(typed);
    await shot(officer.page, 'recommendation-conflict-desktop');
    expect(await accessibilityViolations(officer.page)).toEqual([]);
    expect(officer.takeErrors(412)).toEqual([]);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await timelineSteps(officer.page, 'ProgressReported').waitFor();
    await officer.page.getByText(typed).waitFor();
    await officer.page.getByText('Tiến độ: 60%').waitFor();
    expect(officer.takeErrors()).toEqual([]);
    expect(clerk.takeErrors()).toEqual([]);
    await officer.context.close();
    await clerk.context.close();
  }, 120_000);

  it('takes the completion with its evidence from the officer, the verification from the clerk, a reopening, a reminder, and English', async () => {
    const officer = await openCase('vp.ubnd-tinh', WALKED);
    await act(officer.page, 'Báo cáo hoàn thành', async (dialog) => {
      await dialog
        .getByLabel('Kết quả thực hiện')
        .fill('Đã công khai toàn bộ kết quả đồng bộ dữ liệu.');
      await dialog.getByLabel('Tên tài liệu 1').fill('Báo cáo kết quả công khai dữ liệu');
      await dialog.getByLabel('Số, ký hiệu hoặc đường dẫn 1').fill('456/BC-UBND');
    });
    await timelineSteps(officer.page, 'CompletionReported').waitFor();
    await officer.page
      .getByText(
        'Tài liệu minh chứng: Báo cáo kết quả công khai dữ liệu (số, ký hiệu: 456/BC-UBND)',
      )
      .waitFor();
    expect(
      await officer.page.locator('section[aria-labelledby="actions-heading"] button').count(),
    ).toBe(0);
    expect(officer.takeErrors()).toEqual([]);
    await officer.context.close();

    const clerk = await openCase('thu-ky', WALKED);
    await act(clerk.page, 'Xác minh, kết thúc theo dõi', async (dialog) => {
      await dialog.getByLabel('Đã thực hiện', { exact: true }).check();
      await dialog.getByLabel('Đánh giá của đoàn').fill('Đoàn xác minh: đã thực hiện đầy đủ.');
    });
    await timelineSteps(clerk.page, 'RecommendationClosed').waitFor();
    const order = await clerk.page
      .locator('section[aria-labelledby="timeline-heading"] [data-step]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-step')));
    // Reminders from a scheduled sweep may come in between; the steps taken here are in order.
    expect(order.filter((step) => step !== 'ReminderIssued' && step !== 'DeadlineMissed')).toEqual([
      'survey',
      'finding',
      'RecommendationIssued',
      'ResponseRecorded',
      'ResponseAssessed',
      'DeadlineExtended',
      'ProgressReported',
      'CompletionReported',
      'RecommendationClosed',
    ]);
    await clerk.page.getByText('Đã thực hiện', { exact: true }).first().waitFor();
    // Closed: only reopening is left.
    expect(
      await clerk.page.locator('section[aria-labelledby="actions-heading"] button').allInnerTexts(),
    ).toEqual(['Mở lại theo dõi']);
    await shot(clerk.page, 'recommendation-closed-desktop');
    expect(await accessibilityViolations(clerk.page)).toEqual([]);

    // Reopened with its reason, then a first reminder sent: both on the timeline.
    await act(clerk.page, 'Mở lại theo dõi', async (dialog) => {
      await dialog.getByLabel('Lý do mở lại').fill('Người dân phản ánh dữ liệu vẫn chưa đủ.');
    });
    await timelineSteps(clerk.page, 'RecommendationReopened').waitFor();
    await clerk.page.getByText('Lý do: Người dân phản ánh dữ liệu vẫn chưa đủ.').waitFor();
    await act(clerk.page, 'Đôn đốc, xử lý tiếp', async (dialog) => {
      await dialog.getByLabel('Hình thức đôn đốc, xử lý').selectOption('first-reminder');
      await dialog.getByLabel('Văn bản, nội dung đôn đốc').fill('Công văn số 12/HĐND-VP đôn đốc.');
    });
    await timelineSteps(clerk.page, 'RecommendationEscalated').waitFor();
    await clerk.page.getByText('Nội dung: Công văn số 12/HĐND-VP đôn đốc.').waitFor();
    await clerk.page.getByText('Đôn đốc lần 1').first().waitFor();
    await shot(clerk.page, 'recommendation-reopened-desktop');
    expect(await accessibilityViolations(clerk.page)).toEqual([]);

    // In English, the same page in English words.
    await clerk.page.getByText('English', { exact: true }).click();
    await clerk.page.getByRole('heading', { name: 'Timeline', level: 3 }).waitFor();
    await clerk.page.getByText('In progress', { exact: true }).first().waitFor();
    await clerk.page.getByText('First reminder', { exact: true }).first().waitFor();
    await clerk.page.getByRole('button', { name: 'Verify and close' }).waitFor();
    await clerk.page.getByText('Response due', { exact: true }).waitFor();
    expect(await clerk.page.getByText('Diễn biến').count()).toBe(0);
    await shot(clerk.page, 'recommendation-closed-desktop-en');
    expect(await accessibilityViolations(clerk.page)).toEqual([]);
    expect(clerk.takeErrors()).toEqual([]);
    await clerk.context.close();
  }, 120_000);

  it('refuses UBND tỉnh’s officer another agency’s recommendation, in plain words', async () => {
    const { context, page, takeErrors } = await openCase('vp.ubnd-tinh', CITY_CASE, PHONE);
    await page.getByText(/không thuộc cơ quan, đơn vị của bạn/).waitFor();
    expect(await page.getByText('Rà soát dữ liệu', { exact: false }).count()).toBe(0);
    await page.getByRole('link', { name: 'Về danh sách kiến nghị' }).waitFor();
    await shot(page, 'recommendation-refused-phone');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(takeErrors(403)).toEqual([]);
    await context.close();
  }, 60_000);
});
