/**
 * npm run bench:public — the public page's read under open-loop load. One server (built with
 * nest build, run as in production with the product's Node options) holds the Tây Ninh case with
 * BENCH_PUBLIC_RECOMMENDATIONS more recommendations (each with its agency's response), published.
 * A client then sends requests at a fixed offered rate (BENCH_PUBLIC_RATE, 500/s) for a fixed
 * duration (BENCH_PUBLIC_SECONDS, 10 s), whether or not earlier answers came: each request is
 * timed from the instant it was due, so a server that falls behind shows it in the latency
 * rather than by being sent less (no coordinated omission). Measured in the same run, in turn:
 * GET /health (the baseline), GET /api/public/delegations/:id, the same with If-None-Match (304)
 * and GET /api/public/delegations. Prints a table and writes bench-results/public.json.
 */
import { execFileSync, spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { ids, tayNinhPeople, tayNinhRequests } from '@hdnd/testing';
import {
  productEnv,
  productNodeOptions,
  removeDir,
  tempDir,
  writeResults,
} from '../store/bench-support';

const RATE = Number(process.env.BENCH_PUBLIC_RATE ?? 500);
const SECONDS = Number(process.env.BENCH_PUBLIC_SECONDS ?? 10);
const WARMUP_SECONDS = Number(process.env.BENCH_PUBLIC_WARMUP_SECONDS ?? 3);
const RECOMMENDATIONS = Number(process.env.BENCH_PUBLIC_RECOMMENDATIONS ?? 30);
const PORT = 40_000 + Math.floor(Math.random() * 10_000);
const base = `http://127.0.0.1:${PORT}`;
const PASSWORD = 'bench-public-password';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const post = async (path: string, body: object, token?: string) => {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token !== undefined && { authorization: `Bearer ${token}` }),
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

const mustPost = async (path: string, body: object, token: string, status: number) => {
  const res = await post(path, body, token);
  if (res.status !== status)
    throw new Error(`${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
};

/** The Tây Ninh case through the API, more recommendations with their responses, published. */
const seed = async (): Promise<void> => {
  const signIn = async (username: string) =>
    (await post('/api/auth/login', { username, password: PASSWORD })).body.accessToken as string;
  const admin = await signIn('admin');
  const tokens: Record<string, string> = {};
  const tokenOf = async (sender: 'secretariat' | 'agency') => {
    if (tokens[sender] === undefined) {
      await mustPost('/api/users', { ...tayNinhPeople[sender], password: PASSWORD }, admin, 201);
      tokens[sender] = await signIn(tayNinhPeople[sender].username);
    }
    return tokens[sender];
  };
  for (const step of tayNinhRequests())
    await mustPost(step.path, step.body, await tokenOf(step.as ?? 'secretariat'), step.status);
  const clerk = await tokenOf('secretariat');
  const agency = await tokenOf('agency');
  for (let n = 1; n <= RECOMMENDATIONS; n += 1) {
    const { id } = await mustPost(
      `/api/delegations/${ids.delegation}/recommendations`,
      {
        addresseeAgencyId: ids.province,
        text: `Kiến nghị số ${n}: đề nghị UBND tỉnh chỉ đạo rà soát, đơn giản hóa thủ tục hành chính, nâng tỷ lệ hồ sơ trực tuyến toàn trình và số hóa kết quả giải quyết`,
        findingIds: [ids.vneidFinding],
        issuedOn: '2024-05-15',
        responseDueOn: '2024-06-14',
      },
      clerk,
      201,
    );
    await mustPost(
      `/api/recommendations/${id as string}/responses`,
      {
        respondedOn: '2024-06-10',
        position: 'accepted',
        text: `UBND tỉnh tiếp thu kiến nghị số ${n}, giao Sở Nội vụ chủ trì, phối hợp các sở, ngành thực hiện trong năm 2024`,
        commitments: [],
      },
      agency,
      201,
    );
  }
  const published = await mustPost(
    `/api/delegations/${ids.delegation}/publication`,
    { publishedOn: '2024-10-05', basis: 'Thông báo 12/TB-HĐND về công khai kết quả giám sát' },
    clerk,
    200,
  );
  // The public routes take no minPosition: wait for the read models through an internal read.
  const read = await fetch(`${base}/api/delegations?minPosition=${published.position as number}`, {
    headers: { authorization: `Bearer ${clerk}` },
  });
  if (read.status !== 200) throw new Error(`the read models did not catch up (${read.status})`);
};

interface Load {
  readonly path: string;
  readonly headers?: Record<string, string>;
  readonly expect: number;
}

interface Measured {
  readonly offered: number;
  readonly sent: number;
  readonly answered: number;
  readonly unexpected: number;
  readonly achievedPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

const percentile = (sorted: readonly number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? NaN;

/**
 * Open loop: the n-th request is due at start + n / rate and is sent then (or at once, if the
 * client is late), each on a keep-alive connection of a pool large enough never to queue.
 */
const openLoop = (load: Load, seconds: number): Promise<Measured> =>
  new Promise((resolve) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 512 });
    const total = Math.round(RATE * seconds);
    const latencies: number[] = [];
    let sent = 0;
    let done = 0;
    let unexpected = 0;
    let lastAnswer = 0;
    const start = performance.now();
    const finish = () => {
      agent.destroy();
      const sorted = latencies.sort((a, b) => a - b);
      const elapsed = (lastAnswer - start) / 1000;
      resolve({
        offered: RATE,
        sent,
        answered: latencies.length,
        unexpected,
        achievedPerSecond: Math.round((latencies.length / elapsed) * 10) / 10,
        p50Ms: Math.round(percentile(sorted, 0.5) * 100) / 100,
        p99Ms: Math.round(percentile(sorted, 0.99) * 100) / 100,
        maxMs: Math.round((sorted.at(-1) ?? NaN) * 100) / 100,
      });
    };
    const send = (dueAt: number) => {
      const req = request(`${base}${load.path}`, { agent, headers: { ...load.headers } }, (res) => {
        res.resume();
        res.on('end', () => {
          const now = performance.now();
          lastAnswer = now;
          latencies.push(now - dueAt);
          if (res.statusCode !== load.expect) unexpected += 1;
          if ((done += 1) === total) finish();
        });
      });
      req.on('error', () => {
        unexpected += 1;
        if ((done += 1) === total) finish();
      });
      req.end();
    };
    const tick = () => {
      const now = performance.now();
      const due = Math.min(total, Math.floor(((now - start) / 1000) * RATE) + 1);
      while (sent < due) send(start + (sent++ * 1000) / RATE);
      if (sent < total) setTimeout(tick, 1);
    };
    tick();
  });

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
    await seed();
    const detailPath = `/api/public/delegations/${ids.delegation}`;
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
      await openLoop(load, WARMUP_SECONDS);
      results[name] = await openLoop(load, SECONDS);
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
