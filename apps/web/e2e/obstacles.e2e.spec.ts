import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchChromium } from './browser';
import { startConsole } from './console-server';
import { accessibilityViolations, openTab, PHONE, shot, signIn as signInAs } from './page-checks';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

const delegation = 'dgs-2024-cchc-cds';
const survey = 'ks-2024-04-02';
const city = 'ubnd-tp-tay-ninh';
const ward1 = 'ubnd-phuong-1';
const PROVINCE = 'Ủy ban nhân dân tỉnh Tây Ninh';

/**
 * More of the survey's difficulties (the article lists them) as obstacles, beside the VNeID one
 * the Tây Ninh case already follows to its resolution; one reported twice, to be merged.
 */
const OBSTACLES = [
  {
    obstacleId: 'kk-nhieu-phan-mem',
    agencyId: city,
    statement: 'Cán bộ, công chức, viên chức phải sử dụng nhiều phần mềm trong thực hiện nhiệm vụ',
  },
  {
    obstacleId: 'kk-nhieu-phan-mem-phuong-1',
    agencyId: ward1,
    statement: 'Công chức phường phải cài đặt, sử dụng nhiều phần mềm khác nhau (dữ liệu mẫu)',
  },
  {
    obstacleId: 'kk-so-dinh-danh-tu-phap',
    agencyId: city,
    statement:
      'Cấp số định danh lĩnh vực Tư pháp còn chậm: dữ liệu đăng ký khai sinh gửi Bộ Công an để in số định danh trên Giấy khai sinh của trẻ thường mất từ 3 đến 5 ngày',
  },
  {
    obstacleId: 'kk-to-cong-nghe-so',
    agencyId: ward1,
    statement:
      'Chưa có chế độ hỗ trợ cho thành viên Tổ công nghệ số cộng đồng đi hướng dẫn người dân sử dụng các nền tảng số và dịch vụ công trực tuyến',
  },
  {
    obstacleId: 'kk-ket-noi-csdl',
    agencyId: city,
    statement:
      'Kết nối, tích hợp Trung tâm Dịch vụ hành chính công trực tuyến với cơ sở dữ liệu quốc gia về dân cư và các cơ sở dữ liệu chuyên ngành còn nhiều bất cập',
  },
] as const;

describeInBrowser('the obstacle register in Chromium', () => {
  let server: Awaited<ReturnType<typeof startConsole>>;
  let browser: Browser;

  /** What the survey recorded besides the VNeID obstacle, and the ministry to refer to. */
  const recordMore = async () => {
    const post = async (path: string, body: object, token?: string) => {
      const res = await fetch(`${server.base}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token !== undefined && { authorization: `Bearer ${token}` }),
        },
        body: JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
      return (await res.json()) as Record<string, unknown>;
    };
    const { accessToken } = await post('/api/auth/login', {
      username: 'thu-ky',
      password: server.password,
    });
    const token = accessToken as string;
    await post(
      '/api/agencies',
      { id: 'bo-cong-an', name: 'Bộ Công an', level: 'central', registeredOn: '2022-05-10' },
      token,
    );
    for (const obstacle of OBSTACLES)
      await post(
        `/api/delegations/${delegation}/findings`,
        { surveyId: survey, kind: 'obstacle', recordedOn: '2024-04-02', ...obstacle },
        token,
      );
  };

  beforeAll(async () => {
    server = await startConsole();
    browser = await launchChromium();
    await recordMore();
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

  /** Chooses an agency in an AgencySelect by typing part of its name, without diacritics. */
  const chooseAgency = async (page: Page, label: string, typed: string, name: string | RegExp) => {
    await page.getByRole('combobox', { name: label }).fill(typed);
    await page.getByRole('option', { name }).click();
  };

  const saved = (page: Page) => page.getByText('Đã lưu.').first().waitFor();

  const status = (page: Page, text: string) =>
    page.getByRole('main').getByText(text, { exact: true }).first().waitFor();

  it('lists the Tây Ninh obstacles, filtered by status and by words without diacritics', async () => {
    const { context, page, takeErrors } = await signedIn('thu-ky', '/obstacles');
    await page.getByRole('heading', { name: 'Khó khăn, vướng mắc', level: 2 }).waitFor();
    await page.getByText('Hiển thị 1–6 trên tổng số 6').waitFor();
    const results = page.getByRole('region', { name: 'Kết quả' });
    await results.getByRole('link', { name: /VNeID mức độ 2/ }).waitFor();
    expect(await results.getByText('Chưa giao xử lý', { exact: true }).count()).toBe(5);
    await shot(page, 'obstacles-list-desktop');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('combobox', { name: 'Trạng thái' }).click();
    await page.getByRole('option', { name: 'Đã tháo gỡ' }).click();
    await page.waitForURL(/status=resolved/);
    await page.getByText('Hiển thị 1–1 trên tổng số 1').waitFor();
    await results.getByRole('link', { name: /VNeID/ }).waitFor();

    // "dinh danh" finds "định danh", with the status filter cleared.
    await page.goto(`${server.base}/obstacles`);
    await page.getByLabel('Tìm theo nội dung').fill('dinh danh');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.waitForURL(/q=dinh\+danh/);
    await page.getByText('Hiển thị 1–2 trên tổng số 2').waitFor();
    await results.getByRole('link', { name: /Tư pháp/ }).waitFor();
    await shot(page, 'obstacles-search-desktop');
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 90_000);

  it('assigns an obstacle to an agency, after saying what is missing', async () => {
    const { context, page, takeErrors } = await signedIn('thu-ky', '/obstacles/kk-nhieu-phan-mem');
    await page.getByText(OBSTACLES[0].statement).waitFor();
    await status(page, 'Chưa giao xử lý');
    await page.getByRole('button', { name: 'Giao cơ quan xử lý' }).click();
    const form = page.getByRole('region', { name: 'Giao cơ quan xử lý' });
    await form.getByRole('button', { name: 'Giao xử lý' }).click();
    await form.getByRole('alert').waitFor();
    await shot(page, 'obstacle-assign-missing-desktop');
    expect(await accessibilityViolations(page)).toEqual([]);

    await chooseAgency(
      page,
      'Cơ quan, đơn vị được giao',
      'tinh tay ninh',
      'Ủy ban nhân dân tỉnh Tây Ninh',
    );
    await page.getByRole('combobox', { name: 'Thẩm quyền xử lý' }).click();
    await page.getByRole('option', { name: 'Cấp tỉnh' }).click();
    await form.getByRole('button', { name: 'Giao xử lý' }).click();
    await saved(page);
    await status(page, 'Đã giao cơ quan xử lý');
    const history = page.getByRole('region', { name: 'Quá trình xử lý' });
    await history.getByText('Giao cơ quan xử lý khó khăn, vướng mắc').waitFor();
    await history.getByRole('link', { name: 'Ủy ban nhân dân tỉnh Tây Ninh' }).waitFor();
    await shot(page, 'obstacle-assigned-desktop');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 90_000);

  it('refers an obstacle to the competent ministry with the reason', async () => {
    const { context, page, takeErrors } = await signedIn(
      'thu-ky',
      '/obstacles/kk-so-dinh-danh-tu-phap',
    );
    await page.getByRole('button', { name: 'Chuyển cơ quan có thẩm quyền' }).click();
    const form = page.getByRole('region', { name: 'Chuyển cơ quan có thẩm quyền' });
    await chooseAgency(page, 'Cơ quan có thẩm quyền', 'bo cong an', 'Bộ Công an');
    await page.getByRole('combobox', { name: 'Thẩm quyền xử lý' }).click();
    await page.getByRole('option', { name: 'Trung ương' }).click();
    await page
      .getByRole('textbox', { name: 'Lý do chuyển và nội dung đề nghị' })
      .fill('Đề nghị Bộ Công an rút ngắn thời gian cấp số định danh cho trẻ em (dữ liệu mẫu)');
    await shot(page, 'obstacle-refer-form-desktop');
    expect(await accessibilityViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Chuyển', exact: true }).click();
    await saved(page);
    await status(page, 'Đã chuyển cơ quan có thẩm quyền');
    const facts = page.getByRole('region', { name: 'Thông tin' });
    await facts.getByRole('link', { name: 'Bộ Công an' }).first().waitFor();
    await facts.getByText('rút ngắn thời gian cấp số định danh', { exact: false }).waitFor();
    await page
      .getByRole('region', { name: 'Quá trình xử lý' })
      .getByText('Chuyển cơ quan có thẩm quyền')
      .waitFor();
    await shot(page, 'obstacle-referred-desktop');
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 90_000);

  it('merges an obstacle reported twice into the first one', async () => {
    const { context, page, takeErrors } = await signedIn(
      'thu-ky',
      '/obstacles/kk-nhieu-phan-mem-phuong-1',
    );
    await page.getByRole('button', { name: 'Gộp', exact: true }).click();
    const form = page.getByRole('region', { name: 'Gộp vào khó khăn, vướng mắc khác' });
    await page
      .getByRole('combobox', { name: 'Gộp vào khó khăn, vướng mắc' })
      .fill('nhieu phan mem trong thuc hien');
    await page.getByRole('option', { name: /phải sử dụng nhiều phần mềm trong thực hiện/ }).click();
    await form.getByRole('button', { name: 'Gộp', exact: true }).click();
    await saved(page);
    await status(page, 'Đã gộp');
    // Merged, it can no longer be worked on: no buttons.
    expect(await page.getByRole('region', { name: 'Xử lý', exact: true }).count()).toBe(0);
    await shot(page, 'obstacle-merged-desktop');
    await page
      .getByRole('region', { name: 'Thông tin' })
      .getByRole('link', { name: OBSTACLES[0].statement })
      .click();
    await page.waitForURL(`${server.base}/obstacles/kk-nhieu-phan-mem`);
    await page
      .getByRole('region', { name: 'Thông tin' })
      .getByRole('link', { name: OBSTACLES[1].statement })
      .waitFor();
    await shot(page, 'obstacle-merged-into-desktop');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 90_000);

  it('resolves an obstacle with its evidence', async () => {
    const { context, page, takeErrors } = await signedIn('thu-ky', '/obstacles/kk-to-cong-nghe-so');
    await page.getByRole('button', { name: 'Tháo gỡ', exact: true }).click();
    const form = page.getByRole('region', { name: 'Ghi nhận kết quả tháo gỡ' });
    await page.getByRole('textbox', { name: 'Ngày tháo gỡ' }).fill('20/12/2024');
    await page.keyboard.press('Escape');
    await page
      .getByRole('textbox', { name: 'Kết quả tháo gỡ' })
      .fill('HĐND tỉnh ban hành chế độ hỗ trợ Tổ công nghệ số cộng đồng (dữ liệu mẫu)');
    await form.getByRole('button', { name: 'Thêm dòng' }).click();
    await page.getByLabel('Tên tài liệu 1').fill('Nghị quyết của HĐND tỉnh (dữ liệu mẫu)');
    await page.getByLabel('Số, ký hiệu tài liệu 1').fill('25/2024/NQ-HĐND');
    await shot(page, 'obstacle-resolve-form-desktop');
    expect(await accessibilityViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Ghi nhận tháo gỡ' }).click();
    await saved(page);
    await status(page, 'Đã tháo gỡ');
    const facts = page.getByRole('region', { name: 'Thông tin' });
    await facts.getByText('Ngày tháo gỡ: 20/12/2024').waitFor();
    await facts.getByText('Nghị quyết của HĐND tỉnh (dữ liệu mẫu) (25/2024/NQ-HĐND)').waitFor();
    await page
      .getByRole('region', { name: 'Quá trình xử lý' })
      .getByText('Tháo gỡ khó khăn, vướng mắc')
      .waitFor();
    await shot(page, 'obstacle-resolved-desktop');
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 90_000);

  it('says plainly when someone else changed the obstacle meanwhile, keeping what was typed', async () => {
    const path = '/obstacles/kk-ket-noi-csdl';
    const mine = await signedIn('thu-ky', path);
    await mine.page.getByRole('button', { name: 'Giao cơ quan xử lý' }).click();
    await chooseAgency(mine.page, 'Cơ quan, đơn vị được giao', 'phuong 1', /Phường 1/);
    await mine.page.getByRole('combobox', { name: 'Thẩm quyền xử lý' }).click();
    await mine.page.getByRole('option', { name: 'Cấp xã' }).click();

    // A colleague assigns it to UBND tỉnh first.
    const theirs = await signedIn('thu-ky', path);
    await theirs.page.getByRole('button', { name: 'Giao cơ quan xử lý' }).click();
    await chooseAgency(theirs.page, 'Cơ quan, đơn vị được giao', 'tinh tay ninh', PROVINCE);
    await theirs.page.getByRole('combobox', { name: 'Thẩm quyền xử lý' }).click();
    await theirs.page.getByRole('option', { name: 'Cấp tỉnh' }).click();
    await theirs.page.getByRole('button', { name: 'Giao xử lý' }).click();
    await saved(theirs.page);
    expect(theirs.takeErrors()).toEqual([]);
    await theirs.context.close();

    const form = mine.page.getByRole('region', { name: 'Giao cơ quan xử lý' });
    await form.getByRole('button', { name: 'Giao xử lý' }).click();
    await form.getByRole('alert').getByText('Hồ sơ vừa được người khác thay đổi').waitFor();
    await form
      .getByRole('status')
      .getByText('Giao cơ quan xử lý khó khăn, vướng mắc — Thư ký HĐND tỉnh Tây Ninh', {
        exact: false,
      })
      .waitFor();
    // What was typed is still there, and the page shows the colleague's assignment.
    expect(
      await mine.page.getByRole('combobox', { name: 'Cơ quan, đơn vị được giao' }).inputValue(),
    ).toContain('Phường 1');
    await status(mine.page, 'Đã giao cơ quan xử lý');
    await shot(mine.page, 'obstacle-conflict-desktop');
    expect(await accessibilityViolations(mine.page)).toEqual([]);

    // Having seen it, the clerk saves again: recorded.
    await form.getByRole('button', { name: 'Giao xử lý' }).click();
    await saved(mine.page);
    const history = mine.page.getByRole('region', { name: 'Quá trình xử lý' });
    await history.getByRole('link', { name: /Phường 1/ }).waitFor();
    expect(await history.getByText('Giao cơ quan xử lý khó khăn, vướng mắc').count()).toBe(2);
    expect(mine.takeErrors(412)).toEqual([]);
    await mine.context.close();
  }, 120_000);

  it('shows an auditor no buttons, and an agency’s officer only to resolve, on a phone', async () => {
    const auditor = await signedIn('kiem-toan', '/obstacles/kk-nhieu-phan-mem');
    await auditor.page.getByText(OBSTACLES[0].statement).waitFor();
    await auditor.page.getByRole('region', { name: 'Quá trình xử lý' }).waitFor();
    expect(await auditor.page.getByRole('region', { name: 'Xử lý', exact: true }).count()).toBe(0);
    // Nothing to act with: the only buttons open the read-only views of the case's past.
    expect(await auditor.page.getByRole('main').getByRole('button').allTextContents()).toEqual([
      'Xem hồ sơ tại một thời điểm',
      'So sánh hai thời điểm',
    ]);
    expect(auditor.takeErrors()).toEqual([]);
    await auditor.context.close();

    // Assigned to UBND tỉnh above: its office may resolve it, and do nothing else.
    const officer = await signedIn('vp.ubnd-tinh', '/obstacles/kk-nhieu-phan-mem', PHONE);
    await officer.page.getByText(OBSTACLES[0].statement).waitFor();
    const actions = officer.page.getByRole('region', { name: 'Xử lý', exact: true });
    await actions.getByRole('button', { name: 'Tháo gỡ' }).waitFor();
    expect(await actions.getByRole('button').count()).toBe(1);
    await shot(officer.page, 'obstacle-agency-phone');
    expect(await accessibilityViolations(officer.page)).toEqual([]);
    const width = await officer.page.evaluate(
      () =>
        (globalThis as unknown as { document: { body: { scrollWidth: number } } }).document.body
          .scrollWidth,
    );
    expect(width).toBeLessThanOrEqual(PHONE.width);
    // Its list: only what UBND tỉnh answers for now.
    await officer.page.goto(`${server.base}/obstacles`);
    await officer.page.getByText('Hiển thị 1–2 trên tổng số 2').waitFor();
    await shot(officer.page, 'obstacles-list-agency-phone');
    expect(await accessibilityViolations(officer.page)).toEqual([]);
    expect(officer.takeErrors()).toEqual([]);
    await officer.context.close();
  }, 90_000);
});
