import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), prefix));
export const removeDir = (dir: string): void => rmSync(dir, { recursive: true, force: true });

export interface CaseResult {
  readonly case: string;
  readonly subject: 'raw better-sqlite3' | 'adapter';
  readonly operations: number;
  readonly unit: string;
  readonly seconds: number;
  readonly ratePerSecond: number;
  readonly peakRssMb?: number;
}

export const timed = async (
  run: () => Promise<number> | number,
): Promise<{ count: number; seconds: number }> => {
  const start = process.hrtime.bigint();
  const count = await run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { count, seconds };
};

export const peakRssMb = (): number =>
  Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;

export const writeResults = (name: string, payload: unknown): string => {
  mkdirSync('bench-results', { recursive: true });
  const file = join('bench-results', `${name}.json`);
  writeFileSync(
    file,
    JSON.stringify(payload, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2),
  );
  return file;
};

/**
 * Node options the product's processes run with, from package.json "config": `nodeOptions` for
 * the api and worker (npm start), `cliNodeOptions` for the ops CLI (npm run cli).
 */
export const productNodeOptions = (key: 'nodeOptions' | 'cliNodeOptions'): string[] =>
  productConfig()[key]!.split(' ');

/** The environment npm start gives the api and worker besides NODE_OPTIONS (glibc's malloc). */
export const productEnv = (): NodeJS.ProcessEnv => ({
  MALLOC_MMAP_THRESHOLD_: productConfig().mallocMmapThreshold,
});

const productConfig = (): Record<string, string> =>
  (JSON.parse(readFileSync('package.json', 'utf8')) as { config: Record<string, string> }).config;
