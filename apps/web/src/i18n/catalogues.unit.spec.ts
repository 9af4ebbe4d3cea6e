import i18next from 'i18next';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { en, vi } from './catalogues';

type Catalogue = { readonly [key: string]: string | Catalogue };

/** Every text of a catalogue by its full key (`signIn.username`). */
const texts = (catalogue: Catalogue, prefix = ''): Map<string, string> =>
  new Map(
    Object.entries(catalogue).flatMap(([key, value]) =>
      typeof value === 'string'
        ? [[`${prefix}${key}`, value] as const]
        : [...texts(value, `${prefix}${key}.`)],
    ),
  );

const SRC = join(__dirname, '..');
/** The console's own code, where texts are used: not the catalogues, not the tests. */
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
const code = sources(SRC).map((path) => readFileSync(path, 'utf8'));

/**
 * Texts looked up by what the API answers rather than by a key written in the code: a
 * problem's HTTP status, when the API's catalogue has no sentence for its code without facts.
 */
const LOOKED_UP_BY_ANSWER = ['problems.status.'];

/**
 * A text that says a count is held in i18next's plural forms, `key_one` and `key_other`: English
 * says "1 day" and "2 days". Vietnamese says "1 ngày" and "2 ngày" and only ever uses `_other`,
 * but holds both, so that both catalogues have one shape (the compiler checks it).
 */
const PLURAL_FORM = /_(one|other)$/;
const PLURAL_FORMS = ['_one', '_other'];
/** The key the code asks for: a plural form's key without its suffix. */
const keyAsked = (key: string) => key.replace(PLURAL_FORM, '');

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);

describe('the catalogues', () => {
  const vietnamese = texts(vi);
  const english = texts(en);

  it('are read at all (control)', () => {
    expect(vietnamese.get('signIn.username')).toBe('Tên đăng nhập');
    expect(vietnamese.get('signIn.password')).toBe('Mật khẩu');
    expect(vietnamese.get('signIn.submit')).toBe('Đăng nhập');
    expect(code.length).toBeGreaterThan(10);
  });

  it('have the same keys in Vietnamese and English, each plural with both its forms', () => {
    expect([...english.keys()].sort()).toEqual([...vietnamese.keys()].sort());
    const plurals = [...vietnamese.keys()].filter((key) => PLURAL_FORM.test(key));
    expect(
      plurals.filter((key) =>
        PLURAL_FORMS.some((form) => !vietnamese.has(key.replace(PLURAL_FORM, form))),
      ),
    ).toEqual([]);
  });

  it('say "1 day" and "2 days" in English, one form in Vietnamese', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { vi: { translation: vi }, en: { translation: en } } });
    const overdue = (lng: string, count: number) => i18n.t('tracker.daysOverdue', { lng, count });
    expect([overdue('en', 1), overdue('en', 2), overdue('vi', 1), overdue('vi', 2)]).toEqual([
      '1 day overdue',
      '2 days overdue',
      'Quá hạn 1 ngày',
      'Quá hạn 2 ngày',
    ]);
  });

  it('have no empty text, and the same placeholders in both languages', () => {
    for (const [key, text] of vietnamese) {
      expect([key, text.trim().length > 0]).toEqual([key, true]);
      expect([key, placeholders(english.get(key) ?? '').sort()]).toEqual([
        key,
        placeholders(text).sort(),
      ]);
    }
  });

  it('use every key somewhere in the console', () => {
    const unused = [...new Set([...vietnamese.keys()].map(keyAsked))].filter(
      (key) =>
        !LOOKED_UP_BY_ANSWER.some((prefix) => key.startsWith(prefix)) &&
        !code.some((text) => text.includes(`'${key}'`) || text.includes(`"${key}"`)),
    );
    expect(unused).toEqual([]);
  });

  it('hold every key the code asks for with t(…)', () => {
    const asked = code.flatMap((text) =>
      [...text.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)].map((m) => m[1]!),
    );
    expect(asked.length).toBeGreaterThan(10);
    expect(
      asked.filter(
        (key) => !vietnamese.has(key) && !PLURAL_FORMS.every((form) => vietnamese.has(key + form)),
      ),
    ).toEqual([]);
  });

  it('key the problem sentences by HTTP status only', () => {
    const statuses = [...vietnamese.keys()].filter((key) => key.startsWith('problems.status.'));
    expect(statuses.map((key) => key.slice('problems.status.'.length))).toEqual(
      statuses.map((key) => String(Number(key.slice('problems.status.'.length)))),
    );
  });

  it('are all NFC, as is every text in the console’s code', () => {
    const notNfc = [...vietnamese, ...english].filter(
      ([key, text]) => text !== text.normalize('NFC') || key !== key.normalize('NFC'),
    );
    expect(notNfc).toEqual([]);
    expect(code.filter((text) => text !== text.normalize('NFC'))).toEqual([]);
  });
});
