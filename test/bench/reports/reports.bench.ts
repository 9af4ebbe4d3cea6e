/**
 * npm run bench:reports — the council's documents over a province's 100 000 recommendations
 * (the dashboard bench's seed: 300 delegations, 151 agencies, varied stories): the log is
 * seeded, every read model built from it into a file, then each document is written from
 * RecommendationRegister's batches in a process of its own, so its peak RSS is its own — the
 * session report (.docx) and the register as XLSX (writeRegisterXlsx). Prints recommendations/s
 * and peak RSS of each; targets ≥ 10 000 rows/s and < 300 MB. BENCH_RECOMMENDATIONS scales it.
 * Writes bench-results/reports.json. No assertions: figures to read.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { registerLines, writeRegisterXlsx, writeSessionReport } from '@hdnd/documents';
import { businessDateOf, WorkingCalendar } from '@hdnd/domain';
import {
  buildReadModels,
  fixedSource,
  openReadModelDatabase,
  RecommendationRegister,
} from '@hdnd/read-models';
import { SqliteEventStore } from '../../../libs/event-store/src';
import { seedCases } from '../dashboard/seed-cases';
import {
  peakRssMb,
  productEnv,
  productNodeOptions,
  removeDir,
  tempDir,
  writeResults,
} from '../store/bench-support';

const RECOMMENDATIONS = Number(process.env.BENCH_RECOMMENDATIONS ?? 100_000);
const DOCUMENTS = ['session report (.docx)', 'register (.xlsx)'] as const;
type Document = (typeof DOCUMENTS)[number];

/** Counts what it is given and keeps nothing: the HTTP answer's place, without a network. */
const sink = () => {
  let bytes = 0;
  const out = new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      bytes += chunk.length;
      done();
    },
  });
  return { out, bytes: () => bytes };
};

/** In a child process: one document over the read models in `dir`, its figures as JSON. */
const measure = async (document: Document, dir: string): Promise<void> => {
  const db = openReadModelDatabase(join(dir, 'read-models.sqlite'));
  const clock = { now: () => new Date() };
  const register = new RecommendationRegister(fixedSource(db), clock);
  const today = businessDateOf(clock.now());
  const lines = registerLines(
    register.batches({ sort: 'issuedOn' }),
    new WorkingCalendar([]),
    today,
  );
  const { out, bytes } = sink();
  const started = performance.now();
  const rows =
    document === 'register (.xlsx)'
      ? await writeRegisterXlsx(lines, out)
      : (
          await writeSessionReport(
            lines,
            {
              header: {
                issuingBody: 'Hội đồng nhân dân tỉnh',
                documentNumber: '',
                place: 'Tây Ninh',
                date: today,
              },
              delegations: [],
              today,
            },
            out,
          )
        ).recommendations;
  const seconds = (performance.now() - started) / 1000;
  await db.destroy();
  console.log(
    JSON.stringify({
      document,
      rows,
      seconds,
      rowsPerSecond: Math.round(rows / seconds),
      megabytes: Math.round(bytes() / 1e5) / 10,
      peakRssMb: peakRssMb(),
    }),
  );
};

async function main(): Promise<void> {
  const dir = tempDir('hdnd-bench-reports-');
  try {
    process.stderr.write(`seeding ${RECOMMENDATIONS.toLocaleString('en')} recommendations…\n`);
    let started = performance.now();
    const events = join(dir, 'events.sqlite');
    const head = await seedCases(events, RECOMMENDATIONS);
    const seedSeconds = (performance.now() - started) / 1000;
    process.stderr.write(`building the read models from ${head} events…\n`);
    started = performance.now();
    const store = new SqliteEventStore({ file: events });
    const db = openReadModelDatabase(join(dir, 'read-models.sqlite'));
    await buildReadModels(store, db);
    await db.destroy();
    await store.close();
    const buildSeconds = (performance.now() - started) / 1000;
    const rows = DOCUMENTS.map((document) => {
      process.stderr.write(`writing the ${document}…\n`);
      const answer = execFileSync(
        process.execPath,
        [
          ...productNodeOptions('nodeOptions'),
          '-r',
          '@swc-node/register',
          __filename,
          '--measure',
          document,
          dir,
        ],
        {
          env: { ...process.env, ...productEnv() },
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      return JSON.parse(answer.trim().split('\n').at(-1)!) as Record<string, unknown>;
    });
    console.table(rows);
    const summary = {
      recommendations: RECOMMENDATIONS,
      events: Number(head),
      readModelsMb: Math.round(statSync(join(dir, 'read-models.sqlite')).size / 1e5) / 10,
      seedSeconds: Math.round(seedSeconds),
      buildReadModelsSeconds: Math.round(buildSeconds),
    };
    console.table(summary);
    console.log(
      `written to ${writeResults('reports', { at: new Date().toISOString(), node: process.version, rows, summary, target: '≥ 10 000 rows/s and < 300 MB peak RSS for 100 000 recommendations' })}`,
    );
  } finally {
    removeDir(dir);
  }
}

const at = process.argv.indexOf('--measure');
(at >= 0 ? measure(process.argv[at + 1] as Document, process.argv[at + 2]!) : main()).catch(
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
