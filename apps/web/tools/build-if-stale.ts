/**
 * Builds the web console when its output is missing or older than its sources: `npm start`,
 * `npm test` and `npm run demo` run this first, so a fresh clone needs nothing but `npm ci`.
 * The stamp in the output holds a hash of everything the build reads; a matching stamp means
 * the build would come out the same, and it is skipped (well under a second).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const WEB = join(ROOT, 'apps', 'web');

/** What the build reads: the app's sources and settings, and the exact versions of its packages. */
export const BUILD_INPUTS = ['src', 'index.html', 'vite.config.mts', 'tsconfig.json'];
export const STAMP = '.build-stamp';

/** A file, or every file under a folder. */
const files = (path: string): string[] =>
  !existsSync(path)
    ? []
    : statSync(path).isDirectory()
      ? readdirSync(path, { withFileTypes: true, recursive: true })
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name))
      : [path];

/** A hash of the files the build reads, by path and content, in a stable order. */
export const sourceHash = (webDir: string, lockfile: string): string => {
  const hash = createHash('sha256');
  const paths = BUILD_INPUTS.flatMap((input) => files(join(webDir, input))).sort();
  for (const path of [...paths, lockfile]) {
    hash.update(relative(webDir, path)).update('\0');
    hash.update(readFileSync(path)).update('\0');
  }
  return hash.digest('hex');
};

/** Whether the output in `outDir` was built from sources with this hash. */
export const isFresh = (outDir: string, hash: string): boolean =>
  existsSync(join(outDir, 'index.html')) &&
  existsSync(join(outDir, STAMP)) &&
  readFileSync(join(outDir, STAMP), 'utf8').trim() === hash;

const main = (): void => {
  const outDir = join(WEB, 'dist');
  const hash = sourceHash(WEB, join(ROOT, 'package-lock.json'));
  if (isFresh(outDir, hash)) return;
  console.log('Building the web console (apps/web)…');
  const build = spawnSync('npm', ['run', '--silent', 'build:web'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(join(outDir, STAMP), `${hash}\n`);
};

if (require.main === module) main();
