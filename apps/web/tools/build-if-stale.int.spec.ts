import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isFresh, sourceHash, STAMP } from './build-if-stale';

describe('building the console only when its sources changed', () => {
  let dir: string;
  let web: string;
  let lockfile: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'hdnd-web-stamp-'));
    web = join(dir, 'web');
    lockfile = join(dir, 'package-lock.json');
    mkdirSync(join(web, 'src', 'pages'), { recursive: true });
    writeFileSync(join(web, 'src', 'pages', 'home.tsx'), 'export const Home = 1;');
    writeFileSync(join(web, 'index.html'), '<div id="root"></div>');
    writeFileSync(lockfile, '{"lockfileVersion":3}');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const built = (hash: string) => {
    mkdirSync(join(web, 'dist'), { recursive: true });
    writeFileSync(join(web, 'dist', 'index.html'), '<html></html>');
    writeFileSync(join(web, 'dist', STAMP), `${hash}\n`);
  };

  it('finds an output built from the same sources fresh', () => {
    const hash = sourceHash(web, lockfile);
    built(hash);
    expect(isFresh(join(web, 'dist'), sourceHash(web, lockfile))).toBe(true);
  });

  it('finds a missing output, or one without a stamp, stale', () => {
    expect(isFresh(join(web, 'dist'), sourceHash(web, lockfile))).toBe(false);
    built(sourceHash(web, lockfile));
    rmSync(join(web, 'dist', STAMP));
    expect(isFresh(join(web, 'dist'), sourceHash(web, lockfile))).toBe(false);
  });

  it('changes the hash when a source, a new file, the page or the lockfile changes', () => {
    const hashes = [sourceHash(web, lockfile)];
    writeFileSync(join(web, 'src', 'pages', 'home.tsx'), 'export const Home = 2;');
    hashes.push(sourceHash(web, lockfile));
    writeFileSync(join(web, 'src', 'pages', 'more.tsx'), '');
    hashes.push(sourceHash(web, lockfile));
    writeFileSync(join(web, 'index.html'), '<div id="app"></div>');
    hashes.push(sourceHash(web, lockfile));
    writeFileSync(lockfile, '{"lockfileVersion":3,"packages":{}}');
    hashes.push(sourceHash(web, lockfile));
    expect(new Set(hashes).size).toBe(hashes.length);
  });

  it('ignores what the build writes itself', () => {
    const before = sourceHash(web, lockfile);
    built(before);
    expect(sourceHash(web, lockfile)).toBe(before);
  });
});
