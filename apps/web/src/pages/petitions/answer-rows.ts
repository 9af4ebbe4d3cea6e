import type { RecommendationSummary } from '../tracker/recommendation-summary';

export type Position = 'accepted' | 'partially-accepted' | 'rejected';

/** One petition of the sitting as the officer fills it in. */
export interface AnswerRow {
  readonly item: RecommendationSummary;
  /** Its number in the sitting as it opened: kept while the rows answered leave the form. */
  readonly number: number;
  readonly chosen: boolean;
  readonly position: Position | null;
  readonly text: string;
}

/** The petitions of this round that still await an answer, from the reader's own cases. */
export const awaitingOf = (
  items: readonly RecommendationSummary[],
  roundId: string,
): RecommendationSummary[] =>
  items.filter(
    (item) =>
      item.source.kind === 'voter-petitions' &&
      item.source.id === roundId &&
      item.status === 'awaiting-response',
  );

/**
 * The answers to send: only the rows chosen, each with the day of the sitting. `at` gives, for
 * each answer sent, the row it came from, so the API's field errors and per-row outcomes (which
 * count the answers sent) point at the right petition.
 */
export const answersOf = (rows: readonly AnswerRow[], respondedOn: string) => {
  const at = rows.flatMap((row, index) => (row.chosen ? [index] : []));
  return {
    at,
    body: {
      answers: at.map((index) => ({
        recommendationId: rows[index]!.item.id,
        respondedOn,
        // Absent when none is chosen: the kit then says the position is required.
        position: rows[index]!.position as Position,
        text: rows[index]!.text,
      })),
    },
  };
};
