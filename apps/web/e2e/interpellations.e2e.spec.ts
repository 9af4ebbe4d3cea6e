import type { Browser, Page } from 'playwright-core';
import { ids } from '@hdnd/testing';
import { browserAvailable, launchChromium } from './browser';
import { startConsole } from './console-server';
import { accessibilityViolations, openTab, PHONE, shot, signIn as signInAs } from './page-checks';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/** A session modelled on the API's own example (interpellations.e2e.spec.ts), a year on. */
const TITLE = 'Phiên chất vấn về cải cách hành chính và chuyển đổi số';
const MEETING = 'Kỳ họp thứ 24, HĐND tỉnh Tây Ninh khóa X';
const ASKED_BY = 'Đại biểu Nguyễn Văn A, Tổ đại biểu thành phố Tây Ninh';
const ANSWERER = 'Trần Văn B';
const QUESTION = 'Khi nào dữ liệu của người dân được khôi phục sau khi chuyển sang VNeID?';
const ANSWER = 'UBND tỉnh cam kết hoàn thành việc đồng bộ dữ liệu trước ngày 31/3/2027.';
const ITEM =
  'Hoàn thành đồng bộ dữ liệu tài khoản dịch vụ công sang VNeID (cam kết tại phiên chất vấn)';

/** A delegation member: reads the sessions, records nothing of them. */
const MEMBER = { username: 'thanh-vien-cv', displayName: 'Đại biểu HĐND tỉnh', role: 'member' };

describeInBrowser('the interpellation pages in Chromium', () => {
  let server: Awaited<ReturnType<typeof startConsole>>;
  let browser: Browser;
  /** The session's page, and its item's, once the clerk has recorded them. */
  let sessionPath = '';
  let itemPath = '';

  /** A token of someone the demo knows, for what the test does through the API itself. */
  const tokenOf = async (username: string) => {
    const login = await fetch(`${server.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: server.password }),
    });
    return ((await login.json()) as { accessToken: string }).accessToken;
  };

  beforeAll(async () => {
    server = await startConsole();
    browser = await launchChromium();
    const accessToken = await tokenOf('admin');
    const created = await fetch(`${server.base}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({ ...MEMBER, password: server.password }),
    });
    if (created.status !== 201) throw new Error(`POST /api/users answered ${created.status}`);
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

  /** Picks an option of a Mantine select, typing into it first when it is searched. */
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
   * The page's picture from its top, the "Đã lưu." notices dismissed: in a full-page picture
   * the fixed header and the notices would otherwise sit over whatever was scrolled to.
   */
  const look = async (page: Page, name: string) => {
    await page.evaluate(`{
      for (const close of document.querySelectorAll('.mantine-Notification-closeButton')) close.click();
      window.scrollTo(0, 0);
    }`);
    await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached' });
    await shot(page, name);
  };

  /** Whether the page is as wide as the window: nothing runs off a phone's screen. */
  const fitsWidth = async (page: Page) =>
    (await page.evaluate('document.documentElement.scrollWidth')) as number;

  it('records a session, a question, the resolution and an item, then finds the item by its source', async () => {
    const { context, page, takeErrors } = await openTab(browser);
    await signIn(page, 'thu-ky');

    await page.getByRole('navigation').getByRole('link', { name: 'Phiên chất vấn' }).click();
    await page.getByRole('heading', { name: 'Phiên chất vấn', level: 2 }).waitFor();
    await page.getByText('Có 0 phiên chất vấn.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Ghi nhận phiên chất vấn', exact: true }).click();
    await page.waitForURL(`${server.base}/interpellations/new`);
    await page.getByRole('heading', { name: 'Ghi nhận phiên chất vấn', level: 2 }).waitFor();

    // Nothing typed: the sentences in Vietnamese, on top and beside each field; nothing sent.
    await page.getByRole('button', { name: 'Ghi nhận phiên chất vấn' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Chưa lưu được' });
    await summary
      .getByText(/Kỳ họp/)
      .first()
      .waitFor();
    await summary.getByText('Ngày tổ chức phiên là thông tin bắt buộc.').first().waitFor();
    await look(page, 'interpellation-new-errors');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel('Tên phiên chất vấn').fill(TITLE);
    await page.getByLabel('Kỳ họp').fill(MEETING);
    await fillDate(page, 'Ngày tổ chức phiên', '02/12/2026');
    await look(page, 'interpellation-new-filled');
    await page.getByRole('button', { name: 'Ghi nhận phiên chất vấn' }).click();
    await page.waitForURL(/\/interpellations\/[0-9a-f-]{36}$/);
    sessionPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: TITLE, level: 2 }).waitFor();
    await page.getByText(MEETING).waitFor();
    await page.getByText('02/12/2026').waitFor();
    await page.getByText('Hội đồng nhân dân (Cấp tỉnh)').waitFor();
    await page.getByText('Chưa ghi nhận câu hỏi nào.').waitFor();

    // A question and its answer, from the minutes.
    await page.getByRole('button', { name: 'Thêm câu hỏi chất vấn' }).click();
    await page.getByLabel('Đại biểu chất vấn').fill(ASKED_BY);
    await page.getByLabel('Họ và tên người trả lời').fill(ANSWERER);
    await page
      .getByLabel('Chức vụ người trả lời')
      .fill('Giám đốc Sở Khoa học và Công nghệ tỉnh Tây Ninh');
    await pick(page, 'Cơ quan trả lời', 'tinh tay ninh', 'Ủy ban nhân dân tỉnh Tây Ninh');
    await page.getByLabel('Câu hỏi', { exact: true }).fill(QUESTION);
    await page.getByLabel('Trả lời', { exact: true }).fill(ANSWER);
    // The day starts as the session's.
    expect(
      await page
        .locator('input')
        .and(page.getByLabel('Ngày chất vấn câu hỏi (không bắt buộc)', { exact: true }))
        .inputValue(),
    ).toBe('02/12/2026');
    await look(page, 'interpellation-question-form');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ghi nhận câu hỏi' }).click();
    const questions = section(page, 'Câu hỏi và trả lời');
    await questions.getByText(QUESTION).waitFor();
    await questions.getByText(ANSWER).waitFor();
    await questions
      .getByText(`${ANSWERER}, Giám đốc Sở Khoa học và Công nghệ tỉnh Tây Ninh`)
      .waitFor();
    await questions.getByText('Ủy ban nhân dân tỉnh Tây Ninh').waitFor();

    // The resolution after the session.
    await page.getByRole('button', { name: 'Ghi nhận nghị quyết' }).click();
    await page.getByLabel('Số nghị quyết').fill('45/NQ-HĐND');
    await fillDate(page, 'Ngày ban hành', '04/12/2026');
    await page.getByLabel('Cơ quan ban hành').fill('Hội đồng nhân dân tỉnh Tây Ninh');
    await page
      .getByLabel('Nội dung nghị quyết yêu cầu')
      .fill('UBND tỉnh hoàn thành đồng bộ dữ liệu dịch vụ công sang VNeID trong quý I năm 2027.');
    await page.getByRole('button', { name: 'Ghi nhận nghị quyết' }).click();
    await page
      .getByText('Nghị quyết số 45/NQ-HĐND ngày 04/12/2026 của Hội đồng nhân dân tỉnh Tây Ninh')
      .waitFor();
    // One resolution per session: the button is gone.
    expect(await page.getByRole('button', { name: 'Ghi nhận nghị quyết' }).count()).toBe(0);

    // The commitment, followed up from the question that drew it.
    await page.getByRole('button', { name: 'Thêm nội dung theo dõi' }).click();
    await pick(page, 'Theo câu hỏi (không bắt buộc)', '', `Câu hỏi 1 — ${QUESTION}`);
    // The agency that answered is proposed as the one to act.
    await page
      .locator('input')
      .and(page.getByLabel('Cơ quan phải thực hiện', { exact: true }))
      .and(page.locator('[value="Ủy ban nhân dân tỉnh Tây Ninh"]'))
      .waitFor();
    await page.getByRole('textbox', { name: 'Nội dung theo dõi' }).fill(ITEM);
    await fillDate(page, 'Hạn báo cáo', '31/03/2027');
    await look(page, 'interpellation-item-form');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Đưa vào theo dõi' }).click();
    const items = section(page, 'Nội dung theo dõi');
    const item = items.getByRole('link', { name: ITEM });
    await item.waitFor();
    itemPath = (await item.getAttribute('href')) ?? '';
    expect(itemPath).toMatch(/^\/recommendations\/[0-9a-f-]{36}$/);
    await items.getByText('Chờ trả lời').waitFor();
    await items.getByText('Hạn báo cáo: 31/03/2027').waitFor();
    await items.getByText('Theo câu hỏi 1').waitFor();
    await look(page, 'interpellation-page');
    expect(await accessibilityViolations(page)).toEqual([]);

    // In the tracker, among the delegations' recommendations: found by its source.
    await page
      .getByRole('navigation')
      .getByRole('link', { name: 'Kiến nghị', exact: true })
      .click();
    await page.getByRole('heading', { name: 'Kiến nghị', level: 2 }).waitFor();
    await page.getByRole('combobox', { name: 'Nguồn' }).click();
    await page.getByRole('option', { name: 'Phiên chất vấn' }).click();
    await page.getByText('Hiển thị 1–1 trên tổng số 1').waitFor();
    expect(new URL(page.url()).searchParams.get('sourceKind')).toBe('interpellation');
    await page.getByText(`Nguồn: Phiên chất vấn — ${TITLE}`).waitFor();
    // The council's own, at the province: the other two filters keep it.
    await page.getByRole('combobox', { name: 'Chủ thể giám sát' }).click();
    await page.getByRole('option', { name: 'Hội đồng nhân dân', exact: true }).click();
    await page.getByRole('combobox', { name: 'Cấp Hội đồng nhân dân' }).click();
    await page.getByRole('option', { name: 'Cấp tỉnh' }).click();
    await page.waitForURL(/level=province/);
    await page.getByText('Hiển thị 1–1 trên tổng số 1').waitFor();
    await look(page, 'tracker-by-source');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Its page says where it came from and leads back there.
    await page.getByRole('link', { name: ITEM }).click();
    await page.waitForURL(`${server.base}${itemPath}`);
    const source = page.getByRole('link', { name: TITLE });
    await source.waitFor();
    expect(await source.getAttribute('href')).toBe(sessionPath);
    const main = page.getByRole('main');
    await main.getByText('Phiên chất vấn', { exact: true }).waitFor();
    await main.getByText('Hội đồng nhân dân (Cấp tỉnh)').waitFor();
    await look(page, 'recommendation-from-interpellation');
    expect(await accessibilityViolations(page)).toEqual([]);
    await source.click();
    await page.getByRole('heading', { name: TITLE, level: 2 }).waitFor();

    // The list now holds it, with its resolution.
    await page.getByRole('link', { name: '← Phiên chất vấn' }).click();
    await page.getByText('Có 1 phiên chất vấn.').waitFor();
    await page.getByText('Nghị quyết 45/NQ-HĐND ngày 04/12/2026').waitFor();
    await look(page, 'interpellations-list');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 180_000);

  it('reads on a phone: the session, the tracker by source and the item, nothing off the screen', async () => {
    const { context, page, takeErrors } = await openTab(browser, PHONE);
    await signIn(page, 'thu-ky');
    await page.goto(`${server.base}${sessionPath}`);
    await page.getByRole('heading', { name: TITLE, level: 2 }).waitFor();
    await page.getByText(QUESTION).waitFor();
    expect(await fitsWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await look(page, 'interpellation-page-phone');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Thêm nội dung theo dõi' }).click();
    await page.getByRole('textbox', { name: 'Nội dung theo dõi' }).waitFor();
    expect(await fitsWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await look(page, 'interpellation-item-form-phone');

    await page.goto(`${server.base}/recommendations?sourceKind=interpellation`);
    await page.getByText('Hiển thị 1–1 trên tổng số 1').waitFor();
    await page.getByText(`Nguồn: Phiên chất vấn — ${TITLE}`).waitFor();
    expect(await fitsWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await look(page, 'tracker-by-source-phone');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(`${server.base}${itemPath}`);
    await page.getByRole('link', { name: TITLE }).waitFor();
    expect(await fitsWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await look(page, 'recommendation-from-interpellation-phone');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 90_000);

  it('shows a member the sessions to read, and no form to record them', async () => {
    const { context, page, takeErrors } = await openTab(browser);
    await signIn(page, MEMBER.username);
    await page.getByRole('navigation').getByRole('link', { name: 'Phiên chất vấn' }).click();
    await page.getByText('Có 1 phiên chất vấn.').waitFor();
    expect(await page.getByRole('link', { name: 'Ghi nhận phiên chất vấn' }).count()).toBe(0);
    await page.goto(`${server.base}/interpellations/new`);
    await page.waitForURL(`${server.base}/interpellations`);
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByText(QUESTION).waitFor();
    for (const form of ['Thêm câu hỏi chất vấn', 'Thêm nội dung theo dõi'])
      expect(await page.getByRole('button', { name: form }).count()).toBe(0);

    // In English, the same page speaks English.
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Questions and answers (1)', level: 3 }).waitFor();
    await page.getByText('Report due: 31/03/2027').waitFor();
    await look(page, 'interpellation-page-en');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByText('Tiếng Việt', { exact: true }).click();
    await page.getByRole('heading', { name: 'Câu hỏi và trả lời (1)', level: 3 }).waitFor();
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 60_000);

  it('puts an escalated case on the agenda of the session, and a commitment there carries it on', async () => {
    const { context, page, takeErrors } = await openTab(browser);
    await signIn(page, 'thu-ky');
    // The Tây Ninh case, put to interpellation at this session from its own page.
    await page.goto(`${server.base}/recommendations/${ids.recommendation}`);
    await page.getByRole('button', { name: 'Đôn đốc, xử lý tiếp' }).click();
    await page.getByLabel('Hình thức đôn đốc, xử lý').selectOption({ label: 'Chất vấn' });
    await pick(page, 'Phiên chất vấn (không bắt buộc)', '', `${TITLE} (02/12/2026)`);
    await page
      .getByLabel('Văn bản, nội dung đôn đốc')
      .fill('Đưa nội dung khôi phục dữ liệu VNeID ra phiên chất vấn');
    await look(page, 'recommendation-escalate-to-session');
    expect(await accessibilityViolations(page)).toEqual([]);
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Đôn đốc, xử lý tiếp', { exact: true }).last().waitFor();

    await page.goto(`${server.base}${sessionPath}`);
    const agenda = section(page, 'Kiến nghị đưa ra chất vấn');
    await agenda.getByRole('link', { name: /VNeID/ }).waitFor();
    await agenda.getByText(/Ủy ban nhân dân tỉnh Tây Ninh · đưa ra chất vấn ngày/).waitFor();

    await page.getByRole('button', { name: 'Thêm nội dung theo dõi' }).click();
    await page
      .locator('input')
      .and(page.getByLabel('Tiếp nối kiến nghị (không bắt buộc)', { exact: true }))
      .click();
    // The one case on the agenda, by its opening words.
    await page.getByRole('listbox').getByRole('option').first().click();
    // The agency the case is addressed to is proposed.
    await page
      .locator('input')
      .and(page.getByLabel('Cơ quan phải thực hiện', { exact: true }))
      .and(page.locator('[value="Ủy ban nhân dân tỉnh Tây Ninh"]'))
      .waitFor();
    await page
      .getByRole('textbox', { name: 'Nội dung theo dõi' })
      .fill('Báo cáo HĐND tỉnh kết quả khôi phục dữ liệu VNeID');
    await fillDate(page, 'Hạn báo cáo', '30/06/2027');
    await look(page, 'interpellation-follows-up-form');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Đưa vào theo dõi' }).click();
    await section(page, 'Nội dung theo dõi')
      .getByRole('link', { name: 'Báo cáo HĐND tỉnh kết quả khôi phục dữ liệu VNeID' })
      .waitFor();
    await look(page, 'interpellation-agenda');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The commitment's page names the case it carries on; that case's, the session and the
    // commitment: one matter, followed through the register.
    await page
      .getByRole('link', { name: 'Báo cáo HĐND tỉnh kết quả khôi phục dữ liệu VNeID' })
      .click();
    const chain = section(page, 'Chuỗi theo dõi');
    await chain.getByText('Tiếp nối kiến nghị').waitFor();
    await chain.getByRole('link', { name: /VNeID/ }).click();
    await page.waitForURL(`${server.base}/recommendations/${ids.recommendation}`);
    await chain.getByText('Đã đưa ra phiên').waitFor();
    expect(await chain.getByRole('link', { name: TITLE }).first().getAttribute('href')).toBe(
      sessionPath,
    );
    await chain.getByText('Cam kết tiếp nối tại phiên').waitFor();
    await chain
      .getByRole('link', { name: 'Báo cáo HĐND tỉnh kết quả khôi phục dữ liệu VNeID' })
      .waitFor();
    await look(page, 'recommendation-chain');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 60_000);
});
