import type { Browser, Page } from 'playwright-core';

/** What the bench waits for: agreed with the pages that draw them. */
export const TRACKER_ROWS = '[data-testid="tracker-list"] a';
export const RECOMMENDATION_PAGE = '[data-testid="recommendation-page"]';
/** The to-do page's section headings appear once both of its tracker reads have answered. */
export const TODO_SECTIONS = 'main section h3';
/** How long a page may take before the bench says it never appeared. */
const PAGE_TIMEOUT_MS = 30_000;

export interface Timing {
  /** The first navigation, with nothing cached yet (not in the median). */
  readonly coldMs: number | null;
  readonly runsMs: readonly number[];
  readonly medianMs: number | null;
  /** Why it could not be measured: the selector that never appeared, and where. */
  readonly error?: string;
}

const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** What `shown` uses of the page's DOM (this file is compiled without the DOM's types). */
interface PageGlobals {
  readonly document: {
    querySelector(selector: string): {
      getBoundingClientRect(): { width: number; height: number };
    } | null;
  };
  getComputedStyle(element: unknown): { visibility: string };
}

/** In the page: the first element matching `selector`, if it is laid out with a size (shown). */
const shown = (selector: string): boolean => {
  const page = globalThis as unknown as PageGlobals;
  const element = page.document.querySelector(selector);
  if (!element) return false;
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && page.getComputedStyle(element).visibility !== 'hidden';
};

/**
 * Milliseconds from asking the browser for `url` to the first `selector` shown on it. The page
 * is checked on every animation frame: Playwright's own locator wait polls at growing intervals
 * (up to 500 ms apart), which rounded every time up to the next poll.
 */
const timeTo = async (page: Page, url: string, selector: string): Promise<number> => {
  const started = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  try {
    await page.waitForFunction(shown, selector, { polling: 'raf', timeout: PAGE_TIMEOUT_MS });
  } catch {
    throw new Error(
      `${selector} did not appear on ${new URL(url).pathname} within ${PAGE_TIMEOUT_MS / 1000} s` +
        ' (is that page built, and does it mark what it shows with that selector?)',
    );
  }
  return Math.round(performance.now() - started);
};

/** A cold navigation, then `runs` more; the median of those. A missing page is said, not thrown. */
const measure = async (
  page: Page,
  url: string,
  selector: string,
  runs: number,
): Promise<Timing> => {
  const times: number[] = [];
  let coldMs: number | null = null;
  try {
    coldMs = await timeTo(page, url, selector);
    for (let run = 0; run < runs; run++) times.push(await timeTo(page, url, selector));
    return { coldMs, runsMs: times, medianMs: median(times) };
  } catch (error) {
    return { coldMs, runsMs: times, medianMs: median(times), error: (error as Error).message };
  }
};

/**
 * Signs a clerk in through the sign-in page, then times the to-do page, the tracker list and
 * one recommendation's page, each navigated to afresh (the console loads, reads the API, draws).
 */
export const measurePages = async (
  browser: Browser,
  base: string,
  clerk: { username: string; password: string },
  recommendationId: string,
  runs: number,
): Promise<{ todoPage: Timing; trackerList: Timing; recommendationPage: Timing }> => {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/sign-in`);
    await page.getByLabel('Tên đăng nhập').fill(clerk.username);
    await page.getByLabel('Mật khẩu').fill(clerk.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('heading', { name: 'Việc cần làm', level: 2 }).waitFor();
    // The home page reads the tracker twice (overdue, awaiting a response) over the same log.
    const todoPage = await measure(page, `${base}/`, TODO_SECTIONS, runs);
    const trackerList = await measure(page, `${base}/recommendations`, TRACKER_ROWS, runs);
    const recommendationPage = await measure(
      page,
      `${base}/recommendations/${recommendationId}`,
      RECOMMENDATION_PAGE,
      runs,
    );
    return { todoPage, trackerList, recommendationPage };
  } finally {
    await context.close();
  }
};
