/**
 * npm run bench:web — the console as a browser gets it:
 * 1. what the first page makes the browser download: the scripts and styles
 *    apps/web/dist/index.html names, each gzipped as a server would send it (budget 250 kB of
 *    scripts; the run fails past it);
 * 2. with the Tây Ninh case repeated to 100 000 recommendations in the log (BENCH_WEB_RECOMMENDATIONS),
 *    and against 1 000 in the same run (BENCH_WEB_BASELINE): how long the api's projections take
 *    to catch up from the log, then, in headless Chromium, the time from navigation to the
 *    tracker list shown and to a recommendation's page shown — the median of
 *    BENCH_WEB_RUNS (5) navigations after a first, cold one (target under 1 s each).
 * Prints tables and writes bench-results/web.json. Builds the console and the api first.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { browserAvailable, launchChromium } from '../../../apps/web/e2e/browser';
import { productEnv, productNodeOptions, removeDir, tempDir } from '../store/bench-support';
import {
  measurePages,
  RECOMMENDATION_PAGE,
  TODO_SECTIONS,
  TRACKER_ROWS,
  type Timing,
} from './page-times';
import { seededRecommendationId, seedTayNinhLog } from './seed-tay-ninh-log';
import { tayNinhTemplate } from './tay-ninh-template';

const ROOT = join(__dirname, '..', '..', '..');
const DIST = join(ROOT, 'apps', 'web', 'dist');
/** The budget of the first page's JavaScript, gzipped. */
const SCRIPT_BUDGET_BYTES = 250 * 1024;

execFileSync(
  process.execPath,
  ['-r', '@swc-node/register', join(ROOT, 'apps', 'web', 'tools', 'build-if-stale.ts')],
  { stdio: 'inherit' },
);

const index = readFileSync(join(DIST, 'index.html'), 'utf8');
/** Every file index.html makes the browser fetch at once: scripts, preloaded modules, styles. */
const assets = [
  ...index.matchAll(/<script[^>]*\bsrc="([^"]+)"/g),
  ...index.matchAll(/<link[^>]*\brel="(?:modulepreload|stylesheet)"[^>]*\bhref="([^"]+)"/g),
].map((match) => match[1]!);

const files = [...new Set(assets)].map((path) => {
  const bytes = readFileSync(join(DIST, path));
  return {
    path,
    kind: path.endsWith('.css') ? 'style' : 'script',
    bytes: bytes.length,
    gzipBytes: gzipSync(bytes, { level: 9 }).length,
  };
});
const total = (kind: string) =>
  files.filter((file) => file.kind === kind).reduce((sum, file) => sum + file.gzipBytes, 0);
const result = {
  files,
  scriptsGzipBytes: total('script'),
  stylesGzipBytes: total('style'),
  scriptBudgetGzipBytes: SCRIPT_BUDGET_BYTES,
  withinBudget: total('script') <= SCRIPT_BUDGET_BYTES,
};

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
console.table(
  files.map((file) => ({ file: file.path, size: kB(file.bytes), gzip: kB(file.gzipBytes) })),
);
console.log(
  `First page: scripts ${kB(result.scriptsGzipBytes)} gzipped (budget ${kB(SCRIPT_BUDGET_BYTES)}), styles ${kB(result.stylesGzipBytes)}`,
);

const RECOMMENDATIONS = Number(process.env.BENCH_WEB_RECOMMENDATIONS ?? 100_000);
const BASELINE = Number(process.env.BENCH_WEB_BASELINE ?? 1_000);
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 5);
/** The target for each page, from navigation to shown. */
const PAGE_TARGET_MS = 1_000;
const PASSWORD = 'bench-web-password';
const CLERK = { username: 'thu-ky', password: PASSWORD };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;

const waitUntil = async (check: () => Promise<boolean>, what: string, timeoutMs: number) => {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await sleep(200);
  }
  throw new Error(`timed out waiting for ${what}`);
};

interface SizeResult {
  readonly recommendations: number;
  readonly events: string;
  readonly seedSeconds: number;
  /** From the api's start to its health answering. */
  readonly startSeconds: number;
  /** From the api answering to its projections holding the whole log. */
  readonly catchUpSeconds: number;
  readonly todoPage: Timing;
  readonly trackerList: Timing;
  readonly recommendationPage: Timing;
}

/** One log of `count` recommendations: seeded, served by the built api, measured in Chromium. */
const measureSize = async (
  count: number,
  template: Awaited<ReturnType<typeof tayNinhTemplate>>,
  browser: Awaited<ReturnType<typeof launchChromium>>,
): Promise<SizeResult> => {
  const dataDir = tempDir('hdnd-bench-web-');
  const port = 40_000 + Math.floor(Math.random() * 10_000);
  const base = `http://127.0.0.1:${port}`;
  try {
    process.stderr.write(`seeding ${count.toLocaleString('en')} recommendations…\n`);
    let since = performance.now();
    const head = await seedTayNinhLog(join(dataDir, 'events.sqlite'), template, count);
    const seedSeconds = seconds(since);
    since = performance.now();
    const server = spawn(
      process.execPath,
      [...productNodeOptions('nodeOptions'), 'dist/apps/api/apps/api/src/main.js'],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          ...productEnv(),
          DATA_DIR: dataDir,
          PORT: String(port),
          HOST: '127.0.0.1',
          ADMIN_PASSWORD: PASSWORD,
          RATE_LIMIT_PER_MINUTE: '0',
          // The deadline sweep would record reminders for every case while it is measured.
          FOLLOW_UP_INTERVAL_MINUTES: '0',
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    try {
      await waitUntil(async () => (await fetch(`${base}/health`)).ok, 'the api', 120_000);
      const startSeconds = seconds(since);
      since = performance.now();
      const post = async (path: string, body: object, token?: string) =>
        fetch(`${base}${path}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token !== undefined && { authorization: `Bearer ${token}` }),
          },
          body: JSON.stringify(body),
        });
      const signIn = async (username: string) =>
        (
          (await (await post('/api/auth/login', { username, password: PASSWORD })).json()) as {
            accessToken: string;
          }
        ).accessToken;
      const admin = await signIn('admin');
      await post(
        '/api/users',
        {
          username: CLERK.username,
          displayName: 'Thư ký (đo tải)',
          role: 'secretariat',
          password: PASSWORD,
        },
        admin,
      );
      // Caught up: a read that waits for the log's head position answers (503 while behind).
      await waitUntil(
        async () =>
          (
            await fetch(`${base}/api/recommendations?pageSize=1&minPosition=${head}`, {
              headers: { authorization: `Bearer ${admin}` },
            })
          ).status === 200,
        'the projections',
        1_800_000,
      );
      const catchUpSeconds = seconds(since);
      process.stderr.write(
        `${count.toLocaleString('en')}: api up in ${startSeconds} s, projections caught up in ${catchUpSeconds} s; measuring pages…\n`,
      );
      const pages = await measurePages(
        browser,
        base,
        CLERK,
        seededRecommendationId(Math.floor(count / 2)),
        RUNS,
      );
      return {
        recommendations: count,
        events: head.toString(),
        seedSeconds,
        startSeconds,
        catchUpSeconds,
        ...pages,
      };
    } finally {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
  } finally {
    removeDir(dataDir);
  }
};

type PagesResult =
  | { readonly skipped: string }
  | {
      readonly selectors: Readonly<
        Record<'todoPage' | 'trackerList' | 'recommendationPage', string>
      >;
      readonly targetMs: number;
      readonly runs: number;
      readonly baseline: SizeResult;
      readonly full: SizeResult;
    };

const pagesWithLog = async (): Promise<PagesResult> => {
  if (!browserAvailable()) return { skipped: 'Chromium is missing (/usr/bin/chromium)' };
  process.stderr.write('building the api…\n');
  execFileSync(process.execPath, [require.resolve('@nestjs/cli/bin/nest.js'), 'build', 'api'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  process.stderr.write('recording the Tây Ninh case once, through the api…\n');
  const template = await tayNinhTemplate();
  const browser = await launchChromium();
  try {
    const baseline = await measureSize(BASELINE, template, browser);
    const full = await measureSize(RECOMMENDATIONS, template, browser);
    return {
      selectors: {
        todoPage: TODO_SECTIONS,
        trackerList: TRACKER_ROWS,
        recommendationPage: RECOMMENDATION_PAGE,
      },
      targetMs: PAGE_TARGET_MS,
      runs: RUNS,
      baseline,
      full,
    };
  } finally {
    await browser.close();
  }
};

const show = (timing: Timing) =>
  timing.error ??
  `median ${timing.medianMs} ms (cold ${timing.coldMs} ms; runs ${timing.runsMs.join(', ')})`;

async function main(): Promise<void> {
  const pages = await pagesWithLog();
  if ('baseline' in pages) {
    console.table(
      [pages.baseline, pages.full].map((size) => ({
        recommendations: size.recommendations,
        'log events': size.events,
        'seed (s)': size.seedSeconds,
        'api start (s)': size.startSeconds,
        'projections catch-up (s)': size.catchUpSeconds,
        'to-do page': show(size.todoPage),
        'tracker list': show(size.trackerList),
        'recommendation page': show(size.recommendationPage),
      })),
    );
  } else console.warn(`Pages not measured: ${pages.skipped}`);
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench-results', 'web.json'),
    `${JSON.stringify({ firstLoad: result, pages }, null, 2)}\n`,
  );
  const failed =
    'baseline' in pages &&
    [pages.baseline, pages.full].some(
      (size) => size.trackerList.error ?? size.recommendationPage.error,
    );
  if (!result.withinBudget || failed) process.exitCode = 1;
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
