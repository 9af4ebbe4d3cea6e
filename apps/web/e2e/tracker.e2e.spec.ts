import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { businessDateOf, WorkingCalendar } from '@hdnd/domain';
import { ids, tayNinhPeople } from '@hdnd/testing';
import { browserAvailable, launchChromium } from './browser';
import { startConsole } from './console-server';
import { accessibilityViolations, openTab, PHONE, shot, signIn } from './page-checks';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/** 22 recommendations beside the Tây Ninh one: enough for two pages of 20. */
const EXTRA = 22;
const today = businessDateOf(new Date());
const calendar = new WorkingCalendar();
/** The n-th extra one falls due 5, 8, 11, 14, 17… working days from today. */
const dueOf = (n: number) => calendar.addWorkingDays(today, 5 + 3 * n);
const idOf = (n: number) => `kn-e2e-${String(n).padStart(2, '0')}`;
/** Every fourth speaks of "định danh", for the search without diacritics. */
const textOf = (n: number) =>
  n % 4 === 0
    ? `Đề nghị cấp tài khoản định danh điện tử cho người dân, đợt ${n} (dữ liệu mẫu)`
    : `Đề nghị rà soát thủ tục hành chính, đợt ${n} (dữ liệu mẫu)`;
/** One in three goes to the city, the rest to the province. */
const agencyOf = (n: number) => (n % 3 === 1 ? ids.city : ids.province);
const DONE = 'kn-e2e-xong';
const DONE_TEXT = 'Đề nghị công khai kết quả giải quyết hồ sơ trực tuyến (dữ liệu mẫu)';
const OBSTACLE_TEXT = 'Thiếu thiết bị ký số tại bộ phận một cửa (dữ liệu mẫu)';
const TAY_NINH_TEXT = 'Đề nghị UBND tỉnh chỉ đạo khôi phục dữ liệu cá nhân';

/** The extra cases, recorded through the API as the secretariat would. */
const loadExtras = async (base: string, password: string) => {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: tayNinhPeople.secretariat.username, password }),
  });
  const { accessToken: token } = (await login.json()) as { accessToken: string };
  const post = async (path: string, body: object) => {
    const res = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  };
  const issue = (id: string, text: string, addresseeAgencyId: string, responseDueOn: string) =>
    post(`/api/delegations/${ids.delegation}/recommendations`, {
      id,
      addresseeAgencyId,
      text,
      findingIds: [ids.indexFinding],
      issuedOn: today,
      responseDueOn,
    });
  for (let n = 0; n < EXTRA; n++) await issue(idOf(n), textOf(n), agencyOf(n), dueOf(n));
  // One answered, assessed and reported done: it waits for verification.
  await issue(DONE, DONE_TEXT, ids.province, calendar.addWorkingDays(today, 40));
  await post(`/api/recommendations/${DONE}/responses`, {
    id: 'tl-e2e-xong',
    respondedOn: today,
    position: 'accepted',
    text: 'Tiếp thu (dữ liệu mẫu)',
    commitments: [{ text: 'Công khai (dữ liệu mẫu)', dueOn: calendar.addWorkingDays(today, 30) }],
  });
  await post(`/api/recommendations/${DONE}/responses/tl-e2e-xong/assessment`, {
    assessedOn: today,
    verdict: 'satisfactory',
    note: '',
  });
  await post(`/api/recommendations/${DONE}/completion`, {
    reportedOn: today,
    text: 'Đã công khai (dữ liệu mẫu)',
    evidence: [{ title: 'Báo cáo (dữ liệu mẫu)', reference: '9/BC-UBND' }],
  });
  // An obstacle found and not yet given to anyone.
  await post(`/api/delegations/${ids.delegation}/findings`, {
    id: 'vm-e2e-ky-so',
    surveyId: ids.survey,
    agencyId: ids.city,
    kind: 'obstacle',
    statement: OBSTACLE_TEXT,
    obstacleId: 'kk-e2e-ky-so',
  });
};

describeInBrowser('the tracker, the to-do list and the agency inbox in Chromium', () => {
  let server: Awaited<ReturnType<typeof startConsole>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await startConsole();
    await loadExtras(server.base, server.password);
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const signedIn = async (username: string, path: string, viewport?: typeof PHONE) => {
    const tab = await openTab(browser, viewport);
    await tab.page.goto(`${server.base}${path}`);
    await signIn(tab.page, username, server.password);
    return tab;
  };

  /** The texts of a to-do section's items, by its heading. */
  const sectionItems = (page: Page, name: string) =>
    page.getByRole('region', { name }).getByRole('listitem').allInnerTexts();

  /** The links of the tracker's rows, in order. */
  const rowTexts = async (page: Page) =>
    (await page.locator('tbody tr td:first-child a').allInnerTexts()).map((t) => t.trim());

  /** Waits until the tracker shows this range line (the page's answer has come). */
  const range = (page: Page, text: string) =>
    page
      .getByText(text)
      .waitFor()
      .catch(async (error: unknown) => {
        await shot(page, 'tracker-failed');
        throw new Error(`${String(error)} at ${page.url()}`);
      });

  it("the clerk's to-do list puts each Tây Ninh case in its section, with counts and links", async () => {
    const { context, page, takeErrors } = await signedIn('thu-ky', '/');
    await page.getByRole('heading', { name: 'Việc cần làm', level: 2 }).waitFor();
    await page.getByRole('heading', { name: 'Quá hạn (1)' }).waitFor();
    // The Tây Ninh commitment (31/12/2024) is past: overdue, and its response still unassessed.
    expect(await sectionItems(page, 'Quá hạn')).toEqual([expect.stringContaining(TAY_NINH_TEXT)]);
    expect(await sectionItems(page, 'Văn bản trả lời chờ đánh giá')).toEqual([
      expect.stringContaining(TAY_NINH_TEXT),
    ]);
    // Due in 5, 8, 11 and 14 working days: within 15; the next (17) is not.
    await page.getByRole('heading', { name: 'Sắp đến hạn (4)' }).waitFor();
    const soon = await sectionItems(page, 'Sắp đến hạn');
    expect(soon).toHaveLength(4);
    expect(soon[0]).toContain(textOf(0));
    expect(soon[0]).toContain(`Hạn: ${dueOf(0).split('-').reverse().join('/')}`);
    expect(await sectionItems(page, 'Báo cáo hoàn thành chờ kiểm tra')).toEqual([
      expect.stringContaining(DONE_TEXT),
    ]);
    expect(await sectionItems(page, 'Khó khăn, vướng mắc chưa giao xử lý')).toEqual([
      expect.stringContaining(OBSTACLE_TEXT),
    ]);
    // Each item leads to its case.
    expect(
      await page
        .getByRole('region', { name: 'Quá hạn' })
        .getByRole('link', { name: new RegExp(TAY_NINH_TEXT) })
        .getAttribute('href'),
    ).toBe(`/recommendations/${ids.recommendation}`);
    await shot(page, 'todo-sections-desktop');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 120_000);

  it('the tracker pages, sorts and searches without diacritics, and the address keeps it all', async () => {
    const { context, page, takeErrors } = await signedIn('thu-ky', '/recommendations');
    await page.getByRole('heading', { name: 'Kiến nghị', level: 2 }).waitFor();
    await range(page, 'Hiển thị 1–20 trên tổng số 24');
    // Soonest response deadline first: Tây Ninh's (14/06/2024) leads.
    expect((await rowTexts(page))[0]).toContain(TAY_NINH_TEXT);
    await shot(page, 'tracker-desktop');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Trang sau' }).click();
    await range(page, 'Hiển thị 21–24 trên tổng số 24');
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');
    expect(await rowTexts(page)).toHaveLength(4);

    // Latest deadline first, from page 1 again; a reload shows the same.
    await page.getByRole('combobox', { name: 'Sắp xếp' }).click();
    await page.getByRole('option', { name: 'Hạn trả lời xa nhất trước' }).click();
    await range(page, 'Hiển thị 1–20 trên tổng số 24');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('-responseDueOn');
    expect(new URL(page.url()).searchParams.get('page')).toBeNull();
    expect((await rowTexts(page))[0]).toBe(textOf(EXTRA - 1));
    await page.reload();
    await range(page, 'Hiển thị 1–20 trên tổng số 24');
    expect((await rowTexts(page))[0]).toBe(textOf(EXTRA - 1));

    // "dinh danh" finds "định danh": the Tây Ninh case and every fourth extra one.
    await page.getByLabel('Tìm trong nội dung kiến nghị').fill('dinh danh');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await range(page, 'Hiển thị 1–7 trên tổng số 7');
    const found = await rowTexts(page);
    expect(found[0]).toBe(textOf(20));
    expect(found.every((text) => text.includes('định danh'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe('dinh danh');
    await shot(page, 'tracker-search-desktop');

    // The link reproduces the view in a tab of its own.
    const link = page.url();
    const other = await openTab(browser);
    await other.page.goto(link);
    await signIn(other.page, 'thu-ky', server.password);
    await range(other.page, 'Hiển thị 1–7 trên tổng số 7');
    expect(await other.page.getByLabel('Tìm trong nội dung kiến nghị').inputValue()).toBe(
      'dinh danh',
    );
    expect(await rowTexts(other.page)).toEqual(found);
    expect(other.takeErrors()).toEqual([]);
    await other.context.close();

    // Filters: status, agency, overdue, due before; each in the address.
    await page.getByRole('button', { name: 'Xoá bộ lọc' }).click();
    await range(page, 'Hiển thị 1–20 trên tổng số 24');
    await page.getByRole('combobox', { name: 'Trạng thái' }).click();
    await page.getByRole('option', { name: 'Đã báo cáo hoàn thành' }).click();
    await range(page, 'Hiển thị 1–1 trên tổng số 1');
    expect(await rowTexts(page)).toEqual([DONE_TEXT]);
    expect(new URL(page.url()).searchParams.get('status')).toBe('reported-done');
    await page.getByRole('button', { name: 'Xoá bộ lọc' }).click();

    await page.getByRole('combobox', { name: 'Cơ quan, đơn vị' }).click();
    await page
      .getByRole('option', { name: 'Ủy ban nhân dân thành phố Tây Ninh', exact: true })
      .click();
    const toCity = Array.from({ length: EXTRA }, (_, n) => n).filter(
      (n) => agencyOf(n) === ids.city,
    );
    await range(page, `Hiển thị 1–${toCity.length} trên tổng số ${toCity.length}`);
    expect(new URL(page.url()).searchParams.get('agencyId')).toBe(ids.city);
    await page.getByRole('button', { name: 'Xoá bộ lọc' }).click();

    await page.getByLabel('Chỉ kiến nghị quá hạn').click();
    await range(page, 'Hiển thị 1–1 trên tổng số 1');
    expect((await rowTexts(page))[0]).toContain(TAY_NINH_TEXT);
    await page.getByText(/^Quá hạn \d+ ngày$/).waitFor();
    expect(new URL(page.url()).searchParams.get('overdue')).toBe('true');
    await page.getByRole('button', { name: 'Xoá bộ lọc' }).click();

    // Due by the extra case 1's date: cases 0 and 1, and Tây Ninh's commitment long due.
    const [y, m, d] = dueOf(1).split('-');
    await page.getByLabel('Hạn trước ngày').fill(`${d}/${m}/${y}`);
    await page.getByLabel('Hạn trước ngày').press('Enter');
    await range(page, 'Hiển thị 1–3 trên tổng số 3');
    expect(new URL(page.url()).searchParams.get('dueBefore')).toBe(dueOf(1));
    await shot(page, 'tracker-filtered-desktop');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Each row leads to the recommendation's page.
    expect(await page.getByRole('link', { name: textOf(0) }).getAttribute('href')).toBe(
      `/recommendations/${idOf(0)}`,
    );
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 300_000);

  it('the tracker exports what its filters select, every page of it, to Excel and CSV', async () => {
    const { context, page, takeErrors } = await signedIn('thu-ky', '/recommendations');
    await range(page, 'Hiển thị 1–20 trên tổng số 24');
    const save = async (item: string) => {
      await page.getByRole('button', { name: 'Xuất danh sách' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: item }).click(),
      ]);
      return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
    };
    // The whole list, not the 20 rows on screen.
    const xlsx = await save('Tệp Excel (.xlsx)');
    expect(xlsx.name).toMatch(/^theo-doi-kien-nghi-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Theo dõi kiến nghị');
    expect(sheet.getRow(1).getCell(1).value).toBe('STT');
    expect(sheet.rowCount).toBe(1 + 24);
    // In the list's order: soonest response deadline first, Tây Ninh's leads.
    expect(String(sheet.getRow(2).getCell(7).value)).toContain(TAY_NINH_TEXT);
    await shot(page, 'tracker-export-desktop');

    // The filters on screen go with it: the city's cases only.
    await page.goto(`${server.base}/recommendations?agencyId=${ids.city}`);
    const toCity = Array.from({ length: EXTRA }, (_, n) => n).filter(
      (n) => agencyOf(n) === ids.city,
    );
    await range(page, `Hiển thị 1–${toCity.length} trên tổng số ${toCity.length}`);
    const csv = await save('Tệp CSV (.csv)');
    expect(csv.name).toMatch(/^theo-doi-kien-nghi-.*\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.subarray(3).toString('utf8').trimEnd().split(/\r?\n/);
    expect(lines).toHaveLength(1 + toCity.length);
    for (const n of toCity) expect(lines.join('\n')).toContain(textOf(n));
    expect(lines.join('\n')).not.toContain(TAY_NINH_TEXT);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 120_000);

  it("an agency officer's home on a 390 px phone lists only their agency's open cases", async () => {
    const { context, page, takeErrors } = await signedIn(tayNinhPeople.agency.username, '/', PHONE);
    await page.getByRole('heading', { name: 'Việc cần làm', level: 2 }).waitFor();
    await page.getByText('Cơ quan: Ủy ban nhân dân tỉnh Tây Ninh').waitFor();
    const toProvince = Array.from({ length: EXTRA }, (_, n) => n).filter(
      (n) => agencyOf(n) === ids.province,
    );
    // Tây Ninh's case, the province's extra ones and the one reported done: all still open.
    const total = 1 + toProvince.length + 1;
    await page.getByText(`Hiển thị 1–${total} trên tổng số ${total}`).waitFor();
    const inbox = page.getByRole('region', { name: 'Kiến nghị đang chờ cơ quan xử lý' });
    const items = await inbox.getByRole('listitem').allInnerTexts();
    expect(items[0]).toContain(TAY_NINH_TEXT);
    expect(items[0]).toMatch(/Quá hạn \d+ ngày/);
    expect(items[0]).toContain('Cần thực hiện cam kết');
    expect(items[1]).toContain(textOf(0));
    expect(items[1]).toContain('Cần gửi văn bản trả lời.');
    // Nothing of the city's.
    for (const n of Array.from({ length: EXTRA }, (_, i) => i).filter(
      (i) => agencyOf(i) === ids.city,
    ))
      expect(items.join('\n')).not.toContain(textOf(n));
    // The page fits the phone: nothing wider than the screen.
    const width = await page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(PHONE.width);

    expect(items.join('\n')).toContain(DONE_TEXT);
    expect(items.join('\n')).toContain('Văn phòng đang kiểm tra kết quả thực hiện.');
    // One page holds them all: nothing to page to.
    expect(await page.getByRole('button', { name: 'Trang sau' }).count()).toBe(0);
    await shot(page, 'agency-inbox-phone');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The tracker on the phone: their cases only, and no agency or delegation to choose.
    await page.goto(`${server.base}/recommendations`);
    await page.getByText(`Hiển thị 1–${total} trên tổng số ${total}`).waitFor();
    expect(await page.getByRole('combobox', { name: 'Cơ quan, đơn vị' }).count()).toBe(0);
    expect(await page.getByRole('combobox', { name: 'Đoàn giám sát' }).count()).toBe(0);
    // Cards, not a table that hides the deadline off the screen's edge.
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await page.getByRole('listitem').first().innerText()).toMatch(/Quá hạn \d+ ngày/);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      PHONE.width,
    );
    await shot(page, 'tracker-agency-phone');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 120_000);
});
