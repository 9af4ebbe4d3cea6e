import type { RecommendationView, TimelineEntry } from './recommendation-view';

/*
 * The recommendation's story top to bottom: where it came from (the survey, then the findings
 * it cites, which the API gives as its origin) and then every recorded step, in the order the
 * record holds them.
 */

export type TimelineItem =
  | {
      readonly kind: 'survey';
      readonly key: string;
      readonly on: string;
      readonly agencies: number;
    }
  | {
      readonly kind: 'finding';
      readonly key: string;
      readonly on: string | null;
      readonly findingKind: string;
      readonly statement: string;
    }
  | {
      readonly kind: 'step';
      readonly key: string;
      readonly on: string;
      readonly entry: TimelineEntry;
    };

export const timelineItems = (
  view: Pick<RecommendationView, 'origin' | 'timeline'>,
): TimelineItem[] => {
  const surveyDate = new Map(view.origin.surveys.map((survey) => [survey.id, survey.date]));
  return [
    ...view.origin.surveys.map((survey): TimelineItem => ({
      kind: 'survey',
      key: `survey:${survey.id}`,
      on: survey.date,
      agencies: survey.agencyIds.length,
    })),
    ...view.origin.findings.map((finding): TimelineItem => ({
      kind: 'finding',
      key: `finding:${finding.id}`,
      on: finding.surveyId === null ? null : (surveyDate.get(finding.surveyId) ?? null),
      findingKind: finding.kind,
      statement: finding.statement,
    })),
    ...view.timeline.map((entry, index): TimelineItem => ({
      kind: 'step',
      key: `step:${index}:${entry.at}:${entry.type}`,
      on: entry.on,
      entry,
    })),
  ];
};

/**
 * Whether an event's deadline is the response's: follow-ups name it `response` (a commitment's
 * is `commitment:<id>`), an extension `response` (a commitment's is `{ commitmentId }`).
 */
export const isResponseDeadline = (deadline: unknown): boolean => deadline === 'response';

/** A text field of an entry, or undefined when the event has none. */
export const textOf = (entry: TimelineEntry, field: string): string | undefined => {
  const value = entry[field];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
};
