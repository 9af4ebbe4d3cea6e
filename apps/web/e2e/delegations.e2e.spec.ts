import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchChromium } from './browser';
import { startConsole } from './console-server';
import { accessibilityViolations, openTab, shot, signIn as signInAs } from './page-checks';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

/** A new delegation modelled on the Tây Ninh case: the next year's, by the next resolution. */
const TITLE = 'Đoàn giám sát chuyên đề năm 2025 về cải cách thủ tục hành chính';
const TOPIC =
  'Công tác cải cách thủ tục hành chính gắn với chuyển đổi số năm 2024 trên địa bàn tỉnh';
const FINDING =
  'Chỉ số cải cách hành chính của thành phố năm 2024 đạt 84,72/100 điểm, xếp loại Tốt, đứng thứ 3/9';
const RECOMMENDATION =
  'Đề nghị UBND tỉnh chỉ đạo rà soát, đơn giản hóa thủ tục hành chính và nâng tỷ lệ số hóa hồ sơ';

/** A member of the delegation: reads delegations, records surveys and findings, no more. */
const MEMBER = {
  username: 'thanh-vien',
  displayName: 'Thành viên Đoàn giám sát',
  role: 'member',
};

describeInBrowser('the delegation pages in Chromium', () => {
  let server: Awaited<ReturnType<typeof startConsole>>;
  let browser: Browser;
  /** Where the new delegation's page is, once the clerk has established it. */
  let delegationPath = '';

  beforeAll(async () => {
    server = await startConsole();
    browser = await launchChromium();
    // The Tây Ninh case has no delegation member: the admin opens one through the API.
    const login = await fetch(`${server.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: server.password }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
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

  /**
   * Commands the page sent: path, the If-Match it carried (or '-') and whether it had an
   * Idempotency-Key. What "nothing was recorded" and "sent once, with the revision" check.
   */
  const recordCommands = (page: Page) => {
    const sent: { path: string; ifMatch: string; keyed: boolean }[] = [];
    page.on('request', (request) => {
      if (request.method() !== 'POST') return;
      const headers = request.headers();
      sent.push({
        path: new URL(request.url()).pathname,
        ifMatch: headers['if-match'] ?? '-',
        keyed: (headers['idempotency-key'] ?? '') !== '',
      });
    });
    return sent;
  };

  /** Picks an option of a Mantine select by typing into it, as a clerk does. */
  const pick = async (page: Page, label: string, typed: string, option: string) => {
    const input = page.locator('input').and(page.getByLabel(label, { exact: true }));
    await input.click();
    // A list that is not searched (the delegation's own groups) is only clicked.
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

  it('walks a new delegation through every form, as the secretariat', async () => {
    const { context, page, takeErrors } = await openTab(browser);
    const sent = recordCommands(page);
    await signIn(page, 'thu-ky');

    await page.getByRole('navigation').getByRole('link', { name: 'Đoàn giám sát' }).click();
    await page.getByRole('heading', { name: 'Đoàn giám sát', level: 2 }).waitFor();
    await page.getByText('Có 1 đoàn giám sát.').waitFor();
    await shot(page, 'delegations-list');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Thành lập đoàn giám sát', exact: true }).click();
    await page.waitForURL(`${server.base}/delegations/new`);
    await page.getByRole('heading', { name: 'Thành lập đoàn giám sát', level: 2 }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // Bad input: the field's sentence, in Vietnamese, on top and beside it; nothing is sent.
    await page.getByLabel('Tên đoàn giám sát').fill('   ');
    await page.getByRole('button', { name: 'Thành lập đoàn' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Chưa lưu được' });
    await summary.getByText('Số nghị quyết không được để trống.').waitFor();
    await summary.getByText('Tiêu đề không được để trống.').waitFor();
    await summary.getByText('Giám sát từ ngày là thông tin bắt buộc.').waitFor();
    expect(await page.getByText('Số nghị quyết không được để trống.').count()).toBe(2);
    await shot(page, 'delegation-new-errors');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(sent.filter(({ path }) => path.startsWith('/api/delegations'))).toEqual([]);

    // Established from a resolution, as Nghị quyết 135/NQ-HĐND established Tây Ninh's.
    await page.getByLabel('Số nghị quyết').fill('142/NQ-HĐND');
    await fillDate(page, 'Ngày ban hành', '10/12/2024');
    await page.getByLabel('Cơ quan ban hành').fill('Hội đồng nhân dân tỉnh Tây Ninh');
    // Supervised by one of the council's committees, which must then be named.
    await page.getByRole('combobox', { name: 'Chủ thể giám sát' }).click();
    await page.getByRole('option', { name: 'Ban của Hội đồng nhân dân' }).click();
    await page.getByLabel('Tên Ban, Tổ đại biểu hoặc đại biểu').fill('Ban Pháp chế');
    await page.getByLabel('Tên đoàn giám sát').fill(TITLE);
    await page.getByLabel('Nội dung giám sát (chuyên đề)').fill(TOPIC);
    await fillDate(page, 'Từ ngày', '01/01/2024');
    await fillDate(page, 'Đến ngày', '31/12/2024');
    await page.getByLabel('Họ và tên', { exact: true }).fill('Nguyễn Đài Thy');
    await page
      .getByLabel('Chức vụ (không bắt buộc)', { exact: true })
      .fill('Phó Chủ tịch Thường trực HĐND tỉnh');
    await page.getByRole('button', { name: 'Thêm dòng' }).click();
    await page
      .getByLabel('Họ và tên thành viên 1')
      .fill('Lãnh đạo Văn phòng Đoàn ĐBQH và HĐND tỉnh');
    await shot(page, 'delegation-new-filled');
    await page.getByRole('button', { name: 'Thành lập đoàn' }).click();
    await page.waitForURL(/\/delegations\/[0-9a-f-]{36}$/);
    delegationPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { name: TITLE, level: 2 }).waitFor();
    await page
      .getByText('Nghị quyết số 142/NQ-HĐND ngày 10/12/2024 của Hội đồng nhân dân tỉnh Tây Ninh')
      .waitFor();
    await page.getByText('Từ 01/01/2024 đến 31/12/2024').waitFor();
    await page.getByText('Ban Pháp chế — Ban của Hội đồng nhân dân (Cấp tỉnh)').waitFor();
    await page.getByText('Đang giám sát').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // A working group.
    await page.getByRole('button', { name: 'Thành lập đoàn công tác' }).click();
    await page.getByLabel('Số hiệu đoàn công tác').fill('01');
    await page.getByLabel('Họ và tên trưởng đoàn công tác').fill('Nguyễn Đài Thy');
    await page.getByRole('button', { name: 'Thành lập đoàn công tác' }).click();
    await section(page, 'Đoàn công tác').getByText('Đoàn công tác số 01').waitFor();

    // A survey of the city by working group 01.
    await page.getByRole('button', { name: 'Ghi nhận khảo sát' }).click();
    await pick(page, 'Đoàn công tác thực hiện (không bắt buộc)', '', 'Đoàn công tác số 01');
    await fillDate(page, 'Ngày khảo sát', '12/03/2025');
    await pick(
      page,
      'Cơ quan, đơn vị được khảo sát',
      'thanh pho tay ninh',
      'Ủy ban nhân dân thành phố Tây Ninh',
    );
    await page
      .getByLabel('Nội dung 1', { exact: true })
      .fill('Tình hình tổ chức và hoạt động của Bộ phận một cửa');
    await page.getByLabel('Họ và tên', { exact: true }).fill('Nguyễn Đài Thy');
    await shot(page, 'delegation-survey-form');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ghi nhận khảo sát' }).click();
    await section(page, 'Khảo sát').getByText('12/03/2025 · Đoàn công tác số 01').waitFor();

    // A finding of that survey, with its indicator.
    await page.getByRole('button', { name: 'Ghi nhận kết quả giám sát' }).click();
    await pick(
      page,
      'Cuộc khảo sát (không bắt buộc)',
      '',
      'Khảo sát ngày 12/03/2025: Ủy ban nhân dân thành phố Tây Ninh',
    );
    await page.getByLabel('Nội dung kết quả giám sát').fill(FINDING);
    await page.getByRole('button', { name: 'Thêm dòng' }).click();
    await page.getByLabel('Tên chỉ số 1').fill('Chỉ số CCHC');
    await page.getByLabel('Kỳ (năm) của chỉ số 1').fill('2024');
    await page.getByLabel('Điểm (không bắt buộc)', { exact: true }).fill('84,72');
    await page.getByLabel('Thang điểm (không bắt buộc)', { exact: true }).fill('100');
    await page.getByLabel('Xếp hạng (không bắt buộc)', { exact: true }).fill('3');
    await page.getByLabel('Trên tổng số (không bắt buộc)', { exact: true }).fill('9');
    await page.getByLabel('Xếp loại (không bắt buộc)', { exact: true }).fill('Tốt');
    await fillDate(page, 'Ngày ghi nhận (không bắt buộc)', '12/03/2025');
    await shot(page, 'delegation-finding-form');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ghi nhận kết quả' }).click();
    const findings = section(page, 'Kết quả giám sát');
    await findings.getByText(FINDING).waitFor();
    await findings.getByRole('cell', { name: '84,72/100 · hạng 3/9 · Tốt' }).waitFor();
    await findings.getByText('Ưu điểm, kết quả đạt được').waitFor();

    // A recommendation to UBND tỉnh citing that finding.
    await page.getByRole('button', { name: 'Ban hành kiến nghị' }).click();
    await pick(page, 'Cơ quan được kiến nghị', 'tinh tay ninh', 'Ủy ban nhân dân tỉnh Tây Ninh');
    await page.getByLabel('Nội dung kiến nghị').fill(RECOMMENDATION);
    await page.getByRole('checkbox', { name: FINDING }).check();
    await fillDate(page, 'Hạn trả lời', '29/01/2027');
    await shot(page, 'delegation-recommendation-form');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Ban hành kiến nghị' }).click();
    const recommendation = section(page, 'Kiến nghị').getByRole('link', { name: RECOMMENDATION });
    await recommendation.waitFor();
    expect(await recommendation.getAttribute('href')).toMatch(/^\/recommendations\/[0-9a-f-]{36}$/);
    await section(page, 'Kiến nghị').getByText('Chờ trả lời').waitFor();
    await section(page, 'Kiến nghị').getByText('Hạn trả lời: 29/01/2027').waitFor();

    // Concluded: the record is closed to new work.
    await page.getByRole('button', { name: 'Kết luận giám sát' }).click();
    await fillDate(page, 'Ngày kết luận', '30/06/2025');
    await page
      .getByLabel('Tóm tắt kết luận giám sát')
      .fill('Đoàn giám sát đã hoàn thành kế hoạch; kiến nghị UBND tỉnh tiếp tục đẩy mạnh số hóa.');
    await page.getByRole('button', { name: 'Kết luận', exact: true }).click();
    await page.getByText('Kết luận ngày 30/06/2025').waitFor();
    await page.getByText('Đã kết luận').waitFor();
    expect(await page.getByRole('button', { name: 'Thành lập đoàn công tác' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Ghi nhận khảo sát' }).count()).toBe(0);
    await shot(page, 'delegation-page');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Each command went out once, with an Idempotency-Key; those that change the delegation
    // with the revision the page showed. Issuing creates the recommendation's own case.
    const revision = expect.stringMatching(/^"\d+"$/);
    expect(sent.filter(({ path }) => path.startsWith('/api/delegations'))).toEqual([
      { path: '/api/delegations', ifMatch: '-', keyed: true },
      { path: `/api${delegationPath}/working-groups`, ifMatch: revision, keyed: true },
      { path: `/api${delegationPath}/surveys`, ifMatch: revision, keyed: true },
      { path: `/api${delegationPath}/findings`, ifMatch: revision, keyed: true },
      { path: `/api${delegationPath}/recommendations`, ifMatch: '-', keyed: true },
      { path: `/api${delegationPath}/conclusion`, ifMatch: revision, keyed: true },
    ]);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 180_000);

  it('finds the delegation without diacritics: "cai cach" finds "cải cách"', async () => {
    const { context, page, takeErrors } = await openTab(browser);
    await signIn(page, 'thu-ky');
    await page.goto(`${server.base}/delegations`);
    await page.getByText('Có 2 đoàn giám sát.').waitFor();
    await page.getByLabel('Tìm đoàn giám sát').fill('chuyen doi so nam 2024');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.waitForURL(/\?q=chuyen/);
    await page.getByText('Tìm thấy 1 đoàn giám sát với “chuyen doi so nam 2024”.').waitFor();
    await page.getByRole('link', { name: TITLE }).waitFor();

    await page.getByLabel('Tìm đoàn giám sát').fill('cai cach');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.getByText('Tìm thấy 2 đoàn giám sát với “cai cach”.').waitFor();
    await shot(page, 'delegations-search');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(`${server.base}${delegationPath}`);
    await page.getByRole('heading', { name: TITLE, level: 2 }).waitFor();

    await page.goto(`${server.base}/delegations?q=khong+co+doan+nao`);
    await page.getByText('Không có đoàn giám sát nào phù hợp.').waitFor();

    // In English, the same page speaks English only, numbers written the English way.
    await page.goto(`${server.base}${delegationPath}`);
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Findings (1)', level: 3 }).waitFor();
    await page.getByRole('cell', { name: '84.72/100 · rank 3 of 9 · Tốt' }).waitFor();
    await page
      .getByText('Resolution 142/NQ-HĐND of 10/12/2024 by Hội đồng nhân dân tỉnh Tây Ninh')
      .waitFor();
    await shot(page, 'delegation-page-en');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByText('Tiếng Việt', { exact: true }).click();
    await page.getByRole('heading', { name: 'Kết quả giám sát (1)', level: 3 }).waitFor();
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 60_000);

  it('shows a delegation member no establish button, and only the forms a member may use', async () => {
    const { context, page, takeErrors } = await openTab(browser);
    await signIn(page, MEMBER.username);
    await page.getByRole('navigation').getByRole('link', { name: 'Đoàn giám sát' }).click();
    await page.getByText('Có 2 đoàn giám sát.').waitFor();
    expect(
      await page.getByRole('link', { name: 'Thành lập đoàn giám sát', exact: true }).count(),
    ).toBe(0);
    expect(
      await page.getByRole('button', { name: 'Thành lập đoàn giám sát', exact: true }).count(),
    ).toBe(0);
    await shot(page, 'delegations-list-member');

    // The form's address is no way round: it leads back to the list.
    await page.goto(`${server.base}/delegations/new`);
    await page.waitForURL(`${server.base}/delegations`);

    // On the Tây Ninh delegation, still at work: surveys and findings, not groups or recommendations.
    await page
      .getByRole('link', { name: 'Thành lập Đoàn giám sát chuyên đề', exact: false })
      .click();
    await page.waitForURL(`${server.base}/delegations/dgs-2024-cchc-cds`);
    await page.getByRole('heading', { name: 'Kết quả giám sát', level: 3 }).waitFor();
    await page.getByRole('button', { name: 'Ghi nhận khảo sát' }).waitFor();
    await page.getByRole('button', { name: 'Ghi nhận kết quả giám sát' }).waitFor();
    expect(await page.getByRole('button', { name: 'Thành lập đoàn công tác' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Ban hành kiến nghị' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Kết luận giám sát' }).count()).toBe(0);
    await page.getByText('84,72/100 · hạng 3/9 · Tốt').waitFor();
    await shot(page, 'delegation-tay-ninh-member');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 60_000);

  it('says plainly when someone else changed the delegation, keeps what was typed, and records on a second save', async () => {
    const first = await openTab(browser);
    const second = await openTab(browser);
    const tayNinh = `${server.base}/delegations/dgs-2024-cchc-cds`;
    for (const { page } of [first, second]) {
      await signIn(page, 'thu-ky');
      await page.goto(tayNinh);
      await page.getByRole('button', { name: 'Thành lập đoàn công tác' }).click();
    }
    // The second clerk forms group 03 first.
    await second.page.getByLabel('Số hiệu đoàn công tác').fill('03');
    await second.page.getByLabel('Họ và tên trưởng đoàn công tác').fill('Trần Văn Hai');
    await second.page.getByRole('button', { name: 'Thành lập đoàn công tác' }).click();
    await section(second.page, 'Đoàn công tác').getByText('Đoàn công tác số 03').waitFor();

    // The first, whose form showed the delegation before that, is told and keeps the typing.
    await first.page.getByLabel('Số hiệu đoàn công tác').fill('04');
    await first.page.getByLabel('Họ và tên trưởng đoàn công tác').fill('Lê Thị Bốn');
    await first.page.getByRole('button', { name: 'Thành lập đoàn công tác' }).click();
    await first.page.getByText('Hồ sơ vừa được người khác thay đổi').waitFor();
    await first.page.getByText('Đoàn công tác mới: 03').waitFor();
    expect(await first.page.getByLabel('Số hiệu đoàn công tác').inputValue()).toBe('04');
    await shot(first.page, 'delegation-conflict');
    expect(await accessibilityViolations(first.page)).toEqual([]);
    await first.page.getByRole('button', { name: 'Thành lập đoàn công tác' }).click();
    await section(first.page, 'Đoàn công tác').getByText('Đoàn công tác số 04').waitFor();
    expect(first.takeErrors(412)).toEqual([]);
    expect(second.takeErrors()).toEqual([]);
    await first.context.close();
    await second.context.close();
  }, 90_000);
});
