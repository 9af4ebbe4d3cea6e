/**
 * npm run bench:public — the public page's read under open-loop load. One server (built with
 * nest build, run as in production with the product's Node options) holds the Tây Ninh case with
 * BENCH_PUBLIC_RECOMMENDATIONS more recommendations (each with its agency's response), published.
 * A client then sends requests at a fixed offered rate (BENCH_PUBLIC_RATE, 500/s) for a fixed
 * duration (BENCH_PUBLIC_SECONDS, 10 s), whether or not earlier answers came (open-loop.ts).
 * Measured in the same run, in turn:
 * GET /health (the baseline), GET /api/public/delegations/:id, the same with If-None-Match (304)
 * and GET /api/public/delegations. Prints a table and writes bench-results/public.json.
 */
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  productEnv,
  productNodeOptions,
  removeDir,
  tempDir,
  writeResults,
} from '../store/bench-support';
import { openLoop, type Load, type Measured } from './open-loop';
import { publishTayNinh, publishedDelegationPath } from './published-case';

const RATE = Number(process.env.BENCH_PUBLIC_RATE ?? 500);
const SECONDS = Number(process.env.BENCH_PUBLIC_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_PUBLIC_WARMUP_SECONDS ?? 3);
const RECOMMENDATIONS = Number(process.env.BENCH_PUBLIC_RECOMMENDATIONS ?? 30);
const PORT = 40_000 + Math.floor(Math.random() * 10_000);
const base = `http://127.0.0.1:${PORT}`;
const PASSWORD = 'bench-public-password';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  process.stderr.write('building the api…\n');
  execFileSync(process.execPath, [require.resolve('@nestjs/cli/bin/nest.js'), 'build', 'api'], {
    stdio: 'inherit',
  });
  const dataDir = tempDir('hdnd-bench-public-');
  const server = spawn(
    process.execPath,
    [...productNodeOptions('nodeOptions'), 'dist/apps/api/apps/api/src/main.js'],
    {
      env: {
        ...process.env,
        ...productEnv(),
        DATA_DIR: join(dataDir),
        PORT: String(PORT),
        HOST: '127.0.0.1',
        ADMIN_PASSWORD: PASSWORD,
        // One client sends hundreds of requests a second from one address.
        RATE_LIMIT_PER_MINUTE: '0',
        FOLLOW_UP_INTERVAL_MINUTES: '0',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  try {
    const end = Date.now() + 60_000;
    while (
      !(await fetch(`${base}/health`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (Date.now() > end) throw new Error('the server did not start');
      await sleep(200);
    }
    process.stderr.write(`seeding the Tây Ninh case and ${RECOMMENDATIONS} recommendations…\n`);
    await publishTayNinh(base, PASSWORD, RECOMMENDATIONS);
    const detailPath = publishedDelegationPath;
    const detail = await fetch(`${base}${detailPath}`);
    const etag = detail.headers.get('etag') ?? '';
    const bytes = (await detail.text()).length;
    const loads: Record<string, Load> = {
      'GET /health (baseline)': { path: '/health', expect: 200 },
      'GET /api/public/delegations/:id': { path: detailPath, expect: 200 },
      'GET /api/public/delegations/:id, If-None-Match': {
        path: detailPath,
        headers: { 'if-none-match': etag },
        expect: 304,
      },
      'GET /api/public/delegations': { path: '/api/public/delegations', expect: 200 },
    };
    const results: Record<string, Measured> = {};
    for (const [name, load] of Object.entries(loads)) {
      process.stderr.write(`warming up, then ${SECONDS} s at ${RATE}/s: ${name}…\n`);
      await openLoop(base, load, RATE, WARMUP_SECONDS);
      results[name] = await openLoop(base, load, RATE, SECONDS);
    }
    console.table(results);
    const file = writeResults('public', {
      rate: RATE,
      seconds: SECONDS,
      recommendations: RECOMMENDATIONS + 1,
      detailBytes: bytes,
      results,
    });
    process.stderr.write(`written to ${file}\n`);
    const measured = results['GET /api/public/delegations/:id']!;
    if (measured.p99Ms >= 50 || measured.unexpected > 0) {
      process.stderr.write('FAILED: p99 ≥ 50 ms or unexpected answers\n');
      process.exitCode = 1;
    }
  } finally {
    server.kill('SIGTERM');
    await sleep(500);
    removeDir(dataDir);
  }
}

void main();
