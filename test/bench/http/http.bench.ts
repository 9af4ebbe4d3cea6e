/**
 * npm run bench:http — one server (built with nest build, run as in production with the
 * product's Node options) on a log seeded with 100 000 recommendations, measured with
 * autocannon at 32 connections: a trivial endpoint, the trivial NestJS POST and a
 * command endpoint (RecordFinding across 100 delegations) in alternating rounds, the tracker
 * list query, and projection lag under 500 commands/s; each endpoint is warmed up first
 * (WARMUP_SECONDS). Then, one request at a time, the dashboard and an agency's scorecard; last,
 * the public page of a published delegation (the Tây Ninh case with 30 more recommendations) at
 * a fixed offered rate of 500 requests/s, against GET /health at the same rate. Prints a table and writes bench-results/http.json. BENCH_RECOMMENDATIONS,
 * BENCH_SECONDS and BENCH_WARMUP_SECONDS scale it.
 */
import autocannon from 'autocannon';
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  productEnv,
  productNodeOptions,
  removeDir,
  tempDir,
  writeResults,
} from '../store/bench-support';
import { openLoop } from '../public/open-loop';
import { publishTayNinh, publishedDelegationPath } from '../public/published-case';
import { BENCH_AGENCY, seedLog } from './seed-log';

const RECOMMENDATIONS = Number(process.env.BENCH_RECOMMENDATIONS ?? 100_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** Rounds of trivial POST then command, each ROUND_SECONDS long. */
const ROUNDS = 3;
const ROUND_SECONDS = Math.max(2, Math.round(SECONDS / 2));
const CONNECTIONS = 32;
/**
 * Load sent to each measured endpoint before its measurement and not counted: V8 compiles a
 * path's hot functions in its first seconds under load (session 6: a first command round
 * served 75–93 % of the later rounds' rate, with 1.2–1.9 × their p99), and the issue's figures
 * are the service's steady state.
 */
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const DELEGATIONS = 100;
/** The public page's offered rate (the 500 requests/s). */
const PUBLIC_RATE = 500;
const PORT = 40_000 + Math.floor(Math.random() * 10_000);
const base = `http://127.0.0.1:${PORT}`;
const TRIVIAL_PORT = PORT + 1;
const nodeOptions = productNodeOptions('nodeOptions');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const ADMIN_PASSWORD = 'bench-admin-password';
let authorization = '';

const json = async (path: string, init?: RequestInit) => {
  const res = await fetch(`${base}${path}`, {
    ...init,
    headers: { 'content-type': 'application/json', authorization, ...init?.headers },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

const waitUntil = async (check: () => Promise<boolean>, what: string, timeoutMs: number) => {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await sleep(200);
  }
  throw new Error(`timed out waiting for ${what}`);
};

/** The server's peak RSS so far (VmHWM): noted after each phase, to tell which one sets it. */
const peakRssOf = (pid: number | undefined): number =>
  Math.round(
    Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024,
  );
const peaks: Record<string, number> = {};

/** One autocannon run; `watch` sees the instance before it starts (to listen to each answer). */
const run = (
  options: autocannon.Options,
  watch?: (instance: autocannon.Instance) => void,
): Promise<autocannon.Result> => {
  // Without a callback autocannon's instance is also a promise of its result.
  const instance = autocannon(options) as unknown as autocannon.Instance &
    Promise<autocannon.Result>;
  watch?.(instance);
  return instance;
};

/** Load that is not measured: see WARMUP_SECONDS. */
const warmUp = async (what: string, options: autocannon.Options): Promise<void> => {
  if (WARMUP_SECONDS <= 0) return;
  process.stderr.write(`warming up: ${what}…\n`);
  await run({ ...options, connections: CONNECTIONS, duration: WARMUP_SECONDS });
};

const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** The latency below which `share` of the answers came, from every answer's own time. */
const percentile = (sortedMs: readonly number[], share: number): number =>
  sortedMs[Math.min(sortedMs.length - 1, Math.floor(sortedMs.length * share))] ?? NaN;

const findingBody = (n: number) =>
  JSON.stringify({
    agencyId: BENCH_AGENCY,
    kind: 'limitation',
    statement: `Phát hiện số ${n}: hồ sơ chưa số hóa`,
    recordedOn: '2024-04-02',
  });

async function main(): Promise<void> {
  process.stderr.write('building the api…\n');
  execFileSync(process.execPath, [require.resolve('@nestjs/cli/bin/nest.js'), 'build', 'api'], {
    stdio: 'inherit',
  });
  const dataDir = tempDir('hdnd-bench-http-');
  process.stderr.write(
    `seeding ${RECOMMENDATIONS.toLocaleString('en')} recommendations through the event store…\n`,
  );
  const head = await seedLog(join(dataDir, 'events.sqlite'), RECOMMENDATIONS);

  const server = spawn(process.execPath, [...nodeOptions, 'dist/apps/api/apps/api/src/main.js'], {
    env: {
      ...process.env,
      ...productEnv(),
      DATA_DIR: dataDir,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      ADMIN_PASSWORD,
      // One client sends thousands of requests a second here: no per-user burst limit.
      RATE_LIMIT_PER_MINUTE: '0',
      // The deadline sweep would go through all 100 000 recommendations mid-measurement.
      FOLLOW_UP_INTERVAL_MINUTES: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitUntil(async () => (await fetch(`${base}/health`)).ok, 'the server', 60_000);
    // Everything is measured as a signed-in secretariat clerk, as the product is used.
    const signIn = async (username: string, password: string) =>
      `Bearer ${(await json('/api/auth/login', { method: 'POST', body: JSON.stringify({ username, password }) })).body.accessToken as string}`;
    authorization = await signIn('admin', ADMIN_PASSWORD);
    await json('/api/users', {
      method: 'POST',
      body: JSON.stringify({
        username: 'thu-ky-do-tai',
        password: ADMIN_PASSWORD,
        displayName: 'Thư ký',
        role: 'secretariat',
      }),
    });
    authorization = await signIn('thu-ky-do-tai', ADMIN_PASSWORD);
    const started = Date.now();
    await waitUntil(
      async () =>
        (await json(`/api/recommendations?pageSize=1&minPosition=${head}`)).status === 200,
      'the projections',
      600_000,
    );
    const catchUpSeconds = (Date.now() - started) / 1000;

    const delegations: string[] = [];
    for (let d = 0; d < DELEGATIONS; d++) {
      const res = await json('/api/delegations', {
        method: 'POST',
        body: JSON.stringify({
          title: `Đoàn giám sát ${d}`,
          topic: 'CCHC',
          legalBasis: { number: `${d}/NQ-HĐND`, issuedOn: '2024-01-02', issuedBy: 'HĐND tỉnh' },
          periodFrom: '2021-01-01',
          periodTo: '2023-12-31',
          chair: { name: 'Nguyễn Đài Thy', position: 'PCT' },
          members: [],
        }),
      });
      delegations.push(res.body.id as string);
    }

    let n = 0;
    const commandRequest = () => ({
      method: 'POST' as const,
      path: `/api/delegations/${delegations[n % DELEGATIONS]}/findings`,
      headers: { 'content-type': 'application/json', authorization },
      body: findingBody(n++),
    });

    peaks[`before trivial endpoint`] = peakRssOf(server.pid);
    process.stderr.write('trivial endpoint…\n');
    const trivial = await run({
      url: `${base}/health`,
      connections: CONNECTIONS,
      duration: SECONDS,
    });
    peaks[`before trivial POST and command rounds`] = peakRssOf(server.pid);
    const trivialApp = spawn(
      process.execPath,
      [...nodeOptions, '-r', '@swc-node/register', 'test/bench/http/trivial-post-app.ts'],
      {
        env: { ...process.env, ...productEnv(), PORT: String(TRIVIAL_PORT) },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    // The reference and the command alternate, ROUNDS times: the machine's speed drifts within
    // a minute, and each round's ratio compares two runs a few seconds apart.
    const rounds: { trivialPost: autocannon.Result; command: autocannon.Result }[] = [];
    const commandTimes: number[] = [];
    // The reference's own tail, on the same machine in the same minutes: the floor under the
    // command's p99 that no store work can go below.
    const trivialPostTimes: number[] = [];
    try {
      await waitUntil(
        async () => (await fetch(`http://127.0.0.1:${TRIVIAL_PORT}/trivial`)).status === 404,
        'the trivial POST app',
        60_000,
      );
      let t = 0;
      const trivialPostRequest = () => ({
        method: 'POST' as const,
        path: '/trivial',
        headers: { 'content-type': 'application/json' },
        body: findingBody(t++),
      });
      await warmUp('trivial POST', {
        url: `http://127.0.0.1:${TRIVIAL_PORT}`,
        requests: [{ setupRequest: trivialPostRequest }],
      });
      await warmUp('command endpoint', {
        url: base,
        requests: [{ setupRequest: () => commandRequest() }],
      });
      for (let round = 1; round <= ROUNDS; round++) {
        process.stderr.write(`round ${round}/${ROUNDS}: trivial POST (the issue’s reference)…\n`);
        const trivialPost = await run(
          {
            url: `http://127.0.0.1:${TRIVIAL_PORT}`,
            connections: CONNECTIONS,
            duration: ROUND_SECONDS,
            requests: [{ setupRequest: trivialPostRequest }],
          },
          (instance) =>
            instance.on('response', (_client, _status, _bytes, ms: number) =>
              trivialPostTimes.push(ms),
            ),
        );
        process.stderr.write(`round ${round}/${ROUNDS}: command endpoint…\n`);
        const command = await run(
          {
            url: base,
            connections: CONNECTIONS,
            duration: ROUND_SECONDS,
            requests: [{ setupRequest: () => commandRequest() }],
          },
          (instance) =>
            instance.on('response', (_client, _status, _bytes, ms: number) =>
              commandTimes.push(ms),
            ),
        );
        rounds.push({ trivialPost, command });
      }
    } finally {
      trivialApp.kill('SIGTERM');
    }
    const roundRatios = rounds.map(
      (r) => r.command.requests.average / r.trivialPost.requests.average,
    );
    peaks[`before tracker list`] = peakRssOf(server.pid);
    process.stderr.write('tracker list…\n');
    let page = 0;
    const trackerRequest = () => ({
      method: 'GET' as const,
      path: `/api/recommendations?pageSize=50&page=${1 + (page++ % 20)}&agencyId=${BENCH_AGENCY}`,
      headers: { authorization },
    });
    await warmUp('tracker list', { url: base, requests: [{ setupRequest: trackerRequest }] });
    // autocannon reports p97.5 and p99, not p95: every answer's time is kept for the target's p95.
    const trackerTimes: number[] = [];
    const tracker = await run(
      {
        url: base,
        connections: CONNECTIONS,
        duration: SECONDS,
        requests: [{ setupRequest: trackerRequest }],
      },
      (instance) =>
        instance.on('response', (_client, _status, _bytes, ms: number) => trackerTimes.push(ms)),
    );

    // Lag is measured in steady state: first let the projections finish what the bursts above left.
    const ready = await json('/ready');
    const backlogHead = (ready.body.eventStore as { headPosition: string }).headPosition;
    await waitUntil(
      async () =>
        (await json(`/api/recommendations?pageSize=1&minPosition=${backlogHead}`)).status === 200,
      'the backlog',
      120_000,
    );
    peaks[`before projection lag at 500 commands/s`] = peakRssOf(server.pid);
    process.stderr.write('projection lag at 500 commands/s…\n');
    const lags: number[] = [];
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const sent = performance.now();
        const res = await json(`/api/delegations/${delegations[0]}/findings`, {
          method: 'POST',
          body: findingBody(n++),
        });
        const answered = performance.now();
        // A small read that waits for the position: the lag is the read models', not the time
        // to serialise a delegation that gains a finding every 20 ms (hundreds by the end).
        await json(`/api/delegations?pageSize=1&minPosition=${res.body.position as number}`);
        lags.push(performance.now() - answered);
        await sleep(Math.max(0, 20 - (performance.now() - sent)));
      }
    })();
    const loaded = await run({
      url: base,
      connections: CONNECTIONS,
      duration: SECONDS,
      overallRate: 500,
      requests: [{ setupRequest: () => commandRequest() }],
    });
    sampling = false;
    await sampler;
    lags.sort((a, b) => a - b);
    const lagP99 = lags[Math.floor(lags.length * 0.99)] ?? NaN;
    const peakRssMb = peakRssOf(server.pid);
    peaks['at the end'] = peakRssMb;
    process.stderr.write(`server peak RSS (MB) as the phases went: ${JSON.stringify(peaks)}\n`);
    // Reports over the whole tracker, one request at a time: what a council's dashboard and an
    // agency's scorecard cost at this size (each holds the event loop while it computes).
    // Measured after the peak RSS is taken: the targets' load does not include them.
    const timedGet = async (path: string) => {
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        const res = await json(path);
        if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
        times.push(performance.now() - started);
      }
      return median(times);
    };
    process.stderr.write('dashboard and scorecard…\n');
    const dashboardMs = await timedGet('/api/dashboard');
    const scorecardMs = await timedGet(`/api/agencies/${BENCH_AGENCY}`);

    process.stderr.write('public page at 500 requests/s…\n');
    await publishTayNinh(base, ADMIN_PASSWORD, 30);
    const publicAt500 = async (path: string) => {
      await openLoop(base, { path, expect: 200 }, PUBLIC_RATE, WARMUP_SECONDS);
      const measured = await openLoop(base, { path, expect: 200 }, PUBLIC_RATE, SECONDS);
      if (measured.unexpected > 0)
        throw new Error(`${path}: ${measured.unexpected} unexpected answers`);
      return measured;
    };
    const publicBaseline = await publicAt500('/health');
    const publicPage = await publicAt500(publishedDelegationPath);
    const publicList = await publicAt500('/api/public/delegations');

    const row = (name: string, r: autocannon.Result) => ({
      case: name,
      'req/s': Math.round(r.requests.average),
      'p50 ms': r.latency.p50,
      'p97.5 ms': r.latency.p97_5,
      'p99 ms': r.latency.p99,
      non2xx: r.non2xx,
      errors: r.errors,
    });
    const rows = [
      row('GET /health (trivial)', trivial),
      ...rounds.flatMap((r, i) => [
        row(`POST trivial (NestJS, no store), round ${i + 1}`, r.trivialPost),
        row(`POST findings (command), round ${i + 1}`, r.command),
      ]),
      row(`GET tracker list (${RECOMMENDATIONS.toLocaleString('en')})`, tracker),
      row('POST findings at 500/s', loaded),
    ];
    console.table({
      'GET /health': publicBaseline,
      'GET /api/public/delegations/:id': publicPage,
      'GET /api/public/delegations': publicList,
    });
    console.table(rows);
    const summary = {
      commandVsTrivial:
        median(rounds.map((r) => r.command.requests.average)) / trivial.requests.average,
      commandVsTrivialPost: median(roundRatios),
      commandVsTrivialPostRounds: roundRatios.map((r) => r.toFixed(2)).join(' '),
      commandP99Ms: percentile(
        commandTimes.sort((a, b) => a - b),
        0.99,
      ),
      trivialPostP99Ms: percentile(
        trivialPostTimes.sort((a, b) => a - b),
        0.99,
      ),
      trackerP95Ms: percentile(
        trackerTimes.sort((a, b) => a - b),
        0.95,
      ),
      trackerP97_5Ms: tracker.latency.p97_5,
      trackerP99Ms: tracker.latency.p99,
      projectionLagP99Ms: lagP99,
      dashboardMs,
      agencyScorecardMs: scorecardMs,
      publicPageP99Ms: publicPage.p99Ms,
      publicListP99Ms: publicList.p99Ms,
      publicBaselineP99Ms: publicBaseline.p99Ms,
      lagSamples: lags.length,
      serverPeakRssMb: Math.round(peakRssMb),
      projectionCatchUpSeconds: catchUpSeconds,
    };
    const targets = {
      commandVsTrivial: '≥ 0.50 (against a GET that does nothing)',
      commandVsTrivialPost: `≥ 0.50 (the issue’s trivial NestJS POST; median of ${ROUNDS} rounds)`,
      commandP99Ms: '< 25 (from every answer’s time, all rounds)',
      trivialPostP99Ms: 'the reference’s own p99, same rounds: the machine’s floor',
      trackerP95Ms: '< 50 (from every answer’s time)',
      projectionLagP99Ms: '< 50 at 500 commands/s',
      serverPeakRssMb: '< 300',
      dashboardMs: `GET /api/dashboard over ${RECOMMENDATIONS.toLocaleString('en')}, median of 3`,
      agencyScorecardMs: 'GET /api/agencies/:id (all of them its own), median of 3',
      publicPageP99Ms: `< 50: GET /api/public/delegations/:id offered ${PUBLIC_RATE}/s (open loop)`,
      publicListP99Ms: `GET /api/public/delegations offered ${PUBLIC_RATE}/s (open loop)`,
      publicBaselineP99Ms: `GET /health offered ${PUBLIC_RATE}/s: the floor in the same run`,
    };
    console.table(
      Object.entries(summary).map(([k, v]) => ({
        measure: k,
        value: typeof v === 'string' ? v : Math.round(Number(v) * 100) / 100,
        target: targets[k as keyof typeof targets] ?? '',
      })),
    );
    console.log(
      `written to ${writeResults('http', { at: new Date().toISOString(), node: process.version, recommendations: RECOMMENDATIONS, seconds: SECONDS, connections: CONNECTIONS, rows, public: { baseline: publicBaseline, page: publicPage, list: publicList }, summary, targets })}`,
    );
  } finally {
    server.kill('SIGTERM');
    await sleep(500);
    removeDir(dataDir);
  }
}

void main();
