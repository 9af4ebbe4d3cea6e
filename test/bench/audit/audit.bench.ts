/**
 * npm run bench:audit — the long CLI commands of the auditor's toolkit on a log of
 * BENCH_AUDIT_EVENTS events (default 1 000 000): restore, verify, export, replay --verify.
 * Each runs as `npm run cli` runs it, in its own process, under /usr/bin/time for its peak RSS;
 * rates are read against a plain read of the same log in the same run (the baseline).
 * Writes bench-results/audit.json.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { productNodeOptions, removeDir, tempDir, writeResults } from '../store/bench-support';
import { generateExport } from './generate-export';

const TARGET = Number(process.env.BENCH_AUDIT_EVENTS ?? 1_000_000);
const RSS_LIMIT_MB = 300;
/**
 * What `npm run cli` runs with (package.json config.cliNodeOptions): the API's 4 MB young
 * generation, and a 192 MB old-space budget. Streaming commands keep little alive, but V8 lets
 * an uncapped heap fill with garbage first: restoring a million events peaked at 409 MB RSS
 * without the cap and 219 MB with it, at the same speed.
 */
const nodeOptions = productNodeOptions('cliNodeOptions');

interface Step {
  readonly name: string;
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly output: string;
}

/** Runs a TypeScript entry point the way the npm scripts do, under /usr/bin/time. */
const measure = (name: string, script: string, args: string[], dataDir: string): Step => {
  const stderr = join(dirname(dataDir), `${name.replace(/\W+/g, '-')}.time`);
  const output = execFileSync(
    '/usr/bin/time',
    [
      '-f',
      '%M %e',
      '-o',
      stderr,
      process.execPath,
      ...nodeOptions,
      '-r',
      '@swc-node/register',
      script,
      ...args,
    ],
    {
      env: { ...process.env, DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 16 << 20,
    },
  )
    .toString()
    .trim();
  const [kb, seconds] = readFileSync(stderr, 'utf8')
    .trim()
    .split('\n')
    .at(-1)!
    .split(' ')
    .map(Number);
  return { name, seconds: seconds!, peakRssMb: Math.round(kb! / 102.4) / 10, output };
};

void (async () => {
  const work = tempDir('hdnd-bench-audit-');
  const dataDir = join(work, 'data');
  try {
    const file = join(work, 'log.ndjson');
    const started = Date.now();
    const events = await generateExport(file, TARGET);
    console.log(
      `generated ${events} events (${(statSync(file).size / 1e6).toFixed(0)} MB) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    const cli = 'apps/cli/src/main.ts';
    const steps: Step[] = [];
    const run = (step: Step) => {
      steps.push(step);
      console.log(
        `${step.name}: ${step.seconds} s, ${step.peakRssMb} MB — ${step.output.split('\n').at(-1)}`,
      );
    };
    run(measure('restore', cli, ['restore', file], dataDir));
    run(measure('baseline read', 'test/bench/audit/read-baseline.ts', [dataDir], dataDir));
    run(measure('verify', cli, ['verify'], dataDir));
    run(measure('export', cli, ['export', '--out', join(work, 'again.ndjson')], dataDir));
    measure('setup: live read models', 'test/bench/audit/build-live.ts', [dataDir], dataDir);
    run(measure('replay --verify', cli, ['replay', '--verify'], dataDir));

    const baseline = events / steps.find((s) => s.name === 'baseline read')!.seconds;
    const rows = steps.map((s) => ({
      step: s.name,
      events,
      seconds: s.seconds,
      eventsPerSecond: Math.round(events / s.seconds),
      vsBaseline: Math.round((events / s.seconds / baseline) * 100) / 100,
      peakRssMb: s.peakRssMb,
      underLimit: s.peakRssMb < RSS_LIMIT_MB,
    }));
    console.table(rows);
    console.log(
      `peak RSS limit ${RSS_LIMIT_MB} MB: ${rows.every((r) => r.underLimit) ? 'every step under it ✓' : 'EXCEEDED ✗'}`,
    );
    console.log(`results: ${writeResults('audit', { events, rssLimitMb: RSS_LIMIT_MB, rows })}`);
  } finally {
    removeDir(work);
  }
})();
