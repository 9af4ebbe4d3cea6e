import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Every TypeScript file under the folders that hold code, tests and their tools. */
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });

/**
 * The environment variables the code reads: through `process.env`, or through an `env`
 * parameter a settings reader takes (`(env = process.env) => …`), dotted or bracketed.
 */
const READS = /\benv\??\.([A-Z][A-Z0-9_]*)\b|\benv\[\s*['"]([A-Z][A-Z0-9_]*)['"]\s*\]/g;
const readByCode = (): Map<string, string> => {
  const where = new Map<string, string>();
  for (const file of ['apps', 'libs', 'test'].flatMap((dir) => sources(join(ROOT, dir))))
    for (const match of readFileSync(file, 'utf8').matchAll(READS)) {
      const name = (match[1] ?? match[2])!;
      if (!where.has(name)) where.set(name, relative(ROOT, file));
    }
  return where;
};

/** The variables the README's configuration section names in its tables' first column. */
const listedInReadme = (): Set<string> => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Configuration'));
  const end = section.indexOf('\n## ', 1);
  const rows = (end === -1 ? section : section.slice(0, end)).split('\n');
  return new Set(rows.flatMap((row) => /^\|\s*`([A-Z][A-Z0-9_]*)`/.exec(row)?.[1] ?? []));
};

describe("the README's configuration tables", () => {
  it('list every environment variable the code reads', () => {
    const listed = listedInReadme();
    const missing = [...readByCode()]
      .filter(([name]) => !listed.has(name))
      .map(([name, file]) => `${name} (read in ${file})`);
    expect(missing).toEqual([]);
  });

  it('list no variable the code does not read', () => {
    const read = readByCode();
    expect([...listedInReadme()].filter((name) => !read.has(name))).toEqual([]);
  });
});
