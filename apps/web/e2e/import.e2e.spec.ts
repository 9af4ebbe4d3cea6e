import type { Browser } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerRowOf, sheetXml, workbookParts, writeZip } from '@hdnd/testing/bad-spreadsheets';
import { REGISTER_COLUMNS } from '@hdnd/documents';
import { browserAvailable, launchChromium } from './browser';
import { startConsole } from './console-server';
import { accessibilityViolations, openTab, shot, signIn } from './page-checks';

const describeInBrowser = browserAvailable() ? describe : describe.skip;

const row = (n: number, changes: Record<string, string> = {}) =>
  registerRowOf({
    'Đoàn giám sát': 'Giám sát việc giải quyết kiến nghị cử tri',
    'Số nghị quyết': '42/NQ-HĐND',
    'Ngày nghị quyết': '15/01/2024',
    // As an office types it, without diacritics: matched all the same.
    'Cơ quan được kiến nghị': 'Uy ban nhan dan tinh Tay Ninh',
    'Nội dung kiến nghị': `Kiến nghị nhập từ sổ theo dõi số ${n} (dữ liệu mẫu)`,
    'Ngày ban hành': '01/03/2024',
    'Hạn trả lời': '2/5/2024',
    ...changes,
  });

/** Three good rows and two bad ones (an unknown agency, an impossible date). */
const register = () =>
  writeZip(
    workbookParts(
      sheetXml([
        REGISTER_COLUMNS.map((c) => c.header),
        row(1),
        row(2, {
          'Ngày trả lời': '10/04/2024',
          'Ý kiến tiếp thu': 'Tiếp thu',
          'Nội dung trả lời, giải trình': 'Tiếp thu, sẽ thực hiện (dữ liệu mẫu)',
          'Cam kết và thời hạn': 'Hoàn thành rà soát (hạn 30/09/2024)',
        }),
        row(3, { 'Cơ quan được kiến nghị': 'UBND huyện Không Có' }),
        row(4, { 'Ngày ban hành': '30/02/2024' }),
        row(5, { 'Mức đôn đốc': 'Đôn đốc lần 1' }),
      ]),
    ),
  );

describeInBrowser('Nhập từ Excel in Chromium', () => {
  let server: Awaited<ReturnType<typeof startConsole>>;
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'hdnd-import-'));
  const file = join(dir, 'so-theo-doi-kien-nghi.xlsx');

  beforeAll(async () => {
    writeFileSync(file, register());
    server = await startConsole();
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the clerk checks a register, reads each bad row, confirms and follows the import', async () => {
    const { context, page, takeErrors } = await openTab(browser);
    await page.goto(`${server.base}/recommendations`);
    await signIn(page, 'thu-ky', server.password);
    await page.getByRole('link', { name: 'Nhập từ Excel' }).click();
    await page.getByRole('heading', { name: 'Nhập từ Excel', level: 2 }).waitFor();
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await page.getByText('Tệp có 5 dòng: 3 dòng hợp lệ, 2 dòng có lỗi').waitFor();
    const errors = await page.locator('[data-testid="import-errors"] tbody tr').allInnerTexts();
    expect(errors).toEqual([
      expect.stringMatching(
        /^4\tCơ quan được kiến nghị\tKhông tìm thấy cơ quan "UBND huyện Không Có"/,
      ),
      expect.stringMatching(/^5\tNgày ban hành\tNgày không hợp lệ \("30\/02\/2024"\)/),
    ]);
    expect(await page.getByRole('listitem').allInnerTexts()).toEqual(
      expect.arrayContaining([
        'Đoàn giám sát: 1',
        'Kiến nghị: 3',
        'Văn bản trả lời: 1',
        'Cam kết: 1',
      ]),
    );
    await shot(page, 'import-dry-run');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Xác nhận nhập 3 dòng hợp lệ' }).click();
    await page.getByText('Đã nhập xong: 3 kiến nghị').waitFor({ timeout: 30_000 });
    await shot(page, 'import-done');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Kiến nghị', exact: true }).first().click();
    await page
      .getByText('Kiến nghị nhập từ sổ theo dõi số 1 (dữ liệu mẫu)')
      .waitFor()
      .catch(async (error: unknown) => {
        await shot(page, 'import-tracker-failed');
        throw error;
      });
    expect(takeErrors()).toEqual([]);
    await context.close();
  }, 120_000);

  it('offers the import to the clerk only', async () => {
    const { context, page } = await openTab(browser);
    await page.goto(`${server.base}/recommendations`);
    await signIn(page, 'kiem-toan', server.password);
    await page.getByRole('heading', { name: 'Kiến nghị', level: 2 }).waitFor();
    expect(await page.getByRole('link', { name: 'Nhập từ Excel' }).count()).toBe(0);
    await context.close();
  }, 60_000);
});
