import 'reflect-metadata';
import { getMetadataStorage } from 'class-validator';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IdempotencyKeyInFlight, IdempotencyKeyReused, NotFound } from '@hdnd/application';
import { ConcurrencyConflict } from '@hdnd/event-store';
import { LOCALES, labelOf, placeholdersOf, templateOf, CATALOGUES } from '@hdnd/messages';
import { CONSTRAINT_CODES } from './constraint-codes';
import { paramsOf } from './problem-details.filter';
import { PROBLEM_CODES } from './problem-codes';
import { ImportRefused } from '../imports/import-refused';

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

/** The facts the API gives the sentence of each code that has any, read from the problem table. */
const GIVEN: Record<string, readonly string[]> = Object.fromEntries(
  [
    new NotFound('recommendation', 'kn-1'),
    new ConcurrencyConflict('s', 1n, 3n),
    new IdempotencyKeyReused('k'),
    new IdempotencyKeyInFlight('k'),
    new ImportRefused('import.file-too-large', 'x', { limit: '10 MB' }),
    new ImportRefused('import.too-many-rows', 'x', { limit: '10000' }),
    new ImportRefused('import.too-many-columns', 'x', { limit: '100' }),
    new ImportRefused('import.missing-columns', 'x', { columns: 'Hạn trả lời' }),
  ].map((error) => [error.code, Object.keys(paramsOf(error))]),
);

/** What a field error carries besides its label, by constraint (bad-input.ts, body-shape.ts). */
const ALWAYS: Record<string, readonly string[]> = {
  maxLength: ['limit'],
  min: ['limit'],
  max: ['limit'],
  arrayMinSize: ['limit'],
  arrayMaxSize: ['limit'],
  maxDepth: ['limit'],
  isIn: ['allowed'],
  notWith: ['other'],
  notBefore: ['other'],
};
const SOMETIMES: Record<string, readonly string[]> = {
  isDefined: ['other'],
  orGive: ['other'],
  isLength: ['limit'],
};

const sourceFiles = (dir: string, ending: RegExp): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name), ending)
      : ending.test(entry.name) && !entry.name.endsWith('.spec.ts')
        ? [join(dir, entry.name)]
        : [],
  );

const apiSource = join(__dirname, '..');

/** Every property a request class (a DTO or a controller's query class) checks. */
const checkedFields = async (): Promise<Set<string>> => {
  const modules = await Promise.all(
    sourceFiles(apiSource, /\.(dto|controller)\.ts$/).map(
      (file) => import(file) as Promise<Record<string, unknown>>,
    ),
  );
  return new Set(
    modules
      .flatMap((exported) => Object.values(exported))
      .filter((value): value is new () => object => typeof value === 'function')
      .flatMap((type) =>
        getMetadataStorage()
          .getTargetValidationMetadatas(type, '', true, false)
          .map((meta) => meta.propertyName),
      ),
  );
};

/** The fields the API names by hand in a 400 (headers, path parameters, query twins). */
const handNamedFields = (): string[] =>
  sourceFiles(apiSource, /\.ts$/).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\bfield: '([^']+)'/g)].map((m) => m[1]!),
  );

describe('every error the API can give has its sentence in Vietnamese and English', () => {
  it.each(LOCALES)('%s: every problem code, NFC, with no fact the API does not give', (locale) => {
    expect(PROBLEM_CODES.length).toBeGreaterThan(150);
    for (const code of PROBLEM_CODES) {
      const template = templateOf(code, locale);
      expect([code, template?.trim() ? template.normalize('NFC') : 'missing']).toEqual([
        code,
        template,
      ]);
      const { required, optional } = placeholdersOf(template!);
      expect([code, required]).toEqual([code, []]);
      expect([code, optional.filter((name) => !(GIVEN[code] ?? []).includes(name))]).toEqual([
        code,
        [],
      ]);
      const vietnamese = VIETNAMESE_LETTER.test(template!);
      expect([code, vietnamese]).toEqual([code, locale === 'vi']);
    }
  });

  it.each(LOCALES)(
    '%s: every constraint code, with the facts its field error carries',
    (locale) => {
      for (const code of CONSTRAINT_CODES) {
        const template = CATALOGUES[locale].constraints[code];
        expect([code, template?.normalize('NFC')]).toEqual([code, template ?? 'missing']);
        const { required, optional } = placeholdersOf(template!);
        const always = ['field', ...(ALWAYS[code] ?? [])];
        expect([code, required.filter((name) => !always.includes(name))]).toEqual([code, []]);
        expect([
          code,
          optional.filter((name) => ![...always, ...(SOMETIMES[code] ?? [])].includes(name)),
        ]).toEqual([code, []]);
        expect([code, VIETNAMESE_LETTER.test(template!)]).toEqual([code, locale === 'vi']);
      }
    },
  );

  it('every field a request class checks or the API names by hand has a label in both languages', async () => {
    const fields = [...(await checkedFields()), ...handNamedFields()];
    expect(fields).toEqual(expect.arrayContaining(['text', 'If-Match', 'Idempotency-Key']));
    for (const locale of LOCALES)
      expect([locale, fields.filter((field) => labelOf(field, locale) === undefined)]).toEqual([
        locale,
        [],
      ]);
  });
});
