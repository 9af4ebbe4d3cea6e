import { formatNumber } from '../../i18n/format';
import type { Language } from '../../i18n/languages';
import type { Scorecard } from './agency';

/** The on-time rate as the council reports it: "66,7%", or null while no deadline has fallen. */
export const onTimePercent = (card: Scorecard, language: Language): string | null =>
  card.onTimeRate === null ? null : `${formatNumber(card.onTimeRate * 100, language, 1)}%`;

/** Mean days to respond, one decimal: "12,5"; null when it has answered nothing. */
export const meanDays = (card: Scorecard, language: Language): string | null =>
  card.meanDaysToRespond === null ? null : formatNumber(card.meanDaysToRespond, language, 1);
