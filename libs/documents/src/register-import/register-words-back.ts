import {
  ESCALATION_WORDS,
  IMPLEMENTATION_WORDS,
  OUTCOME_WORDS,
  POSITION_WORDS,
} from '../words/vietnamese-words';
import { textKey } from './text-key';

/**
 * The export's words read back into values: the inverse of vietnamese-words.ts, matched without
 * diacritics or case, so "tiep thu mot phan" is `partially-accepted`. The value itself (what the
 * export writes for a value with no word yet) is read too.
 */
const inverse = <K extends string>(words: Readonly<Record<K, string>>) => {
  const byKey = new Map<string, K>();
  for (const [value, word] of Object.entries(words) as [K, string][]) {
    byKey.set(textKey(word), value);
    byKey.set(textKey(value), value);
  }
  return (text: string): K | undefined => byKey.get(textKey(text));
};

export const positionOfWord = inverse(POSITION_WORDS);
export const outcomeOfWord = inverse(OUTCOME_WORDS);
export const escalationOfWord = inverse(ESCALATION_WORDS);
const implementationOf = inverse(IMPLEMENTATION_WORDS);

const PERCENT = /^(.*?)\s*\(\s*(\d{1,3})\s*%\s*\)$/;

/** `Đang thực hiện (60%)` → in progress at 60 %; `Chưa thực hiện` → not started. */
export const implementationOfWord = (
  text: string,
):
  | { track: 'not-started' | 'in-progress' | 'reported-done'; percent: number | null }
  | undefined => {
  const withPercent = PERCENT.exec(text.trim());
  const track = implementationOf(withPercent ? withPercent[1]! : text);
  if (track === undefined) return undefined;
  if (!withPercent) return { track, percent: null };
  const percent = Number(withPercent[2]);
  return track === 'in-progress' && percent <= 100 ? { track, percent } : undefined;
};
