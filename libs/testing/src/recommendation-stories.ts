import {
  DomainRuleViolation,
  ESCALATION_LADDER,
  recommendationDecider,
  type LocalDate,
  type RecommendationCommand,
  type RecommendationEvent,
  type RecommendationState,
} from '@hdnd/domain';
import { active } from './tay-ninh';

/**
 * Whole lives of recommendations, each event decided by the domain's own decider, for the specs
 * and benches that need many varied cases: answered on time or late, judged unsatisfactory and
 * answered again, deadlines extended, work reported done, closed, reopened, passed to a
 * successor. What the decider refuses is not recorded, as in life.
 */

/** What a clerk does next in a story. */
export const STORY_KINDS = [
  'respond',
  'assess',
  'progress',
  'complete',
  'close',
  'reopen',
  'extend',
  'escalate',
  'transfer',
] as const;

/**
 * A step: on the day `gap` days after the previous one, the first command the decider accepts,
 * trying the kinds in turn from `first` and, for each, the choices in turn from `pick`.
 */
export type StoryStep = Readonly<{ first: number; gap: number; pick: number }>;

export type StoryStart = Readonly<{
  recommendationId: string;
  delegationId: string;
  findingId: string;
  agencyId: string;
  issuedOn: LocalDate;
  responseDueOn: LocalDate;
}>;

export const addDays = (date: LocalDate, days: number): LocalDate =>
  new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);

const POSITIONS = ['accepted', 'partially-accepted', 'rejected'] as const;
const OUTCOMES = [
  'implemented',
  'partially-implemented',
  'not-implemented',
  'no-longer-applicable',
] as const;

type Kind = (typeof STORY_KINDS)[number];

/** The command an intent makes, given the case as it stands; undefined when it makes none. */
const commandFor = (
  state: RecommendationState,
  kind: Kind,
  on: LocalDate,
  pick: number,
  n: number,
  successorOf: (agencyId: string) => string | undefined,
): RecommendationCommand | undefined => {
  if (state.status === 'none') return undefined;
  const recommendationId = state.recommendationId;
  const unique = `${recommendationId}-${n}`;
  switch (kind) {
    case 'respond': {
      const position = POSITIONS[pick % 3]!;
      return {
        type: 'RecordResponse',
        data: {
          recommendationId,
          responseId: `tl-${unique}`,
          agencyId: state.addressee.currentAgencyId,
          respondedOn: on,
          position,
          text: 'Tiếp thu, giao sở ngành thực hiện',
          commitments:
            position === 'rejected' || pick % 4 === 1
              ? []
              : [
                  {
                    commitmentId: `ck-${unique}`,
                    text: 'Hoàn thành',
                    dueOn: addDays(on, 20 + pick * 7),
                  },
                ],
        },
      };
    }
    case 'assess':
      return {
        type: 'AssessResponse',
        data: {
          recommendationId,
          responseId: state.responses.at(-1)?.responseId ?? 'tl-none',
          assessedOn: on,
          verdict: pick % 2 === 0 ? 'satisfactory' : 'unsatisfactory',
          note: 'Chưa làm rõ lộ trình',
          ...(pick % 3 === 0 && { newResponseDueOn: addDays(on, 15 + pick) }),
        },
      };
    case 'progress':
      return {
        type: 'ReportProgress',
        data: { recommendationId, reportedOn: on, text: 'Đã làm một phần', percent: pick * 9 },
      };
    case 'complete':
      return {
        type: 'ReportCompletion',
        data: {
          recommendationId,
          reportedOn: on,
          text: 'Đã hoàn thành',
          evidence: [{ title: 'Báo cáo kết quả', reference: `${pick}/BC-UBND` }],
        },
      };
    case 'close':
      return {
        type: 'CloseRecommendation',
        data: { recommendationId, closedOn: on, outcome: OUTCOMES[pick % 4]!, assessment: 'Đạt' },
      };
    case 'reopen':
      return {
        type: 'ReopenRecommendation',
        data: { recommendationId, reopenedOn: on, reason: 'Cử tri phản ánh chưa khắc phục' },
      };
    case 'extend': {
      const commitmentId = Object.keys(state.commitments)[pick % 3];
      return {
        type: 'ExtendDeadline',
        data: {
          recommendationId,
          ...(pick % 2 === 1 && commitmentId !== undefined && { commitmentId }),
          newDueInWorkingDays: 5 + pick,
          extendedOn: on,
          reason: 'Chờ hướng dẫn của bộ',
          approvedBy: 'Thường trực HĐND tỉnh',
        },
      };
    }
    case 'escalate':
      return {
        type: 'Escalate',
        data: {
          recommendationId,
          step: ESCALATION_LADDER[pick % ESCALATION_LADDER.length]!,
          escalatedOn: on,
          note: 'Công văn đôn đốc',
        },
      };
    case 'transfer': {
      // An agency is succeeded once: a case only moves on to its addressee's successor. In force
      // on the day, or on the response's due date (whose agency is charged with it then?), or
      // earlier (recorded after the fact).
      const from = state.addressee.currentAgencyId;
      const to = successorOf(from);
      const effectiveOn = [on, state.responseDue.dueOn, addDays(on, -20)][pick % 3]!;
      return to === undefined
        ? undefined
        : {
            type: 'TransferRecommendation',
            data: {
              recommendationId,
              fromAgencyId: from,
              toAgencyId: to,
              effectiveOn,
              basis: 'Nghị quyết 1682/NQ-UBTVQH15',
            },
          };
    }
  }
};

const decided = (
  state: RecommendationState,
  command: RecommendationCommand | undefined,
): readonly RecommendationEvent[] => {
  if (!command) return [];
  try {
    return recommendationDecider.decide(command, state);
  } catch (error) {
    if (error instanceof DomainRuleViolation) return [];
    throw error;
  }
};

/**
 * One recommendation's events: its issue, then what each step's accepted command recorded.
 * `strict`: each step tries its own kind and choice only, and records nothing if refused (a
 * life told step by step); otherwise the kinds and choices are tried in turn.
 */
export const storyOf = (
  start: StoryStart,
  steps: readonly StoryStep[],
  successorOf: (agencyId: string) => string | undefined = () => undefined,
  { strict = false }: { strict?: boolean } = {},
): RecommendationEvent[] => {
  const { agencyId, findingId, delegationId, ...data } = start;
  let state = recommendationDecider.initialState;
  const events: RecommendationEvent[] = [];
  const record = (decision: readonly RecommendationEvent[]) => {
    for (const event of decision) state = recommendationDecider.evolve(state, event);
    events.push(...decision);
    return decision.length > 0;
  };
  record(
    decided(state, {
      type: 'IssueRecommendation',
      data: {
        ...data,
        source: { kind: 'delegation', id: delegationId },
        addresseeAgencyId: agencyId,
        text: `Kiến nghị ${start.recommendationId}`,
        findingIds: [findingId],
      },
      origin: {
        kind: 'delegation',
        id: delegationId,
        recorded: true,
        parts: { [findingId]: '2020-01-01' },
      },
      addressee: active(agencyId),
    }),
  );
  let on = start.issuedOn;
  for (const [n, { first, gap, pick }] of steps.entries()) {
    on = addDays(on, gap);
    tried: for (let k = 0; k < (strict ? 1 : STORY_KINDS.length); k++)
      for (let p = 0; p < (strict ? 1 : 4); p++) {
        const kind = STORY_KINDS[(first + k) % STORY_KINDS.length]!;
        if (record(decided(state, commandFor(state, kind, on, pick + p, n, successorOf))))
          break tried;
      }
  }
  return events;
};
