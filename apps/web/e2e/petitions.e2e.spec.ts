import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchChromium } from './browser';
import { startConsole } from './console-server';
import { accessibilityViolations, openTab, PHONE, shot, signIn as signInAs } from './page-checks';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/** A round forwarded before the session, as the Standing Committee's letter names it. */
const TITLE = 'Kiến nghị cử tri trước Kỳ họp thứ 24';
const MEETING = 'Kỳ họp thứ 24, HĐND tỉnh Tây Ninh khóa X';
const AGENCY = 'Ủy ban nhân dân tỉnh Tây Ninh';
const PETITIONS = [
  {
    text: 'Đề nghị nâng cấp tuyến đường ĐT.781 đoạn qua xã Phước Vinh, hiện xuống cấp nghiêm trọng.',
    voters: 'Cử tri xã Phước Vinh, huyện Châu Thành',
  },
  {
    text: 'Đề nghị sớm chi trả tiền bồi thường cho các hộ dân bị ảnh hưởng dự án hồ Tha La.',
    voters: 'Cử tri xã Tân Hòa, huyện Tân Châu',
  },
  {
    text: 'Đề nghị lắp đặt đèn chiếu sáng đường Cách Mạng Tháng Tám, phường 3.',
    voters: 'Tổ đại biểu HĐND tỉnh đơn vị thành phố Tây Ninh',
  },
];

describeInBrowser('the voters’ petitions pages in Chromium', () => {
  let server: Awaited<ReturnType<typeof startConsole>>;
  let browser: Browser;
  let roundPath = '';
  let itemPath = '';

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

  /** Picks an option of a Mantine select, typing into it first. */
  const pick = async (
    page: Page,
    input: ReturnType<Page['locator']>,
    typed: string,
    option: string,
  ) => {
    await input.click();
    await input.fill(typed);
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

  /** The page's picture from its top, the "Đã lưu." notices dismissed. */
  const look = async (page: Page, name: string) => {
    await page.evaluate(`{
      for (const close of document.querySelectorAll('.mantine-Notification-closeButton')) close.click();
      window.scrollTo(0, 0);
    }`);
    await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached' });
    await shot(page, name);
  };

  const fitsWidth = async (page: Page) =>
    (await page.evaluate('document.documentElement.scrollWidth')) as number;

  it('lets the clerk open a round and add its petitions, several at once', async () => {
    const { context, page, takeErrors } = await openTab(browser);
    await signIn(page, 'thu-ky');
    await page.getByRole('navigation').getByRole('link', { name: 'Kiến nghị cử tri' }).click();
    await page.getByRole('heading', { name: 'Kiến nghị cử tri', level: 2 }).waitFor();
    await page.getByRole('button', { name: 'Mở đợt kiến nghị cử tri' }).click();
    const form = section(page, 'Mở đợt kiến nghị cử tri');
    await form.getByLabel('Tên đợt kiến nghị').fill(TITLE);
    await form.getByLabel('Kỳ họp').fill(MEETING);
    await fillDate(page, 'Ngày chuyển', '01/12/2026');
    await fillDate(page, 'Hạn trả lời', '31/12/2026');
    // The Standing Committee supervises unless the clerk says otherwise.
    await form
      .locator('input')
      .and(form.getByLabel('Chủ thể giám sát', { exact: true }))
      .and(form.locator('[value="Thường trực Hội đồng nhân dân"]'))
      .waitFor();
    await look(page, 'petitions-open-round');
    expect(await accessibilityViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Mở đợt kiến nghị' }).click();
    await page.waitForURL(/\/petition-rounds\/[0-9a-f-]{36}$/);
    roundPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: TITLE, level: 2 }).waitFor();
    await page.getByText('Chưa có kiến nghị nào trong đợt này.').waitFor();

    await page.getByRole('button', { name: 'Thêm kiến nghị' }).click();
    const add = section(page, 'Thêm kiến nghị');
    await add.getByRole('button', { name: 'Thêm dòng' }).click();
    for (const [index, petition] of PETITIONS.entries()) {
      const row = add.getByRole('group', { name: `Kiến nghị ${index + 1}`, exact: true });
      await row.getByLabel('Nội dung kiến nghị').fill(petition.text);
      await row.getByLabel('Nơi/đơn vị cử tri').fill(petition.voters);
      await pick(
        page,
        row.locator('input').and(row.getByLabel('Cơ quan giải quyết', { exact: true })),
        'tinh tay ninh',
        AGENCY,
      );
    }
    await look(page, 'petitions-add-form');
    expect(await accessibilityViolations(page)).toEqual([]);
    await add.getByRole('button', { name: 'Ghi nhận các kiến nghị' }).click();
    const list = section(page, 'Các kiến nghị');
    for (const petition of PETITIONS)
      await list.getByRole('link', { name: petition.text }).waitFor();
    await list.getByText('Chờ trả lời').first().waitFor();
    itemPath =
      (await list.getByRole('link', { name: PETITIONS[0]!.text }).getAttribute('href')) ?? '';
    expect(itemPath).toMatch(/^\/recommendations\//);
    const report = section(page, 'Tổng hợp kết quả trả lời theo cơ quan');
    await report.getByRole('row', { name: `${AGENCY} 3 0 0 3 0` }).waitFor();
    await look(page, 'petitions-round');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 120_000);

  it('lets an agency officer answer two of its petitions in one sitting, on a phone', async () => {
    const { context, page, takeErrors } = await openTab(browser, PHONE);
    await signIn(page, 'vp.ubnd-tinh');
    // The officer reaches the sitting from one of its petitions.
    await page.goto(`${server.base}${itemPath}`);
    await page.getByRole('link', { name: 'Trả lời kiến nghị cử tri' }).click();
    await page.getByRole('heading', { name: 'Trả lời kiến nghị cử tri', level: 2 }).waitFor();
    await page.getByText(TITLE).waitFor();
    await page.getByText('Có 3 kiến nghị chờ trả lời.').waitFor();
    await fillDate(page, 'Ngày trả lời', '05/12/2026');
    // The register lists the agency's cases in its own order: each petition is found by its text.
    const rowOf = (text: string) => page.getByRole('group').filter({ hasText: text });
    const first = rowOf(PETITIONS[0]!.text);
    await first.getByRole('checkbox').check();
    await first.getByRole('radio', { name: 'Tiếp thu', exact: true }).check();
    await first
      .getByLabel('Nội dung trả lời')
      .fill('UBND tỉnh đã bố trí vốn nâng cấp tuyến ĐT.781 trong kế hoạch đầu tư công năm 2027.');
    const second = rowOf(PETITIONS[1]!.text);
    await second.getByRole('checkbox').check();
    await second.getByRole('radio', { name: 'Không tiếp thu (có giải trình)' }).check();
    await second
      .getByLabel('Giải trình lý do không tiếp thu')
      .fill(
        'Việc chi trả bồi thường thuộc thẩm quyền của Ban Quản lý dự án, đã chuyển để giải quyết.',
      );
    await page.getByText('Đã chọn 2 kiến nghị.').waitFor();
    await look(page, 'petitions-answer-form-phone');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await fitsWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await page.getByRole('button', { name: 'Gửi trả lời' }).click();
    await page.getByText('Đã ghi nhận 2 trả lời, 0 trả lời không được ghi nhận.').waitFor();
    // Only the petition left unanswered stays in the form.
    await page.getByText('Có 1 kiến nghị chờ trả lời.').waitFor();
    const outcome = page.getByRole('status').filter({ hasText: 'Đã ghi nhận 2 trả lời' });
    await outcome.getByRole('link', { name: PETITIONS[0]!.text }).waitFor();
    await outcome.getByRole('link', { name: PETITIONS[1]!.text }).waitFor();
    await rowOf(PETITIONS[2]!.text).waitFor();
    await look(page, 'petitions-answered-phone');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await fitsWidth(page)).toBeLessThanOrEqual(PHONE.width);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 120_000);

  it('shows the clerk the table by agency after the answers, and a phone its cards', async () => {
    const { context, page, takeErrors } = await openTab(browser);
    await signIn(page, 'thu-ky');
    await page.goto(`${server.base}${roundPath}`);
    const report = section(page, 'Tổng hợp kết quả trả lời theo cơ quan');
    // The answers reach the table as soon as the register has them; a clerk looks again.
    const counted = report.getByRole('row', { name: `${AGENCY} 3 2 0 1 0` });
    for (let tries = 0; tries < 10 && !(await counted.isVisible()); tries += 1) {
      await page.waitForTimeout(1000);
      await page.reload();
      await report.getByRole('row').first().waitFor();
    }
    await counted.waitFor();
    await report.getByRole('row', { name: 'Tổng cộng 3 2 0 1 0' }).waitFor();
    const download = page.waitForEvent('download');
    await report.getByRole('button', { name: 'Tải bảng tổng hợp (.xlsx)' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
    const list = section(page, 'Các kiến nghị');
    await list.getByText('Tiếp thu', { exact: true }).waitFor();
    await list.getByText('Không tiếp thu (có giải trình)', { exact: true }).waitFor();
    await look(page, 'petitions-round-answered');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(takeErrors()).toEqual([]);

    // On a phone the table becomes a card per agency, nothing cut off at the edge.
    await page.setViewportSize(PHONE);
    // Loaded afresh at that width, as a phone opens it (the menu not sliding away mid-picture).
    await page.reload();
    await report
      .getByRole('listitem')
      .filter({ hasText: AGENCY })
      .getByText('Chưa trả lời: 1')
      .waitFor();
    await look(page, 'petitions-round-phone');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await fitsWidth(page)).toBeLessThanOrEqual(PHONE.width);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 120_000);
});
