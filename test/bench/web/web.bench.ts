/**
 * npm run bench:web — what the console's first page makes the browser download: the scripts and
 * styles apps/web/dist/index.html names, each gzipped as a server would send it. Prints a table
 * and writes bench-results/web.json; exits non-zero when the scripts pass 250 kB gzipped.
 * Builds the console first when its build is missing or stale.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

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
mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
writeFileSync(join(ROOT, 'bench-results', 'web.json'), `${JSON.stringify(result, null, 2)}\n`);
if (!result.withinBudget) process.exitCode = 1;
