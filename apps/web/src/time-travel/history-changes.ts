import type { TFunction } from 'i18next';
import { EVENT_LABELS, isKnownEvent } from '../forms/event-labels';
import { newSteps, stepIdentity, type HistoryStep } from '../forms/history-steps';
import { basisOf } from './basis';
import type { ChangeLine } from './CompareInstants';

/**
 * The steps a case's history has at the later instant and had not at the earlier, each with
 * who recorded it, when, and what it rests on: the compare list of a recommendation or an
 * obstacle, whose views carry their history.
 */
export const historyChanges = (
  t: TFunction,
  before: readonly HistoryStep[],
  after: readonly HistoryStep[],
): ChangeLine[] =>
  newSteps(before, after).map((step) => {
    const basis = basisOf(step as unknown as Readonly<Record<string, unknown>>);
    return {
      key: stepIdentity(step),
      title: isKnownEvent(step.type) ? t(EVENT_LABELS[step.type]) : step.type,
      by: { who: step.actor.displayName ?? step.actor.username, at: step.at },
      ...(basis !== undefined && { basis }),
    };
  });
