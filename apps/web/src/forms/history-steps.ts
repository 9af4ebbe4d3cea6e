/** A step of a case's history, as the API's timelines give it. */
export interface HistoryStep {
  readonly at: string;
  readonly type: string;
  readonly actor: { readonly username: string; readonly displayName?: string };
}

/** What tells two steps apart: when, what, and who. */
export const stepIdentity = (step: HistoryStep) => `${step.at}|${step.type}|${step.actor.username}`;

/** The steps in `after` that `before` did not have: what was recorded in between. */
export const newSteps = <T extends HistoryStep>(before: readonly T[], after: readonly T[]): T[] => {
  const known = new Set(before.map(stepIdentity));
  return after.filter((step) => !known.has(stepIdentity(step)));
};
