import fc from 'fast-check';
import { asOfInstant, fromInstant, toInstant } from './as-of';
import { isInstantOrDate, parseInstant } from './instant';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A moment and its parts (isLocalDate knows years from 100: Date.UTC reads 0–99 as 19xx). */
const moments = fc.record({
  y: fc.integer({ min: 100, max: 9999 }),
  mo: fc.integer({ min: 1, max: 12 }),
  d: fc.integer({ min: 1, max: 28 }),
  h: fc.integer({ min: 0, max: 23 }),
  mi: fc.integer({ min: 0, max: 59 }),
  s: fc.integer({ min: 0, max: 59 }),
  ms: fc.integer({ min: 0, max: 999 }),
  offset: fc.integer({ min: -14 * 60, max: 14 * 60 }),
});

type Moment = typeof moments extends fc.Arbitrary<infer T> ? T : never;

const date = (m: Moment) => `${pad(m.y, 4)}-${pad(m.mo)}-${pad(m.d)}`;
const time = (m: Moment) => `${pad(m.h)}:${pad(m.mi)}:${pad(m.s)}`;
const offset = (m: Moment) =>
  `${m.offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(m.offset) / 60))}:${pad(Math.abs(m.offset) % 60)}`;

/** ISO-8601 spellings of a moment other than the one this API reads: each must be refused. */
const OTHER_FORMS: readonly ((m: Moment) => string)[] = [
  (m) => `${date(m)}T${time(m)}`, // no offset
  (m) => `${date(m).replaceAll('-', '')}T${time(m).replaceAll(':', '')}Z`, // basic form
  (m) => `${date(m)}T${time(m).replaceAll(':', '')}Z`,
  (m) => `${date(m)}T${pad(m.h)}:${pad(m.mi)}Z`, // no seconds
  (m) => `${date(m)}T${pad(m.h)}Z`,
  (m) => `${date(m)}T${time(m)}${offset(m).replace(':', '')}`, // ±hhmm
  (m) => `${date(m)}T${time(m)}${offset(m).slice(0, 3)}`, // ±hh
  (m) => `${date(m)} ${time(m)}Z`,
  (m) => `${date(m)}t${time(m)}z`,
  (m) => `${pad(m.y, 4)}-W${pad(1 + (m.d % 52))}`, // week date
  (m) => `${pad(m.y, 4)}-W${pad(1 + (m.d % 52))}-${1 + (m.d % 7)}`,
  (m) => `${pad(m.y, 4)}-${pad(m.d * 10, 3)}`, // ordinal date
  (m) => `${pad(m.y, 4)}${pad(m.mo)}${pad(m.d)}`,
  (m) => `${pad(m.y, 4)}-${pad(m.mo)}`,
  (m) => `+00${pad(m.y, 4)}-${pad(m.mo)}-${pad(m.d)}T${time(m)}Z`, // expanded year
  (m) => `${date(m)}T${time(m)},${pad(m.ms, 3)}Z`, // decimal comma
  (m) => `${date(m)}T24:00:00Z`,
  (m) => `${pad(m.y, 4)}-${pad(m.mo)}-3${2 + (m.d % 7)}T${time(m)}Z`, // day 32–38
  (m) => `${pad(m.y, 4)}-1${3 + (m.mo % 7)}-${pad(m.d)}`, // month 13–19
];

/**
 * The one written form for instants (and dates), over generated values — what
 * it accepts, `Date` reads as the instant it names; every other ISO-8601 spelling is refused.
 */
describe('the written form of instants and dates', () => {
  it('accepts every moment written in the documented form, and reads it exactly', () => {
    fc.assert(
      fc.property(moments, fc.boolean(), (m, utc) => {
        const written = `${date(m)}T${time(m)}.${pad(m.ms, 3)}${utc ? 'Z' : offset(m)}`;
        const utcTime = new Date(0);
        utcTime.setUTCFullYear(m.y, m.mo - 1, m.d);
        utcTime.setUTCHours(m.h, m.mi, m.s, m.ms);
        const exact = utcTime.getTime() - (utc ? 0 : m.offset * 60_000);
        expect(isInstantOrDate(written)).toBe(true);
        expect(parseInstant(written)?.getTime()).toBe(exact);
      }),
    );
  });

  it('refuses every other ISO-8601 spelling of a moment', () => {
    fc.assert(
      fc.property(moments, fc.integer({ min: 0, max: OTHER_FORMS.length - 1 }), (m, i) => {
        const written = OTHER_FORMS[i]!(m);
        expect({ written, accepted: isInstantOrDate(written) }).toEqual({
          written,
          accepted: false,
        });
      }),
    );
  });

  it('never lets through a string whose instant Date cannot read', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[\d\-T:.Z+W ]{4,35}$/)), (text) => {
        if (!isInstantOrDate(text)) return;
        for (const read of [asOfInstant, fromInstant, toInstant])
          expect(Number.isNaN(read(text).getTime())).toBe(false);
      }),
    );
  });

  it('reads a date as a whole day in Vietnam', () => {
    expect(fromInstant('2024-06-01').toISOString()).toBe('2024-05-31T17:00:00.000Z');
    expect(toInstant('2024-06-01').toISOString()).toBe('2024-06-01T17:00:00.000Z');
    expect(asOfInstant('2024-06-01').toISOString()).toBe('2024-06-01T16:59:59.999Z');
  });
});
