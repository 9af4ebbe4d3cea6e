import { formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import type { Indicator } from './delegation-view';

/** The words an indicator's parts are written with, in the reader's language. */
export interface IndicatorWords {
  /** "hạng {{rank}}/{{rankOf}}" with the numbers filled in. */
  rank(rank: string, rankOf: string): string;
}

/**
 * The figures of an indicator as a clerk writes them: "84,72/100 · hạng 3/9 · Tốt". Each part
 * appears only when recorded; numbers in the reader's language (84,72 in Vietnamese).
 */
export const indicatorFigures = (
  indicator: Indicator,
  language: Language,
  words: IndicatorWords,
): string => {
  const number = (value: number) => formatNumber(value, language);
  const parts: string[] = [];
  if (indicator.value !== undefined)
    parts.push(
      indicator.outOf !== undefined
        ? `${number(indicator.value)}/${number(indicator.outOf)}`
        : number(indicator.value),
    );
  if (indicator.rank !== undefined && indicator.rankOf !== undefined)
    parts.push(words.rank(number(indicator.rank), number(indicator.rankOf)));
  if (indicator.grade !== undefined && indicator.grade !== '') parts.push(indicator.grade);
  return parts.join(' · ');
};
