/**
 * npm run bench:store — the SQLite adapter against raw better-sqlite3 inserts of the same rows,
 * in the same run, at synchronous=FULL. Prints a table and writes bench-results/store.json.
 * Ratios are what to read: absolute rates move with the machine's other load.
 *
 * Every case runs in a fresh process (bench-child.ts), so each has its own peak RSS and no
 * heap left over from another; write cases alternate raw and adapter over ROUNDS rounds and
 * keep the median. BENCH_SCALE (default 1) scales the write counts; BENCH_READ_EVENTS
 * (default 1 000 000) sizes the log for the read cases.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import {
  productNodeOptions as productOptions,
  removeDir,
  tempDir,
  writeResults,
  type CaseResult,
} from './bench-support';

const scale = Number(process.env.BENCH_SCALE ?? 1);
const readEvents = Number(process.env.BENCH_READ_EVENTS ?? 1_000_000);
const ROUNDS = 5;
const SEQUENTIAL = Math.round(3000 * scale);
const PER_APPENDER = Math.round(100 * scale);
const BATCHES = Math.round(300 * scale);

/**
 * The Node options every process of the product runs with (package.json "config.nodeOptions",
 * used by npm start): a 4 MB young-generation semi-space. Streaming a log allocates fast, and
 * V8's default lets the young generation grow to about 48 MB, which is most of the difference
 * between ~115 and ~155 MB peak RSS when reading a million events, at the same speed.
 */
const productNodeOptions = productOptions('nodeOptions');

interface Run {
  readonly count: number;
  readonly seconds: number;
  readonly peakRssMb: number;
}

/** Compiles the bench child to plain JavaScript so its RSS is the case's, not a TS loader's. */
function compileChild(outDir: string): string {
  const tsc = require.resolve('typescript/bin/tsc');
  const args = [
    '--outDir',
    outDir,
    '--rootDir',
    process.cwd(),
    '--module',
    'commonjs',
    '--target',
    'es2022',
  ];
  execFileSync(
    process.execPath,
    [
      tsc,
      ...args,
      '--esModuleInterop',
      '--skipLibCheck',
      '--types',
      'node',
      join(__dirname, 'bench-child.ts'),
    ],
    {
      stdio: 'inherit',
    },
  );
  return join(outDir, 'test', 'bench', 'store', 'bench-child.js');
}

const runChild = (
  child: string,
  kind: string,
  file: string,
  count: number,
  nodeOptions: readonly string[] = productNodeOptions,
): Run => {
  const out = execFileSync(process.execPath, [...nodeOptions, child, kind, file, String(count)], {
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as Run;
};

const median = (runs: Run[]): Run =>
  [...runs].sort((a, b) => a.count / a.seconds - b.count / b.seconds)[Math.floor(runs.length / 2)]!;

const result = (c: string, subject: CaseResult['subject'], unit: string, run: Run): CaseResult => ({
  case: c,
  subject,
  operations: run.count,
  unit,
  seconds: run.seconds,
  ratePerSecond: run.count / run.seconds,
  peakRssMb: run.peakRssMb,
});

/** How the cases that append into the read log are named. */
const largeLog = `on the ${readEvents.toLocaleString('en')}-event log`;

function main(): void {
  const dir = tempDir('hdnd-bench-store-');
  const child = compileChild(join(process.cwd(), 'dist', 'bench-js'));
  const results: CaseResult[] = [];
  try {
    const writeCases = [
      {
        c: 'sequential single appends',
        subject: 'raw better-sqlite3',
        kind: 'raw-sequential',
        count: SEQUENTIAL,
        unit: 'appends',
      },
      {
        c: 'sequential single appends',
        subject: 'adapter',
        kind: 'adapter-sequential',
        count: SEQUENTIAL,
        unit: 'appends',
      },
      {
        c: '64 concurrent appenders',
        subject: 'adapter',
        kind: 'adapter-concurrent',
        count: PER_APPENDER,
        unit: 'appends',
      },
      {
        c: 'batches of 100',
        subject: 'raw better-sqlite3',
        kind: 'raw-batch',
        count: BATCHES,
        unit: 'events',
      },
      {
        c: 'batches of 100',
        subject: 'adapter',
        kind: 'adapter-batch',
        count: BATCHES,
        unit: 'events',
      },
    ] as const;
    const runs = writeCases.map(() => [] as Run[]);
    for (let round = 0; round < ROUNDS; round++) {
      writeCases.forEach((w, i) =>
        runs[i]!.push(runChild(child, w.kind, join(dir, `${w.kind}-${round}.sqlite`), w.count)),
      );
    }
    writeCases.forEach((w, i) => results.push(result(w.c, w.subject, w.unit, median(runs[i]!))));

    process.stderr.write(
      `building a ${readEvents.toLocaleString('en')}-event log for the read cases…\n`,
    );
    const log = join(dir, 'read.sqlite');
    runChild(child, 'build-log', log, readEvents);
    results.push(
      result('full read', 'raw better-sqlite3', 'events', runChild(child, 'raw-read', log, 0)),
    );
    results.push(result('full read', 'adapter', 'events', runChild(child, 'adapter-read', log, 0)));
    results.push(
      result(
        'full subscribe (catch-up)',
        'adapter',
        'events',
        runChild(child, 'adapter-subscribe', log, 0),
      ),
    );
    results.push(
      result(
        'full read, V8 default flags',
        'adapter',
        'events',
        runChild(child, 'adapter-read', log, 0, []),
      ),
    );
    // Appends into a log that already holds a million events: what a deployment some years in
    // sees. Each append touches index pages spread over a large file, and the checkpoints write
    // into it; the fresh-file cases above do not show that.
    results.push(
      result(
        `sequential single appends, ${largeLog}`,
        'adapter',
        'appends',
        runChild(child, 'adapter-sequential', log, SEQUENTIAL),
      ),
    );
    results.push(
      result(
        `64 concurrent appenders, ${largeLog}`,
        'adapter',
        'appends',
        runChild(child, 'adapter-concurrent', log, PER_APPENDER),
      ),
    );
  } finally {
    removeDir(dir);
  }

  const find = (c: string, subject: CaseResult['subject'] = 'adapter') =>
    results.find((r) => r.case === c && r.subject === subject)!;
  const vsRaw = (c: string) => find(c).ratePerSecond / find(c, 'raw better-sqlite3').ratePerSecond;
  const summary = {
    sequentialVsRaw: vsRaw('sequential single appends'),
    batchVsRaw: vsRaw('batches of 100'),
    concurrentVsSequential:
      find('64 concurrent appenders').ratePerSecond /
      find('sequential single appends').ratePerSecond,
    fullReadVsRaw: vsRaw('full read'),
    fullReadEventsPerSecond: find('full read').ratePerSecond,
    readPeakRssMb: find('full read').peakRssMb ?? NaN,
    subscribePeakRssMb: find('full subscribe (catch-up)').peakRssMb ?? NaN,
    readPeakRssMbV8Defaults: find('full read, V8 default flags').peakRssMb ?? NaN,
    sequentialOnLargeLogVsFresh:
      find(`sequential single appends, ${largeLog}`).ratePerSecond /
      find('sequential single appends').ratePerSecond,
    concurrentOnLargeLogVsFresh:
      find(`64 concurrent appenders, ${largeLog}`).ratePerSecond /
      find('64 concurrent appenders').ratePerSecond,
  };
  const targets: Partial<Record<keyof typeof summary, string>> = {
    sequentialVsRaw: '≥ 0.70',
    batchVsRaw: '≥ 0.70',
    concurrentVsSequential: '≥ 5',
    fullReadEventsPerSecond: '≥ 200 000',
    readPeakRssMb: `< 150 (log of ${readEvents.toLocaleString('en')} events)`,
    subscribePeakRssMb: '< 150',
    readPeakRssMbV8Defaults: `without ${productNodeOptions.join(' ')}`,
    sequentialOnLargeLogVsFresh: 'the same appends into the read log',
    concurrentOnLargeLogVsFresh: 'the same appends into the read log',
  };

  console.table(
    results.map((r) => ({
      case: r.case,
      subject: r.subject,
      'rate /s': Math.round(r.ratePerSecond),
      unit: r.unit,
      operations: r.operations,
      seconds: r.seconds.toFixed(2),
      'peak RSS MB': r.peakRssMb,
    })),
  );
  console.table(
    Object.entries(summary).map(([k, v]) => ({
      measure: k,
      value: Number(v.toFixed(2)),
      target: targets[k as keyof typeof summary] ?? '',
    })),
  );
  const file = writeResults('store', {
    at: new Date().toISOString(),
    node: process.version,
    scale,
    readEvents,
    rounds: ROUNDS,
    results,
    summary,
    targets,
  });
  console.log(`written to ${file}`);
}

main();
