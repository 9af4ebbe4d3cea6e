import { given, ids, recommendationIssued } from '@hdnd/testing';
import type { RecommendationCommand, RecommendationEvent } from '.';
import { recommendationDecider } from '.';

const rec = ids.recommendation;
const OLD_LAW = '87/2015/QH13';
const NEW_LAW = '121/2025/QH15';

/** Decides `command` on top of `history` and returns the one event it records. */
const decided = (history: readonly RecommendationEvent[], command: RecommendationCommand) => {
  const events = given(recommendationDecider, history).when(command);
  expect(events).toHaveLength(1);
  return events[0]!;
};

const escalate = (escalatedOn: string): RecommendationCommand => ({
  type: 'Escalate',
  data: {
    recommendationId: rec,
    step: 'first-reminder',
    escalatedOn,
    note: 'Công văn 280/HĐND-VP',
  },
});
const extend = (extendedOn: string): RecommendationCommand => ({
  type: 'ExtendDeadline',
  data: {
    recommendationId: rec,
    newDueOn: '2026-06-30',
    extendedOn,
    reason: 'Chờ ý kiến Bộ Công an',
    approvedBy: 'Thường trực HĐND tỉnh',
  },
});
const close = (closedOn: string): RecommendationCommand => ({
  type: 'CloseRecommendation',
  data: {
    recommendationId: rec,
    closedOn,
    outcome: 'no-longer-applicable',
    assessment: 'Không còn phù hợp',
  },
});
const reopen = (reopenedOn: string): RecommendationCommand => ({
  type: 'ReopenRecommendation',
  data: { recommendationId: rec, reopenedOn, reason: 'Dữ liệu vẫn bị mất' },
});

/**
 * A case issued under Law 87/2015/QH13 can be followed up after Law 121/2025/QH15 replaced it
 * (2026-03-01): each decision of the council on it records the law it was taken under, as the
 * issuance does, by the decision's own date.
 */
describe('the supervision law travels with every decision on a recommendation', () => {
  it.each([
    ['an escalation', escalate],
    ['an extension', extend],
    ['a closure', close],
  ] as const)('records it on %s, by the date of the decision', (_label, command) => {
    expect(decided([recommendationIssued], command('2026-02-27')).data).toMatchObject({
      supervisionLaw: OLD_LAW,
    });
    expect(decided([recommendationIssued], command('2026-03-02')).data).toMatchObject({
      supervisionLaw: NEW_LAW,
    });
  });

  it('records it on a reopening, by the date of the reopening', () => {
    const closed = [recommendationIssued, decided([recommendationIssued], close('2026-02-20'))];
    expect(decided(closed, reopen('2026-02-25')).data).toMatchObject({ supervisionLaw: OLD_LAW });
    expect(decided(closed, reopen('2026-03-01')).data).toMatchObject({ supervisionLaw: NEW_LAW });
  });
});
