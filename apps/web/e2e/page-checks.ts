import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';

/*
 * What every page's browser test does: open a fresh tab that records console errors, sign in,
 * take the page's picture for people to look at, and ask axe-core what it finds.
 */

/** Screenshots land here for people to look at; git ignores the folder. */
export const ARTIFACTS = join(__dirname, '..', '..', '..', 'test-artifacts', 'console');
export const DESKTOP = { width: 1366, height: 768 };
export const PHONE = { width: 390, height: 844 };
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}

/**
 * axe-core's serious and critical findings on the page once it has settled. The script is evaluated
 * through the browser's debugging protocol, which the page's content policy does not govern:
 * the policy stays as strict for the page as in production.
 */
export const accessibilityViolations = async (page: Page): Promise<string[]> => {
  // A notice or dialog half faded in is not what a reader sees for long: axe would measure the
  // contrast of text at partial opacity. The check waits for the page to settle.
  await page.waitForFunction(
    () => {
      interface Running {
        playState: string;
        effect: { getTiming(): { iterations: number } } | null;
      }
      const { document } = globalThis as unknown as {
        document: { getAnimations(): Running[] };
      };
      // A spinner turns for ever: only what ends is waited for.
      return document
        .getAnimations()
        .every(
          (animation) =>
            animation.playState !== 'running' ||
            animation.effect?.getTiming().iterations === Infinity,
        );
    },
    undefined,
    { timeout: 5_000 },
  );
  await page.evaluate(AXE);
  const result = await page.evaluate(() => {
    const g = globalThis as unknown as {
      axe: { run(context: unknown, options: object): Promise<AxeResult> };
      document: unknown;
    };
    return g.axe.run(g.document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

/** A fresh browser tab (its own storage) that records every console error and page crash. */
export const openTab = async (browser: Browser, viewport = DESKTOP) => {
  const context = await browser.newContext({
    viewport,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  /** The errors so far, less the refusals a step provoked on purpose; then forgets them. */
  const takeErrors = (expectedStatus?: number) => {
    const unexpected = errors.filter(
      (text) =>
        expectedStatus === undefined ||
        !text.includes(`the server responded with a status of ${expectedStatus}`),
    );
    errors.length = 0;
    return unexpected;
  };
  return { context, page, takeErrors };
};

/** Fills the sign-in form in Vietnamese and submits it. */
export const signIn = async (page: Page, username: string, password: string) => {
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
};

/**
 * The page's full picture, under test-artifacts/console/<name>.png; or only what the window
 * shows (`fullPage: false`), for an open list the taller picture's resize would close.
 */
export const shot = (page: Page, name: string, { fullPage = true } = {}) => {
  mkdirSync(ARTIFACTS, { recursive: true });
  return page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });
};
