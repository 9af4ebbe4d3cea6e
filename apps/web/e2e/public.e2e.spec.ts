import type { Browser, Page } from 'playwright-core';
import { browserAvailable, launchChromium } from './browser';
import { startConsole } from './console-server';
import { accessibilityViolations, openTab, PHONE, shot, signIn as signInAs } from './page-checks';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

const TAY_NINH = 'dgs-2024-cchc-cds';
const TAY_NINH_TITLE = 'Thành lập Đoàn giám sát chuyên đề của Hội đồng nhân dân tỉnh năm 2024';
/** A delegation the council never publishes: its title must never reach the public page. */
const UNPUBLISHED = 'Đoàn giám sát việc quản lý đất công năm 2025 (chưa công khai)';
const BASIS = 'Thông báo số 12/TB-HĐND ngày 05/10/2024 về công khai kết quả giám sát';

/**
 * The public page (docs/console.md, "Công khai"): the secretariat publishes the Tây Ninh
 * delegation from its page; anyone, signed in or not, sees it at /cong-khai with its
 * recommendations, and never a delegation nobody published; after a withdrawal it is gone.
 */
describeInBrowser('the public page in Chromium', () => {
  let server: Awaited<ReturnType<typeof startConsole>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await startConsole();
    browser = await launchChromium();
    // A second delegation, established and never published.
    const login = await fetch(`${server.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'thu-ky', password: server.password }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const created = await fetch(`${server.base}/api/delegations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
      body: JSON.stringify({
        title: UNPUBLISHED,
        topic: 'Quản lý, sử dụng đất công trên địa bàn tỉnh',
        legalBasis: { number: '21/NQ-HĐND', issuedOn: '2025-01-10', issuedBy: 'HĐND tỉnh' },
        periodFrom: '2022-01-01',
        periodTo: '2024-12-31',
        chair: { name: 'Trần Văn Chiến', position: 'Phó Chủ tịch HĐND tỉnh' },
        members: [],
      }),
    });
    if (created.status !== 201) throw new Error(`POST /api/delegations answered ${created.status}`);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const openDelegationAsClerk = async () => {
    const tab = await openTab(browser);
    await tab.page.goto(`${server.base}/sign-in`);
    await signInAs(tab.page, 'thu-ky', server.password);
    await tab.page.getByRole('heading', { name: 'Việc cần làm', level: 2 }).waitFor();
    await tab.page.goto(`${server.base}/delegations/${TAY_NINH}`);
    await tab.page.getByRole('heading', { name: TAY_NINH_TITLE }).waitFor();
    return tab;
  };

  /** An anonymous visitor's fresh tab on /cong-khai, once the list has loaded. */
  const visit = async (viewport?: typeof PHONE) => {
    const tab = await openTab(browser, viewport);
    await tab.page.goto(`${server.base}/cong-khai`);
    await tab.page.getByRole('heading', { name: 'Công khai kết quả giám sát', level: 1 }).waitFor();
    await tab.page.getByRole('status').waitFor({ state: 'detached' });
    return tab;
  };

  const publicSection = (page: Page) =>
    page.getByRole('region', { name: 'Công khai', exact: true });

  it('shows nothing public before the secretariat publishes', async () => {
    const { context, page, takeErrors } = await visit();
    await page.getByText('Hiện chưa có kết quả giám sát nào được công khai.').waitFor();
    expect(await page.getByText(UNPUBLISHED).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 60_000);

  it('lets the secretariat publish a delegation, which anyone then sees with its recommendations', async () => {
    const clerk = await openDelegationAsClerk();
    const section = publicSection(clerk.page);
    await section.getByText('Kết quả giám sát của đoàn chưa được công khai.').waitFor();
    await section.getByRole('button', { name: 'Công khai' }).click();
    // Saved without a basis: the error is said beside the field, and nothing is sent.
    await clerk.page.getByRole('button', { name: 'Công khai' }).last().click();
    await clerk.page.getByText('Chưa lưu được: kiểm tra lại các mục sau').waitFor();
    await shot(clerk.page, 'public-publish-form-error');
    await clerk.page.getByLabel('Căn cứ hoặc ghi chú công khai').fill(BASIS);
    await shot(clerk.page, 'public-publish-form');
    expect(await accessibilityViolations(clerk.page)).toEqual([]);
    await clerk.page.getByRole('button', { name: 'Công khai' }).last().click();
    await section.getByText(/^Đã công khai ngày/).waitFor();
    await shot(clerk.page, 'public-delegation-published');
    expect(clerk.takeErrors()).toEqual([]);
    await clerk.context.close();

    const { context, page, takeErrors } = await visit();
    const delegation = page.getByRole('article', { name: TAY_NINH_TITLE });
    await delegation.waitFor();
    await delegation.getByText(BASIS).waitFor();
    await delegation.getByText('Nguyễn Đài Thy', { exact: false }).first().waitFor();
    const recommendation = delegation.getByTestId('public-recommendation').first();
    await recommendation.getByText(/khôi phục dữ liệu cá nhân/).waitFor();
    await recommendation.getByText('Ủy ban nhân dân tỉnh Tây Ninh', { exact: false }).waitFor();
    await recommendation.getByText('14/06/2024').waitFor();
    await recommendation.getByText(/^Văn bản trả lời ngày 10\/06\/2024/).waitFor();
    expect(await page.getByText(UNPUBLISHED).count()).toBe(0);
    await shot(page, 'public-page');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { name: 'Published supervision results', level: 1 }).waitFor();
    await delegation.getByText('Agency addressed').first().waitFor();
    await shot(page, 'public-page-en');
    expect(takeErrors()).toEqual([]);
    await context.close();

    const phone = await visit(PHONE);
    await phone.page.getByRole('article', { name: TAY_NINH_TITLE }).waitFor();
    await shot(phone.page, 'public-page-phone');
    expect(await accessibilityViolations(phone.page)).toEqual([]);
    expect(phone.takeErrors()).toEqual([]);
    await phone.context.close();
  }, 120_000);

  it('takes the delegation off the public page when the secretariat withdraws it, with a reason', async () => {
    const clerk = await openDelegationAsClerk();
    const section = publicSection(clerk.page);
    await section.getByRole('button', { name: 'Thu hồi công khai' }).click();
    await clerk.page
      .getByLabel('Lý do thu hồi')
      .fill('Số liệu trong văn bản trả lời cần đính chính');
    await shot(clerk.page, 'public-withdraw-form');
    await clerk.page.getByRole('button', { name: 'Thu hồi công khai' }).last().click();
    await section.getByText('Kết quả giám sát của đoàn chưa được công khai.').waitFor();
    expect(clerk.takeErrors()).toEqual([]);
    await clerk.context.close();

    const { context, page, takeErrors } = await visit();
    await page.getByText('Hiện chưa có kết quả giám sát nào được công khai.').waitFor();
    expect(await page.getByText(TAY_NINH_TITLE).count()).toBe(0);
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 120_000);
});
