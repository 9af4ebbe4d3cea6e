import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ENVIRONMENT_VARIABLES } from '@hdnd/config';

const ROOT = join(__dirname, '..', '..');
/** The schema the api and the worker validate their environment against. */
const SCHEMA = 'libs/config/src/environment.ts';
/** The one file of the product that reads the process environment. */
const READER = 'libs/config/src/read-settings.ts';

/** Every TypeScript file under the folders that hold code, tests and their tools. */
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });

/**
 * The environment variables the code reads: those the schema declares, and those tests and
 * tools read themselves through `process.env` (or an `env` record), dotted or bracketed.
 */
const READS = /\benv\??\.([A-Z][A-Z0-9_]*)\b|\benv\[\s*['"]([A-Z][A-Z0-9_]*)['"]\s*\]/g;
const readByCode = (): Map<string, string> => {
  const where = new Map<string, string>(ENVIRONMENT_VARIABLES.map(({ name }) => [name, SCHEMA]));
  for (const file of ['apps', 'libs', 'test'].flatMap((dir) => sources(join(ROOT, dir))))
    for (const match of readFileSync(file, 'utf8').matchAll(READS)) {
      const name = (match[1] ?? match[2])!;
      if (!where.has(name)) where.set(name, relative(ROOT, file));
    }
  return where;
};

/** The README's configuration section: the first column of each of its tables, in order. */
const readmeTables = (): string[][] => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Configuration'));
  const end = section.indexOf('\n## ', 1);
  const tables: string[][] = [];
  let inTable = false;
  for (const row of (end === -1 ? section : section.slice(0, end)).split('\n')) {
    const startsTable = row.startsWith('|') && !inTable;
    inTable = row.startsWith('|');
    if (startsTable) tables.push([]);
    const name = /^\|\s*`([A-Z][A-Z0-9_]*)`/.exec(row)?.[1];
    if (name !== undefined) tables.at(-1)!.push(name);
  }
  return tables;
};
const listedInReadme = (): Set<string> => new Set(readmeTables().flat());

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

  it("list the api's and the worker's variables first, in the schema's order", () => {
    expect(readmeTables()[0]).toEqual(ENVIRONMENT_VARIABLES.map(({ name }) => name));
  });
});

describe('.env.example', () => {
  const example = readFileSync(join(ROOT, '.env.example'), 'utf8').split('\n');

  it('sets every variable of the schema, in its order, to its default (empty: none)', () => {
    const set = example
      .map((line) => /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line))
      .flatMap((match) => (match ? [`${match[1]}=${match[2]}`] : []));
    expect(set).toEqual(ENVIRONMENT_VARIABLES.map((v) => `${v.name}=${v.default ?? ''}`));
  });

  it('says above each variable what it accepts', () => {
    const missing = ENVIRONMENT_VARIABLES.filter(({ name, accepts }) => {
      const at = example.findIndex((line) => line.startsWith(`${name}=`));
      return !example.slice(Math.max(0, at - 3), at).some((line) => line.includes(accepts));
    }).map(({ name }) => name);
    expect(missing).toEqual([]);
  });
});

describe('the process environment', () => {
  // libs/testing and apps/web/e2e are the tests' own harnesses: they start servers and a browser
  // for specs, never in production.
  it(`is read by ${READER} alone, among the files of apps/ and libs/ (tests aside)`, () => {
    const readers = ['apps', 'libs']
      .flatMap((dir) => sources(join(ROOT, dir)))
      .filter(
        (file) =>
          !file.endsWith('.spec.ts') &&
          !file.startsWith(join(ROOT, 'libs', 'testing')) &&
          !file.startsWith(join(ROOT, 'apps', 'web', 'e2e')) &&
          /\bprocess\.env\b/.test(readFileSync(file, 'utf8')),
      )
      .map((file) => relative(ROOT, file));
    expect(readers).toEqual([READER]);
  });
});
