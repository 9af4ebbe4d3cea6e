/**
 * npm run bench:store — the SQLite adapter against raw better-sqlite3 inserts of the same rows,
 * in the same run, at synchronous=FULL. Prints a table and writes bench-results/store.json.
 * Ratios are what to read: absolute rates move with the machine's other load.
 *
 * BENCH_SCALE (default 1) scales the counts; BENCH_READ_EVENTS (default 1 000 000) sizes the
 * log used for the full-read and memory cases.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteEventStore } from '@hdnd/event-store';
import { removeDir, tempDir, timed, writeResults, type CaseResult } from './bench-support';
import { openRaw, rawRows } from './raw-baseline';
import { sampleCommandEvents, sampleEvent } from './sample-event';

const scale = Number(process.env.BENCH_SCALE ?? 1);
const readEvents = Number(process.env.BENCH_READ_EVENTS ?? 1_000_000);
const SEQUENTIAL = Math.round(2000 * scale);
const CONCURRENT_APPENDERS = 64;
const PER_APPENDER = Math.round(100 * scale);
const BATCH = 100;
const BATCHES = Math.round(100 * scale);

const ROUNDS = 3;
const results: CaseResult[] = [];
const record = (
  c: string,
  subject: CaseResult['subject'],
  unit: string,
  r: { count: number; seconds: number },
  peakRssMb?: number,
) =>
  results.push({
    case: c,
    subject,
    operations: r.count,
    unit,
    seconds: r.seconds,
    ratePerSecond: r.count / r.seconds,
    peakRssMb,
  });

/** Rounds alternate raw and adapter; the median of each is kept, so a noisy moment hurts neither. */
const rounds = new Map<
  string,
  { subject: CaseResult['subject']; unit: string; runs: { count: number; seconds: number }[] }
>();
const sample = (
  c: string,
  subject: CaseResult['subject'],
  unit: string,
  r: { count: number; seconds: number },
) => {
  const key = `${c}|${subject}`;
  const entry = rounds.get(key) ?? { subject, unit, runs: [] };
  entry.runs.push(r);
  rounds.set(key, entry);
};
const recordMedians = () => {
  for (const [key, { subject, unit, runs }] of rounds) {
    const sorted = [...runs].sort((a, b) => a.count / a.seconds - b.count / b.seconds);
    record(key.split('|')[0]!, subject, unit, sorted[Math.floor(sorted.length / 2)]!);
  }
};

const events = (n: number) => Array.from({ length: n }, (_, i) => sampleEvent(i));
/** `batches` appends of `size` events, each append's events sharing one command's metadata. */
const commandBatches = (batches: number, size: number) =>
  Array.from({ length: batches }, (_, b) => sampleCommandEvents(size, b * size));

async function writeRound(dir: string, round: number): Promise<void> {
  const file = (name: string) => join(dir, `${name}-${round}.sqlite`);
  // Sequential single appends: one event, one transaction, one fsync each.
  {
    const raw = openRaw(file('raw-seq'));
    const rows = rawRows(events(SEQUENTIAL), (i) => `s-${i % 100}`);
    sample(
      'sequential single appends',
      'raw better-sqlite3',
      'appends',
      await timed(() => (raw.insertEach(rows), rows.length)),
    );
    raw.db.close();
    const store = new SqliteEventStore({ file: file('adapter-seq') });
    const input = events(SEQUENTIAL);
    sample(
      'sequential single appends',
      'adapter',
      'appends',
      await timed(async () => {
        for (let i = 0; i < input.length; i++)
          await store.append(`s-${i % 100}`, [input[i]!], { expectedRevision: 'any' });
        return input.length;
      }),
    );
    await store.close();
  }
  // 64 concurrent appenders, each to its own stream with an exact expected revision.
  {
    const store = new SqliteEventStore({ file: file('adapter-concurrent') });
    const input = events(CONCURRENT_APPENDERS * PER_APPENDER);
    sample(
      '64 concurrent appenders',
      'adapter',
      'appends',
      await timed(async () => {
        await Promise.all(
          Array.from({ length: CONCURRENT_APPENDERS }, async (_, w) => {
            for (let n = 0; n < PER_APPENDER; n++) {
              const expectedRevision = n === 0 ? ('no-stream' as const) : BigInt(n - 1);
              await store.append(`c-${w}`, [input[w * PER_APPENDER + n]!], { expectedRevision });
            }
          }),
        );
        return input.length;
      }),
    );
    await store.close();
  }
  // Batches of 100 events per append (per transaction for raw).
  {
    const raw = openRaw(file('raw-batch'));
    const rows = rawRows(
      commandBatches(BATCHES, BATCH).flat(),
      (i) => `b-${Math.floor(i / BATCH)}`,
    );
    sample(
      'batches of 100',
      'raw better-sqlite3',
      'events',
      await timed(() => (raw.insertBatches(rows, BATCH), rows.length)),
    );
    raw.db.close();
    const store = new SqliteEventStore({ file: file('adapter-batch') });
    const input = events(BATCH * BATCHES);
    sample(
      'batches of 100',
      'adapter',
      'events',
      await timed(async () => {
        for (let b = 0; b < BATCHES; b++) {
          await store.append(`b-${b}`, input.slice(b * BATCH, (b + 1) * BATCH), {
            expectedRevision: 'no-stream',
          });
        }
        return input.length;
      }),
    );
    await store.close();
  }
}

async function buildReadLog(file: string): Promise<void> {
  const store = new SqliteEventStore({ file });
  const chunk = 1000;
  for (let written = 0; written < readEvents; written += chunk) {
    const n = Math.min(chunk, readEvents - written);
    await store.append(`r-${written / chunk}`, sampleCommandEvents(n, written), {
      expectedRevision: 'no-stream',
    });
  }
  await store.close();
}

/** Compiles the read child to plain JavaScript so its RSS is the reader's, not a TS loader's. */
function compileReadChild(outDir: string): string {
  const tsc = require.resolve('typescript/bin/tsc');
  execFileSync(
    process.execPath,
    [
      tsc,
      '--outDir',
      outDir,
      '--rootDir',
      process.cwd(),
      '--module',
      'commonjs',
      '--target',
      'es2022',
      '--esModuleInterop',
      '--skipLibCheck',
      '--types',
      'node',
      join(__dirname, 'read-child.ts'),
    ],
    { stdio: 'inherit' },
  );
  return join(outDir, 'test', 'bench', 'store', 'read-child.js');
}

/**
 * The Node options every process of the product runs with (package.json "config.nodeOptions",
 * used by npm start): a 4 MB young-generation semi-space. Streaming a log allocates fast, and
 * V8's default lets the young generation grow to about 48 MB, which is most of the difference
 * between ~110 and ~155 MB peak RSS when reading a million events, at the same speed.
 */
const productNodeOptions = (
  JSON.parse(readFileSync('package.json', 'utf8')) as { config: { nodeOptions: string } }
).config.nodeOptions.split(' ');

function readInChild(
  script: string,
  file: string,
  mode: string,
  nodeOptions: readonly string[],
): { count: number; seconds: number; peakRssMb: number } {
  const out = execFileSync(process.execPath, [...nodeOptions, script, file, mode], {
    encoding: 'utf8',
    maxBuffer: 1024 * 1024,
  });
  return JSON.parse(out.trim().split('\n').at(-1)!) as {
    count: number;
    seconds: number;
    peakRssMb: number;
  };
}

const ratio = (
  c: string,
  over: (r: CaseResult) => boolean = (r) => r.subject === 'raw better-sqlite3',
) => {
  const adapter = results.find((r) => r.case === c && r.subject === 'adapter');
  const base = results.find((r) => r.case !== undefined && over(r));
  return adapter && base ? adapter.ratePerSecond / base.ratePerSecond : NaN;
};

async function main(): Promise<void> {
  const dir = tempDir('hdnd-bench-store-');
  try {
    for (let round = 0; round < ROUNDS; round++) await writeRound(dir, round);
    recordMedians();
    const readFile = join(dir, 'read.sqlite');
    process.stderr.write(
      `building a ${readEvents.toLocaleString('en')}-event log for the read cases…\n`,
    );
    await buildReadLog(readFile);
    const child = compileReadChild(join(process.cwd(), 'dist', 'bench-js'));
    const measure = (
      c: string,
      subject: CaseResult['subject'],
      mode: string,
      options = productNodeOptions,
    ) => {
      const r = readInChild(child, readFile, mode, options);
      record(c, subject, 'events', r, r.peakRssMb);
    };
    measure('full read', 'raw better-sqlite3', 'raw');
    measure('full read', 'adapter', 'adapter-read');
    measure('full subscribe (catch-up)', 'adapter', 'adapter-subscribe');
    measure('full read, V8 default flags', 'adapter', 'adapter-read', []);
  } finally {
    removeDir(dir);
  }

  const seq = (subject: CaseResult['subject']) =>
    results.find((r) => r.case === 'sequential single appends' && r.subject === subject)!;
  const summary = {
    sequentialVsRaw: ratio(
      'sequential single appends',
      (r) => r.case === 'sequential single appends' && r.subject === 'raw better-sqlite3',
    ),
    batchVsRaw: ratio(
      'batches of 100',
      (r) => r.case === 'batches of 100' && r.subject === 'raw better-sqlite3',
    ),
    concurrentVsSequential:
      results.find((r) => r.case === '64 concurrent appenders')!.ratePerSecond /
      seq('adapter').ratePerSecond,
    fullReadVsRaw: ratio(
      'full read',
      (r) => r.case === 'full read' && r.subject === 'raw better-sqlite3',
    ),
    fullReadEventsPerSecond: results.find((r) => r.case === 'full read' && r.subject === 'adapter')!
      .ratePerSecond,
    readPeakRssMb: results.find((r) => r.case === 'full read' && r.subject === 'adapter')!
      .peakRssMb,
    subscribePeakRssMb: results.find((r) => r.case === 'full subscribe (catch-up)')!.peakRssMb,
    readPeakRssMbV8Defaults: results.find((r) => r.case === 'full read, V8 default flags')!
      .peakRssMb,
  };
  const targets = {
    sequentialVsRaw: '≥ 0.70',
    batchVsRaw: '≥ 0.70',
    concurrentVsSequential: '≥ 5',
    fullReadEventsPerSecond: '≥ 200 000',
    readPeakRssMb: `< 150 (log of ${readEvents.toLocaleString('en')} events)`,
    subscribePeakRssMb: '< 150',
    readPeakRssMbV8Defaults: `without ${productNodeOptions.join(' ')}`,
  };

  console.table(
    results.map((r) => ({
      case: r.case,
      subject: r.subject,
      'rate /s': Math.round(r.ratePerSecond),
      unit: r.unit,
      operations: r.operations,
      seconds: r.seconds.toFixed(2),
      'peak RSS MB': r.peakRssMb ?? '',
    })),
  );
  console.table(
    Object.entries(summary).map(([k, v]) => ({
      measure: k,
      value: Number((v ?? NaN).toFixed(2)),
      target: targets[k as keyof typeof targets] ?? '',
    })),
  );
  const file = writeResults('store', {
    at: new Date().toISOString(),
    node: process.version,
    scale,
    readEvents,
    results,
    summary,
    targets,
  });
  console.log(`written to ${file}`);
}

void main();
