import type { DelegationView } from './delegation-view';

/** One thing someone else recorded on the delegation while a form was open. */
export type Change =
  | { readonly kind: 'workingGroup'; readonly text: string }
  | { readonly kind: 'survey'; readonly text: string }
  | { readonly kind: 'finding'; readonly text: string }
  | { readonly kind: 'recommendation'; readonly text: string }
  | { readonly kind: 'concluded'; readonly text: string };

/** How each kind of change is named (the catalogue's keys). */
export const CHANGE_LABELS = {
  workingGroup: 'delegations.changed.workingGroup',
  survey: 'delegations.changed.survey',
  finding: 'delegations.changed.finding',
  recommendation: 'delegations.changed.recommendation',
  concluded: 'delegations.changed.concluded',
} as const satisfies Record<Change['kind'], string>;

const added = <T extends { id: string }>(before: readonly T[], after: readonly T[]): T[] => {
  const known = new Set(before.map((item) => item.id));
  return after.filter((item) => !known.has(item.id));
};

/**
 * What changed between the delegation a form opened with and the one the API has now, for a
 * reader whose save met a conflict (412). The delegation's view carries no history of its own,
 * so the change is read from what it holds: the groups, surveys, findings and recommendations
 * that are new, and whether it was concluded.
 */
export const changesSince = (before: DelegationView, after: DelegationView): Change[] => [
  ...added(before.workingGroups, after.workingGroups).map((group): Change => ({
    kind: 'workingGroup',
    text: group.number,
  })),
  ...added(before.surveys, after.surveys).map((survey): Change => ({
    kind: 'survey',
    text: survey.date,
  })),
  ...added(before.findings, after.findings).map((finding): Change => ({
    kind: 'finding',
    text: finding.statement,
  })),
  ...added(before.recommendations, after.recommendations).map((recommendation): Change => ({
    kind: 'recommendation',
    text: recommendation.text,
  })),
  ...(before.status !== 'concluded' && after.status === 'concluded'
    ? [{ kind: 'concluded', text: after.concludedOn ?? '' } as const]
    : []),
];
