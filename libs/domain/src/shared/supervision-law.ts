import type { LocalDate } from './local-date';

/**
 * The law on supervisory activities in force on a date (docs/domain-rules.md): Law 87/2015/QH13 until
 * Law 121/2025/QH15 replaced it from 2026-03-01. One case can span both, so each decision
 * records the one it was taken under.
 */
export const SUPERVISION_LAWS: readonly { readonly number: string; readonly from: LocalDate }[] = [
  { number: '87/2015/QH13', from: '2016-07-01' },
  { number: '121/2025/QH15', from: '2026-03-01' },
];

/** Before the first law known here, the record says only that the decision predates it. */
export const supervisionLawOn = (date: LocalDate): string =>
  SUPERVISION_LAWS.filter((law) => law.from <= date).at(-1)?.number ??
  `trước ${SUPERVISION_LAWS[0]!.number}`;
