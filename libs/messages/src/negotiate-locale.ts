import { isLocale, type Locale } from './locale';

/** One range of an Accept-Language header and its weight (RFC 9110 §12.5.4). */
interface Range {
  readonly tag: string;
  readonly q: number;
}

const QUALITY = /^q=(0(\.\d{0,3})?|1(\.0{0,3})?)$/i;

/** A range and its weight; a weight that is not a number from 0 to 1 drops the range. */
const rangeOf = (part: string): Range | undefined => {
  const [tag = '', ...parameters] = part.split(';').map((piece) => piece.trim());
  if (tag === '') return undefined;
  const weight = parameters.find((parameter) => /^q=/i.test(parameter));
  if (weight === undefined) return { tag: tag.toLowerCase(), q: 1 };
  return QUALITY.test(weight) ? { tag: tag.toLowerCase(), q: Number(weight.slice(2)) } : undefined;
};

/** The locale a range asks for: `vi`, `vi-VN` → vi; `*` → the fallback; others → none. */
const localeOfTag = (tag: string, fallback: Locale): Locale | undefined => {
  if (tag === '*') return fallback;
  const primary = tag.split('-')[0] ?? '';
  return isLocale(primary) ? primary : undefined;
};

/**
 * The locale to answer in, from an Accept-Language header: the most wanted of the ones spoken
 * here (the higher q, or the first listed when two weigh the same), never one the client gave
 * q=0. Without a header, or when it names neither language, the fallback.
 */
export const negotiateLocale = (header: string | undefined, fallback: Locale): Locale => {
  if (header === undefined) return fallback;
  let best: { locale: Locale; q: number } | undefined;
  for (const range of header.split(',').map(rangeOf)) {
    if (range === undefined || range.q === 0) continue;
    const locale = localeOfTag(range.tag, fallback);
    if (locale !== undefined && (best === undefined || range.q > best.q))
      best = { locale, q: range.q };
  }
  return best?.locale ?? fallback;
};
