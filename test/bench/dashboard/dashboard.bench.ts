/**
 * npm run bench:dashboard — GET /api/dashboard over a province's 100 000 recommendations
 * (seed-cases.ts: varied stories, successions, 300 delegations, 151 agencies), on one server
 * built with nest build and run as in production, after it has projected the log. In the same
 * run, on the same read-model file: the in-process tally the SQL dashboard replaced
 * (dashboard-in-process.ts, the baseline), the SQL queries alone without HTTP, and a trivial GET
 * (the HTTP floor); and a check that the SQL figures equal the baseline's at this size.
 * BENCH_RECOMMENDATIONS scales it. Prints a table and writes bench-results/dashboard.json.
 */
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { businessDateOf } from '@hdnd/domain';
import { DashboardQueries, fixedSource, openReadModelDatabase } from '@hdnd/read-models';
import { dashboardInProcess } from '../../../libs/read-models/src/dashboard/dashboard-in-process';
import {
  productEnv,
  productNodeOptions,
  removeDir,
  tempDir,
  writeResults,
} from '../store/bench-support';
import { BENCH_DISTRICT, BENCH_WARD, DELEGATIONS, seedCases } from './seed-cases';

const RECOMMENDATIONS = Number(process.env.BENCH_RECOMMENDATIONS ?? 100_000);
const RUNS = 20;
const PORT = 40_000 + Math.floor(Math.random() * 10_000);
const base = `http://127.0.0.1:${PORT}`;
const ADMIN_PASSWORD = 'bench-admin-password';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const p95 = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[
    Math.min(values.length - 1, Math.floor(values.length * 0.95))
  ] ?? NaN;
const round = (ms: number) => Math.round(ms * 10) / 10;

/** Milliseconds of each of `runs` calls, after `warm` not counted. */
const times = async (call: () => Promise<unknown>, runs: number, warm = 2) => {
  for (let i = 0; i < warm; i++) await call();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await call();
    ms.push(performance.now() - started);
  }
  return ms;
};

let authorization = '';
const getJson = async (path: string) => {
  const res = await fetch(`${base}${path}`, { headers: { authorization } });
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
};
const post = async (path: string, body: object) =>
  (await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body: JSON.stringify(body),
  }).then((r) => r.json())) as Record<string, unknown>;

const waitUntil = async (check: () => Promise<boolean>, what: string, timeoutMs: number) => {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${what}`);
};

async function main(): Promise<void> {
  process.stderr.write('building the api…\n');
  execFileSync(process.execPath, [require.resolve('@nestjs/cli/bin/nest.js'), 'build', 'api'], {
    stdio: 'inherit',
  });
  const dataDir = tempDir('hdnd-bench-dashboard-');
  process.stderr.write(`seeding ${RECOMMENDATIONS.toLocaleString('en')} recommendations…\n`);
  let started = performance.now();
  const head = await seedCases(join(dataDir, 'events.sqlite'), RECOMMENDATIONS);
  const seedSeconds = (performance.now() - started) / 1000;

  const server = spawn(
    process.execPath,
    [...productNodeOptions('nodeOptions'), 'dist/apps/api/apps/api/src/main.js'],
    {
      env: {
        ...process.env,
        ...productEnv(),
        DATA_DIR: dataDir,
        PORT: String(PORT),
        HOST: '127.0.0.1',
        ADMIN_PASSWORD,
        RATE_LIMIT_PER_MINUTE: '0',
        FOLLOW_UP_INTERVAL_MINUTES: '0',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  try {
    await waitUntil(async () => (await fetch(`${base}/health`)).ok, 'the server', 60_000);
    const signIn = async (username: string) =>
      `Bearer ${(await post('/api/auth/login', { username, password: ADMIN_PASSWORD })).accessToken as string}`;
    authorization = await signIn('admin');
    await post('/api/users', {
      username: 'thu-ky',
      password: ADMIN_PASSWORD,
      displayName: 'Thư ký',
      role: 'secretariat',
    });
    authorization = await signIn('thu-ky');
    process.stderr.write(`projecting ${head} events…\n`);
    started = performance.now();
    await waitUntil(
      async () => {
        await getJson(`/api/recommendations?pageSize=1&minPosition=${head}`);
        return true;
      },
      'the projections',
      1_800_000,
    );
    const catchUpSeconds = (performance.now() - started) / 1000;

    process.stderr.write('measuring…\n');
    const health = await times(() => fetch(`${base}/health`).then((r) => r.text()), RUNS, 5);
    const queries: Record<string, string> = {
      'GET /api/dashboard': '',
      '  ?delegationId (one of 300)': `delegationId=${DELEGATIONS[7]}`,
      '  ?agencyId (a district, passed cases on)': `agencyId=${BENCH_DISTRICT}`,
      '  ?agencyId (its ward, passed cases in)': `agencyId=${BENCH_WARD}`,
      '  ?from&to (one year of issue)': 'from=2023-01-01&to=2023-12-31',
      '  all four': `delegationId=${DELEGATIONS[7]}&agencyId=${BENCH_DISTRICT}&from=2021-01-01&to=2025-12-31`,
    };
    const http: Record<string, number[]> = {};
    for (const [name, query] of Object.entries(queries))
      http[name] = await times(() => getJson(`/api/dashboard?${query}`), RUNS);

    // The same read model, read in this process: the queries without HTTP, and the baseline.
    const db = openReadModelDatabase(join(dataDir, 'read-models.sqlite'));
    const clock = { now: () => new Date() };
    const sql = new DashboardQueries(fixedSource(db), clock);
    const inProcessSql = await times(() => sql.get(), RUNS);
    const today = () => businessDateOf(new Date());
    const baseline = await times(() => dashboardInProcess(db, today()), 3, 1);
    const agree = isDeepStrictEqual(await sql.get(), await dashboardInProcess(db, today()));
    const shown = await sql.get();
    await db.destroy();

    const rows = [
      ...Object.entries(http).map(([name, ms]) => ({
        case: name,
        'median ms': round(median(ms)),
        'p95 ms': round(p95(ms)),
        runs: ms.length,
      })),
      {
        case: 'SQL queries in process (no HTTP)',
        'median ms': round(median(inProcessSql)),
        'p95 ms': round(p95(inProcessSql)),
        runs: inProcessSql.length,
      },
      {
        case: 'baseline: in-process tally (the old dashboard)',
        'median ms': round(median(baseline)),
        'p95 ms': round(Math.max(...baseline)),
        runs: baseline.length,
      },
      {
        case: 'GET /health (HTTP floor)',
        'median ms': round(median(health)),
        'p95 ms': round(p95(health)),
        runs: health.length,
      },
    ];
    console.table(rows);
    const summary = {
      recommendations: shown.recommendations.total,
      agencies: shown.agencies.length,
      months: shown.recommendations.byMonth.length,
      events: Number(head),
      seedSeconds: round(seedSeconds),
      projectionCatchUpSeconds: round(catchUpSeconds),
      dashboardMedianMs: round(median(http['GET /api/dashboard']!)),
      baselineMedianMs: round(median(baseline)),
      sqlFiguresEqualBaseline: agree,
    };
    console.table(summary);
    console.log(
      `written to ${writeResults('dashboard', { at: new Date().toISOString(), node: process.version, rows, summary, target: 'GET /api/dashboard over 100 000 recommendations < 100 ms' })}`,
    );
    if (!agree) process.exitCode = 1;
  } finally {
    server.kill('SIGTERM');
    await sleep(500);
    removeDir(dataDir);
  }
}

void main();
