import 'reflect-metadata';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { getMetadataStorage, validateSync } from 'class-validator';
import fc from 'fast-check';
import {
  agencyDecider,
  delegationDecider,
  DomainRuleViolation,
  EVENT_SCHEMA_VERSIONS,
  fold,
  obstacleDecider,
  committeeSupervisionDecider,
  explanationSessionDecider,
  interpellationDecider,
  petitionRoundDecider,
  recommendationDecider,
  WorkingCalendar,
  type SourceStanding,
  type AgencyEvent,
  type AgencyStanding,
  type AgencyState,
  type Decider,
  type DelegationEvent,
  type DomainEventType,
} from '@hdnd/domain';
import type { RecordedEvent } from '@hdnd/event-store';
import { openReadModelDatabase, PROJECTIONS, type ReadModelDb } from '@hdnd/read-models';
import { RegisterAgencyDto, SuccessionDto } from './agencies/agency.dto';
import {
  ConcludeDelegationDto,
  EstablishDelegationDto,
  PublishDelegationResultsDto,
  WithdrawPublicationDto,
  FormWorkingGroupDto,
  IssueRecommendationDto,
  RecordFindingDto,
  RecordSurveyDto,
} from './delegations/delegation.dto';
import {
  ConcludeCommitteeSupervisionDto,
  IssueFromCommitteeSupervisionDto,
  StartCommitteeSupervisionDto,
} from './committee-supervisions/committee-supervision.dto';
import {
  AdoptInterpellationResolutionDto,
  HoldInterpellationDto,
  IssueFromInterpellationDto,
  RecordQuestionDto,
} from './interpellations/interpellation.dto';
import {
  HoldExplanationSessionDto,
  IssueFromExplanationSessionDto,
  RecordExplanationConclusionDto,
} from './explanation-sessions/explanation-session.dto';
import {
  AnswerPetitionsDto,
  OpenPetitionRoundDto,
  RecordPetitionsDto,
} from './petitions/petition.dto';
import {
  AssignObstacleDto,
  MergeObstacleDto,
  ReferObstacleDto,
  ResolveObstacleDto,
} from './obstacles/obstacle.dto';
import {
  AssessResponseDto,
  CloseRecommendationDto,
  EscalateDto,
  ExtendDeadlineDto,
  RecordResponseDto,
  ReopenRecommendationDto,
  ReportCompletionDto,
  ReportProgressDto,
} from './recommendations/recommendation.dto';

/**
 * Whatever the deciders accept must project. For every command body the API's validation lets
 * through — each field present, absent or null, nested objects and list items likewise — the
 * command the controller makes of it goes to its decider, and every event decided is applied
 * by every projection to real SQLite read models. An event a projection cannot apply would be
 * parked, and the read side damaged for good (the log cannot be edited): a survey recorded
 * without its chair once was. No request may make a decider throw anything but a rule either.
 */

type AnyDecider = Decider<unknown, unknown, unknown>;
type Body = Record<string, unknown>;
type Command = Readonly<{ type: string; data: Readonly<Record<string, unknown>> }>;

const TODAY = '2024-07-01';
const P = 'a-tinh';
const CITY = 'a-tp';
const WARD = 'a-p1';
const GONE = 'a-huyen-cu';
const D = 'd-1';

// ---------------------------------------------------------------------------------------------
// The world the commands land in, decided by the deciders themselves, so that it is consistent.

const decideAll = (decider: AnyDecider, commands: readonly unknown[]): unknown[] => {
  const events: unknown[] = [];
  for (const c of commands) events.push(...decider.decide(c, fold(decider, events)));
  return events;
};
const active = (agencyId: string): AgencyStanding => ({ agencyId, registered: true });
const register = (agencyId: string, level: string) => ({
  type: 'RegisterAgency',
  data: { agencyId, name: `UBND ${agencyId}`, level, registeredOn: '2020-01-01' },
});
const agencyStreams: Record<string, unknown[]> = Object.fromEntries(
  (
    [
      [P, 'province'],
      [CITY, 'district'],
      [WARD, 'commune'],
      [GONE, 'district'],
    ] as const
  ).map(([id, level]) => [id, decideAll(agencyDecider as AnyDecider, [register(id, level)])]),
);
agencyStreams[GONE]!.push(
  ...agencyDecider.decide(
    {
      type: 'RecordAgencySuccession',
      data: {
        agencyId: GONE,
        successorId: CITY,
        effectiveOn: '2024-01-01',
        basis: 'NQ sáp nhập',
        successor: active(CITY),
        successorChain: [],
      },
    },
    fold(agencyDecider, agencyStreams[GONE] as AgencyEvent[]),
  ),
);
const standing = (agencyId: unknown): AgencyStanding => {
  const events = agencyStreams[agencyId as string] as AgencyEvent[] | undefined;
  if (!events) return { agencyId: agencyId as string, registered: false };
  const state = fold(agencyDecider, events) as AgencyState & {
    succession?: AgencyStanding['succession'];
  };
  return {
    agencyId: agencyId as string,
    registered: true,
    ...(state.succession && { succession: state.succession }),
  };
};
/** The agencies `agencyId` passes to in turn, as the application looks them up. */
const chainFrom = (agencyId: unknown): string[] => {
  const next = standing(agencyId).succession?.successorId;
  return next === undefined || next === agencyId ? [] : [next, ...chainFrom(next)];
};

const person = { name: 'Nguyễn Văn A', position: 'Phó Chủ tịch' };
const delegationStream = decideAll(delegationDecider as AnyDecider, [
  {
    type: 'EstablishDelegation',
    data: {
      delegationId: D,
      title: 'Đoàn giám sát',
      topic: 'CCHC',
      legalBasis: { number: '135/NQ-HĐND', issuedOn: '2023-12-08', issuedBy: 'HĐND tỉnh' },
      periodFrom: '2021-01-01',
      periodTo: '2023-12-31',
      chair: person,
      members: [],
      supervisor: { body: 'council', level: 'province' },
    },
  },
  {
    type: 'FormWorkingGroup',
    data: { delegationId: D, workingGroupId: 'wg-1', number: '01', leader: person, members: [] },
  },
  {
    type: 'RecordSurvey',
    data: {
      delegationId: D,
      surveyId: 'ks-1',
      workingGroupId: 'wg-1',
      date: '2024-04-02',
      agencyIds: [WARD, CITY],
      topics: ['Một cửa'],
      chair: person,
      participants: [],
    },
    agencies: [active(WARD), active(CITY)],
  },
  {
    type: 'RecordFinding',
    data: {
      delegationId: D,
      findingId: 'f-1',
      surveyId: 'ks-1',
      agencyId: CITY,
      kind: 'achievement',
      statement: 'Chỉ số CCHC 84,72',
      indicators: [],
      recordedOn: '2024-04-02',
    },
    agency: active(CITY),
  },
]);

const DELEGATION: SourceStanding = {
  kind: 'delegation',
  id: D,
  recorded: true,
  openedOn: '2023-12-08',
  parts: { 'f-1': '2024-04-02' },
};
const SESSION = 'cv-1';
const interpellationStream = decideAll(interpellationDecider as AnyDecider, [
  {
    type: 'HoldInterpellation',
    data: {
      interpellationId: SESSION,
      title: 'Phiên chất vấn',
      meeting: 'Kỳ họp thứ 19',
      heldOn: '2024-04-10',
      supervisor: { body: 'council', level: 'province' },
    },
  },
  {
    type: 'RecordInterpellationQuestion',
    data: {
      interpellationId: SESSION,
      questionId: 'q-1',
      askedBy: 'Đại biểu A',
      answeredBy: person,
      agencyId: P,
      question: 'Khi nào?',
      answer: 'Trong quý III.',
      askedOn: '2024-04-10',
    },
  },
]);
const ROUND = 'ct-1';
const petitionRoundStream = decideAll(petitionRoundDecider as AnyDecider, [
  {
    type: 'OpenPetitionRound',
    data: {
      petitionRoundId: ROUND,
      title: 'Kiến nghị cử tri trước kỳ họp',
      meeting: 'Kỳ họp thứ 19',
      forwardedOn: '2024-04-10',
      answerDueOn: '2024-05-10',
      supervisor: { body: 'standing-committee', level: 'province' },
    },
  },
]);
const COMMITTEE = 'gs-1';
const committeeStream = decideAll(committeeSupervisionDecider as AnyDecider, [
  {
    type: 'StartCommitteeSupervision',
    data: {
      committeeSupervisionId: COMMITTEE,
      topic: 'Hồ sơ đất đai quá hạn',
      supervisor: { body: 'committee', level: 'province', name: 'Ban Pháp chế' },
      startedOn: '2024-04-01',
    },
  },
]);
const EXPLANATION = 'gt-1';
// Held and not yet concluded, so that a conclusion can be accepted.
const explanationStream = decideAll(explanationSessionDecider as AnyDecider, [
  {
    type: 'HoldExplanationSession',
    data: {
      explanationSessionId: EXPLANATION,
      issue: 'Giải ngân vốn đầu tư công',
      agencyId: P,
      heldOn: '2024-04-10',
      supervisor: { body: 'committee', level: 'province', name: 'Ban Kinh tế - Ngân sách' },
    },
    agency: active(P),
  },
]);
const recommendationStreams: Record<string, unknown[]> = {};
const issue = (id: string, agencyId: string) => ({
  type: 'IssueRecommendation',
  data: {
    recommendationId: id,
    source: { kind: 'delegation', id: D },
    addresseeAgencyId: agencyId,
    text: `Kiến nghị ${id}`,
    findingIds: ['f-1'],
    issuedOn: '2024-05-15',
    responseDueOn: '2024-06-14',
  },
  origin: DELEGATION,
  addressee: active(agencyId),
});
const accept = (id: string) => ({
  type: 'RecordResponse',
  data: {
    recommendationId: id,
    responseId: `ph-${id}`,
    agencyId: P,
    respondedOn: '2024-06-10',
    position: 'accepted',
    text: 'Tiếp thu',
    commitments: [{ commitmentId: `ck-${id}`, text: 'Làm', dueOn: '2024-09-30' }],
  },
});
const complete = (id: string) => ({
  type: 'ReportCompletion',
  data: {
    recommendationId: id,
    reportedOn: '2024-06-20',
    text: 'Xong',
    evidence: [{ title: 'Báo cáo', reference: '1/BC' }],
  },
});
const close = (id: string) => ({
  type: 'CloseRecommendation',
  data: { recommendationId: id, closedOn: '2024-06-25', outcome: 'implemented', assessment: 'Đạt' },
});
const rec = recommendationDecider as AnyDecider;
recommendationStreams['r-new'] = decideAll(rec, [issue('r-new', P)]);
recommendationStreams['r-accepted'] = decideAll(rec, [
  issue('r-accepted', P),
  accept('r-accepted'),
]);
recommendationStreams['r-done'] = decideAll(rec, [
  issue('r-done', P),
  accept('r-done'),
  complete('r-done'),
]);
recommendationStreams['r-closed'] = decideAll(rec, [
  issue('r-closed', P),
  accept('r-closed'),
  complete('r-closed'),
  close('r-closed'),
]);

const obstacleStreams: Record<string, unknown[]> = Object.fromEntries(
  ['o-1', 'o-2'].map((id) => [
    id,
    decideAll(obstacleDecider as AnyDecider, [
      {
        type: 'RecordObstacle',
        data: {
          obstacleId: id,
          delegationId: D,
          findingId: `f-${id}`,
          sourceAgencyId: WARD,
          statement: 'Vướng mắc',
          recordedOn: '2024-04-02',
        },
      },
    ]),
  ]),
);

let position = 0;
const recorded = (streamId: string, event: unknown): RecordedEvent => {
  const { type, data } = event as { type: DomainEventType; data: unknown };
  position += 1;
  return {
    eventId: `e-${position}`,
    streamId,
    revision: 0n,
    position: BigInt(position),
    type,
    schemaVersion: EVENT_SCHEMA_VERSIONS[type],
    // As the log keeps it: JSON (an undefined field is absent there).
    data: JSON.parse(JSON.stringify(data)) as unknown,
    metadata: {
      actor: { userId: 'u', username: 'thu-ky', role: 'secretariat' },
      correlationId: 'c',
      causationId: 'c',
      command: 'Property',
      recordedAt: '2024-07-01T03:00:00.000Z',
    },
    hash: '',
  };
};

/** Applies events with every projection that handles them: the reasons of those that fail. */
const project = async (db: ReadModelDb, events: readonly RecordedEvent[], keep: boolean) => {
  const failures: string[] = [];
  const rollback = new Error('rollback');
  for (const projection of PROJECTIONS)
    for (const event of events) {
      if (!projection.handles.has(event.type)) continue;
      try {
        await db.transaction().execute(async (trx) => {
          await projection.apply(trx, event);
          if (!keep) throw rollback;
        });
      } catch (error) {
        if (error !== rollback)
          failures.push(
            `${projection.name} cannot apply ${event.type}: ${(error as Error).message}`,
          );
      }
    }
  return failures;
};

// ---------------------------------------------------------------------------------------------
// Bodies: every field of every DTO, valid, absent or null.

const maybe = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 24, arbitrary: valid as fc.Arbitrary<unknown> },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant(null) },
  );
/**
 * A due date is given as a date or as working days, never both (the validator refuses both):
 * of such a pair, a body keeps one.
 */
const TWINS = [
  ['responseDueOn', 'responseDueInWorkingDays'],
  ['dueOn', 'dueInWorkingDays'],
  ['newResponseDueOn', 'newResponseDueInWorkingDays'],
  ['newDueOn', 'newDueInWorkingDays'],
] as const;
/** A body with each field valid, absent or null; undefined fields are dropped, as JSON does. */
const body = (fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Body> =>
  fc
    .tuple(
      fc.record(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, maybe(v)]))),
      fc.boolean(),
    )
    .map(([b, keepDate]) => {
      const plain = JSON.parse(JSON.stringify(b)) as Body;
      for (const [date, days] of TWINS)
        if (date in plain && days in plain) delete plain[keepDate ? days : date];
      return plain;
    });
const one = <T>(...values: T[]) => fc.constantFrom(...values);
const day = (from: string, days: number) =>
  fc
    .integer({ min: 0, max: days })
    .map((n) => new Date(Date.parse(from) + n * 86_400_000).toISOString().slice(0, 10));
/** Mostly a value that fits, sometimes one a rule or the validator refuses. */
const mostly = <T>(valid: fc.Arbitrary<T>, other: T | fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 12, arbitrary: valid },
    { weight: 1, arbitrary: other instanceof fc.Arbitrary ? other : fc.constant(other) },
  );
const text = mostly(one('Nội dung', 'Đã thực hiện'), ' ');
const workingDays = mostly(fc.integer({ min: 1, max: 60 }), 0);
const id = one('x-1', 'x-2');
const list = <T>(item: fc.Arbitrary<T>) => fc.array(item, { maxLength: 3 });
const PERSON = body({
  name: mostly(fc.constant('Trần Thị B'), ''),
  position: mostly(fc.constant('Trưởng ban'), ''),
});
const EVIDENCE = body({
  title: mostly(fc.constant('Báo cáo'), ''),
  reference: mostly(fc.constant('12/BC'), ''),
});
const AGENCY = mostly(one(P, CITY, WARD), one(GONE, 'a-khong-co'));

interface Case {
  readonly dto: ClassConstructor<object>;
  readonly body: fc.Arbitrary<Body>;
  readonly streamId: string;
  readonly decider: AnyDecider;
  readonly history: readonly unknown[];
  /** What the controller and the application make of the body. */
  readonly command: (body: Body) => Command;
  /**
   * Bodies to try, RUNS × this: a command with many required fields lets few random bodies
   * through every one of them, and the property needs enough decided to say something.
   */
  readonly runsFactor?: number;
}

const deleg = delegationDecider as AnyDecider;
const obst = obstacleDecider as AnyDecider;
const agen = agencyDecider as AnyDecider;
const onRec = (
  dto: ClassConstructor<object>,
  recId: string,
  fields: Record<string, fc.Arbitrary<unknown>>,
  command: (b: Body) => Command,
): Case => ({
  dto,
  body: body(fields),
  streamId: `recommendation-${recId}`,
  decider: rec,
  history: recommendationStreams[recId]!,
  command,
});
const onObstacle = (
  dto: ClassConstructor<object>,
  fields: Record<string, fc.Arbitrary<unknown>>,
  command: (b: Body) => Command,
): Case => ({
  dto,
  body: body(fields),
  streamId: 'obstacle-o-1',
  decider: obst,
  history: obstacleStreams['o-1']!,
  command,
});
const on = (b: Body, key: string, fallback: unknown) => b[key] ?? fallback;
const without = (b: Body, ...keys: string[]) =>
  Object.fromEntries(Object.entries(b).filter(([k]) => !keys.includes(k)));

const CASES: Record<string, Case> = {
  RegisterAgencyDto: {
    dto: RegisterAgencyDto,
    body: body({
      id,
      name: text,
      level: one('province', 'commune', 'district'),
      parentId: AGENCY,
      registeredOn: day('2019-01-01', 3000),
    }),
    streamId: 'agency-x',
    decider: agen,
    history: [],
    command: (b) => ({
      type: 'RegisterAgency',
      data: {
        ...without(b, 'id', 'registeredOn'),
        agencyId: on(b, 'id', 'x-new'),
        registeredOn: on(b, 'registeredOn', TODAY),
        ...(b.parentId !== undefined && { parent: standing(b.parentId) }),
      },
    }),
  },
  SuccessionDto: {
    dto: SuccessionDto,
    body: body({ successorId: AGENCY, effectiveOn: day('2024-01-01', 600), basis: text }),
    streamId: `agency-${WARD}`,
    decider: agen,
    history: agencyStreams[WARD]!,
    command: (b) => ({
      type: 'RecordAgencySuccession',
      data: {
        agencyId: WARD,
        ...b,
        successor: standing(b.successorId),
        successorChain: chainFrom(b.successorId),
      },
    }),
  },
  EstablishDelegationDto: {
    runsFactor: 3,
    dto: EstablishDelegationDto,
    body: body({
      id,
      title: text,
      topic: text,
      legalBasis: body({
        number: mostly(fc.constant('135/NQ-HĐND'), ''),
        issuedOn: day('2023-01-01', 400),
        issuedBy: mostly(fc.constant('HĐND tỉnh'), ''),
      }),
      periodFrom: day('2020-01-01', 1500),
      periodTo: day('2022-01-01', 1500),
      chair: PERSON,
      members: list(PERSON),
      supervisor: body({
        body: mostly(one('council', 'committee', 'deputy'), 'ministry'),
        level: mostly(one('province', 'commune'), 'district'),
        name: text,
      }),
    }),
    streamId: 'delegation-x',
    decider: deleg,
    history: [],
    command: (b) => ({
      type: 'EstablishDelegation',
      data: { ...without(b, 'id'), delegationId: on(b, 'id', 'x-new') },
    }),
  },
  FormWorkingGroupDto: {
    dto: FormWorkingGroupDto,
    body: body({ id, number: mostly(one('02', '01'), ''), leader: PERSON, members: list(PERSON) }),
    streamId: `delegation-${D}`,
    decider: deleg,
    history: delegationStream,
    command: (b) => ({
      type: 'FormWorkingGroup',
      data: { ...without(b, 'id'), delegationId: D, workingGroupId: on(b, 'id', 'x-new') },
    }),
  },
  RecordSurveyDto: {
    dto: RecordSurveyDto,
    body: body({
      id,
      workingGroupId: mostly(fc.constant('wg-1'), 'wg-khong-co'),
      date: day('2023-12-01', 400),
      agencyIds: fc.uniqueArray(AGENCY, { minLength: 1, maxLength: 3 }),
      topics: list(text),
      chair: PERSON,
      participants: list(text),
      notes: text,
    }),
    streamId: `delegation-${D}`,
    decider: deleg,
    history: delegationStream,
    command: (b) => ({
      type: 'RecordSurvey',
      data: { ...without(b, 'id'), delegationId: D, surveyId: on(b, 'id', 'x-new') },
      agencies: Array.isArray(b.agencyIds) ? b.agencyIds.map(standing) : [],
    }),
  },
  RecordFindingDto: {
    dto: RecordFindingDto,
    body: body({
      id,
      surveyId: mostly(fc.constant('ks-1'), 'ks-khong-co'),
      agencyId: mostly(one(WARD, CITY), AGENCY),
      kind: one('achievement', 'limitation', 'obstacle'),
      statement: text,
      indicators: fc.array(
        body({
          name: mostly(fc.constant('Chỉ số CCHC'), ''),
          period: mostly(fc.constant('2021'), ''),
          value: mostly(fc.double({ min: 0, max: 10, noNaN: true }), 84.72),
          outOf: one(100, 10),
          rank: mostly(fc.integer({ min: 1, max: 3 }), 12),
          rankOf: fc.integer({ min: 3, max: 12 }),
          grade: mostly(fc.constant('Tốt'), ''),
        }),
        { maxLength: 2 },
      ),
      // Only an obstacle finding names one; the application names it when the client does not.
      obstacleId: fc.oneof(
        { weight: 1, arbitrary: id },
        { weight: 3, arbitrary: fc.constant(undefined) },
      ),
      recordedOn: day('2024-04-01', 300),
    }),
    streamId: `delegation-${D}`,
    decider: deleg,
    history: delegationStream,
    command: (b) => {
      // The application names the obstacle an obstacle finding opens when the client did not.
      const obstacleId = b.obstacleId ?? (b.kind === 'obstacle' ? 'x-obstacle' : undefined);
      return {
        type: 'RecordFinding',
        data: {
          ...without(b, 'id', 'recordedOn', 'obstacleId'),
          ...(obstacleId !== undefined && { obstacleId }),
          delegationId: D,
          findingId: on(b, 'id', 'x-new'),
          recordedOn: on(b, 'recordedOn', TODAY),
        },
        agency: standing(b.agencyId),
      };
    },
  },
  IssueRecommendationDto: {
    dto: IssueRecommendationDto,
    body: body({
      id,
      addresseeAgencyId: AGENCY,
      text,
      findingIds: mostly<string[]>(fc.constant(['f-1']), ['f-1', 'f-khac']),
      responseDueOn: day('2024-05-01', 200),
      responseDueInWorkingDays: workingDays,
      issuedOn: day('2024-04-01', 100),
    }),
    streamId: 'recommendation-x',
    decider: rec,
    history: [],
    command: (b) => ({
      type: 'IssueRecommendation',
      data: {
        ...without(b, 'id', 'issuedOn'),
        source: { kind: 'delegation', id: D },
        recommendationId: on(b, 'id', 'x-new'),
        issuedOn: on(b, 'issuedOn', TODAY),
      },
      origin: DELEGATION,
      addressee: standing(b.addresseeAgencyId),
    }),
  },
  StartCommitteeSupervisionDto: {
    dto: StartCommitteeSupervisionDto,
    body: body({
      id,
      topic: text,
      supervisor: body({
        body: mostly(one('standing-committee', 'committee'), one('council', 'ministry')),
        level: mostly(one('province', 'commune'), 'district'),
        name: text,
      }),
      startedOn: day('2024-01-01', 300),
    }),
    streamId: 'committee-supervision-x',
    decider: committeeSupervisionDecider as AnyDecider,
    history: [],
    command: (b) => ({
      type: 'StartCommitteeSupervision',
      data: {
        ...without(b, 'id', 'startedOn'),
        committeeSupervisionId: on(b, 'id', 'x-new'),
        startedOn: on(b, 'startedOn', TODAY),
      },
    }),
  },
  ConcludeCommitteeSupervisionDto: {
    dto: ConcludeCommitteeSupervisionDto,
    body: body({ conclusion: text, concludedOn: day('2024-03-01', 200) }),
    streamId: `committee-supervision-${COMMITTEE}`,
    decider: committeeSupervisionDecider as AnyDecider,
    history: committeeStream,
    command: (b) => ({
      type: 'ConcludeCommitteeSupervision',
      data: {
        committeeSupervisionId: COMMITTEE,
        conclusion: b.conclusion,
        concludedOn: on(b, 'concludedOn', TODAY),
      },
    }),
  },
  IssueFromCommitteeSupervisionDto: {
    dto: IssueFromCommitteeSupervisionDto,
    body: body({
      id,
      addresseeAgencyId: AGENCY,
      text,
      responseDueOn: day('2024-05-01', 200),
      responseDueInWorkingDays: workingDays,
      issuedOn: day('2024-03-01', 100),
    }),
    streamId: 'recommendation-x',
    decider: rec,
    history: [],
    command: (b) => ({
      type: 'IssueRecommendation',
      data: {
        ...without(b, 'id', 'issuedOn'),
        source: { kind: 'committee-supervision', id: COMMITTEE },
        findingIds: [],
        recommendationId: on(b, 'id', 'x-new'),
        issuedOn: on(b, 'issuedOn', TODAY),
      },
      origin: {
        kind: 'committee-supervision',
        id: COMMITTEE,
        recorded: true,
        openedOn: '2024-04-01',
        supervisor: { body: 'committee', level: 'province', name: 'Ban Pháp chế' },
        parts: {},
      },
      addressee: standing(b.addresseeAgencyId),
    }),
  },
  HoldInterpellationDto: {
    dto: HoldInterpellationDto,
    body: body({
      id,
      title: text,
      meeting: text,
      heldOn: day('2024-01-01', 300),
      supervisor: body({
        body: mostly(one('council', 'standing-committee', 'committee'), 'ministry'),
        level: mostly(one('province', 'commune'), 'district'),
        name: text,
      }),
    }),
    streamId: 'interpellation-x',
    decider: interpellationDecider as AnyDecider,
    history: [],
    command: (b) => ({
      type: 'HoldInterpellation',
      data: {
        ...without(b, 'id', 'supervisor'),
        interpellationId: on(b, 'id', 'x-new'),
        supervisor: b.supervisor ?? { body: 'council', level: 'province' },
      },
    }),
  },
  RecordQuestionDto: {
    dto: RecordQuestionDto,
    body: body({
      id,
      askedBy: text,
      answeredBy: PERSON,
      agencyId: AGENCY,
      question: text,
      answer: text,
      askedOn: day('2024-04-01', 100),
    }),
    streamId: `interpellation-${SESSION}`,
    decider: interpellationDecider as AnyDecider,
    history: interpellationStream,
    command: (b) => ({
      type: 'RecordInterpellationQuestion',
      data: {
        ...without(b, 'id', 'askedOn'),
        interpellationId: SESSION,
        questionId: on(b, 'id', 'x-new'),
        askedOn: on(b, 'askedOn', TODAY),
      },
    }),
  },
  AdoptInterpellationResolutionDto: {
    dto: AdoptInterpellationResolutionDto,
    body: body({
      legalBasis: body({
        number: mostly(fc.constant('45/NQ-HĐND'), ''),
        issuedOn: day('2024-04-01', 100),
        issuedBy: mostly(fc.constant('HĐND tỉnh'), ''),
      }),
      summary: text,
    }),
    streamId: `interpellation-${SESSION}`,
    decider: interpellationDecider as AnyDecider,
    history: interpellationStream,
    command: (b) => ({
      type: 'AdoptInterpellationResolution',
      data: { interpellationId: SESSION, resolution: b.legalBasis, summary: b.summary },
    }),
  },
  OpenPetitionRoundDto: {
    dto: OpenPetitionRoundDto,
    body: body({
      id,
      title: text,
      meeting: text,
      forwardedOn: day('2024-01-01', 300),
      answerDueOn: day('2024-03-01', 300),
      supervisor: body({
        body: mostly(one('standing-committee', 'committee', 'council'), 'ministry'),
        level: mostly(one('province', 'commune'), 'district'),
        name: text,
      }),
    }),
    streamId: 'voter-petition-round-x',
    decider: petitionRoundDecider as AnyDecider,
    history: [],
    command: (b) => ({
      type: 'OpenPetitionRound',
      data: {
        ...without(b, 'id', 'supervisor'),
        petitionRoundId: on(b, 'id', 'x-new'),
        supervisor: b.supervisor ?? { body: 'standing-committee', level: 'province' },
      },
    }),
  },
  RecordPetitionsDto: {
    dto: RecordPetitionsDto,
    body: body({
      petitions: list(body({ id: one('p-1', 'p-2'), text, voters: text, agencyId: AGENCY })),
    }),
    streamId: `voter-petition-round-${ROUND}`,
    decider: petitionRoundDecider as AnyDecider,
    history: petitionRoundStream,
    command: (b) => {
      const petitions = (b.petitions as Body[]).map(({ id: petitionId, ...p }, i) => ({
        ...p,
        petitionId: petitionId ?? `p-key-${i}`,
        agencyId: p.agencyId as string,
      }));
      return {
        type: 'RecordPetitions',
        data: { petitionRoundId: ROUND, petitions },
        agencies: Object.fromEntries(petitions.map((p) => [p.agencyId, standing(p.agencyId)])),
      };
    },
  },
  // Each answer of a sitting is the register's RecordResponse: the first stands for them all.
  AnswerPetitionsDto: onRec(
    AnswerPetitionsDto,
    'r-new',
    {
      answers: list(
        body({
          petitionId: one('p-1'),
          recommendationId: one('r-new'),
          id,
          respondedOn: day('2024-05-01', 200),
          position: one('accepted', 'partially-accepted', 'rejected'),
          text,
        }),
      ),
    },
    (b) => {
      const [first] = b.answers as Body[];
      return {
        type: 'RecordResponse',
        data: {
          ...without(first!, 'id', 'petitionId'),
          recommendationId: 'r-new',
          agencyId: P,
          responseId: on(first!, 'id', 'x-new'),
          commitments: [],
        },
      };
    },
  ),
  IssueFromInterpellationDto: {
    dto: IssueFromInterpellationDto,
    body: body({
      id,
      addresseeAgencyId: AGENCY,
      text,
      questionId: mostly(one('q-1'), 'q-khac'),
      followsUp: mostly(one('r-new'), 'r-khac'),
      responseDueOn: day('2024-05-01', 200),
      responseDueInWorkingDays: workingDays,
      issuedOn: day('2024-04-01', 100),
    }),
    streamId: 'recommendation-x',
    decider: rec,
    history: [],
    command: (b) => ({
      type: 'IssueRecommendation',
      data: {
        ...without(b, 'id', 'issuedOn', 'questionId'),
        source: {
          kind: 'interpellation',
          id: SESSION,
          ...(b.questionId !== undefined && { partId: b.questionId }),
        },
        findingIds: [],
        recommendationId: on(b, 'id', 'x-new'),
        issuedOn: on(b, 'issuedOn', TODAY),
      },
      origin: {
        kind: 'interpellation',
        id: SESSION,
        recorded: true,
        openedOn: '2024-04-10',
        parts: { 'q-1': '2024-04-10' },
      },
      addressee: standing(b.addresseeAgencyId),
      // r-new was placed before the session; any other id names no recommendation.
      ...(b.followsUp !== undefined && {
        followed: {
          recommendationId: b.followsUp as string,
          issued: b.followsUp === 'r-new',
          sessions: [{ kind: 'interpellation', id: SESSION }],
        },
      }),
    }),
  },
  HoldExplanationSessionDto: {
    dto: HoldExplanationSessionDto,
    body: body({
      id,
      issue: text,
      agencyId: AGENCY,
      heldOn: day('2024-01-01', 300),
      supervisor: body({
        body: mostly(one('standing-committee', 'committee'), 'council'),
        level: mostly(one('province', 'commune'), 'district'),
        name: text,
      }),
    }),
    streamId: 'explanation-session-x',
    decider: explanationSessionDecider as AnyDecider,
    history: [],
    command: (b) => ({
      type: 'HoldExplanationSession',
      data: { ...without(b, 'id'), explanationSessionId: on(b, 'id', 'x-new') },
      agency: standing(b.agencyId),
    }),
  },
  RecordExplanationConclusionDto: {
    dto: RecordExplanationConclusionDto,
    body: body({ conclusion: text, concludedOn: day('2024-04-01', 100) }),
    streamId: `explanation-session-${EXPLANATION}`,
    decider: explanationSessionDecider as AnyDecider,
    history: explanationStream,
    command: (b) => ({
      type: 'RecordExplanationConclusion',
      data: {
        explanationSessionId: EXPLANATION,
        conclusion: b.conclusion,
        concludedOn: on(b, 'concludedOn', TODAY),
      },
    }),
  },
  IssueFromExplanationSessionDto: {
    dto: IssueFromExplanationSessionDto,
    body: body({
      id,
      addresseeAgencyId: AGENCY,
      text,
      followsUp: mostly(one('r-new'), 'r-khac'),
      responseDueOn: day('2024-05-01', 200),
      responseDueInWorkingDays: workingDays,
      issuedOn: day('2024-04-01', 100),
    }),
    streamId: 'recommendation-x',
    decider: rec,
    history: [],
    command: (b) => ({
      type: 'IssueRecommendation',
      data: {
        ...without(b, 'id', 'issuedOn'),
        source: { kind: 'explanation-session', id: EXPLANATION, partId: 'conclusion' },
        findingIds: [],
        recommendationId: on(b, 'id', 'x-new'),
        issuedOn: on(b, 'issuedOn', TODAY),
      },
      origin: {
        kind: 'explanation-session',
        id: EXPLANATION,
        recorded: true,
        openedOn: '2024-04-10',
        parts: { conclusion: '2024-04-12' },
      },
      addressee: standing(b.addresseeAgencyId),
      // r-new was placed before the session; any other id names no recommendation.
      ...(b.followsUp !== undefined && {
        followed: {
          recommendationId: b.followsUp as string,
          issued: b.followsUp === 'r-new',
          sessions: [{ kind: 'explanation-session', id: EXPLANATION }],
        },
      }),
    }),
  },
  ConcludeDelegationDto: {
    dto: ConcludeDelegationDto,
    body: body({ concludedOn: day('2023-12-01', 400), summary: text }),
    streamId: `delegation-${D}`,
    decider: deleg,
    history: delegationStream,
    command: (b) => ({ type: 'ConcludeDelegation', data: { ...b, delegationId: D } }),
  },
  PublishDelegationResultsDto: {
    dto: PublishDelegationResultsDto,
    body: body({ publishedOn: day('2023-12-01', 400), basis: text }),
    streamId: `delegation-${D}`,
    decider: deleg,
    history: delegationStream,
    command: (b) => ({
      type: 'PublishDelegationResults',
      data: { ...b, delegationId: D, publishedOn: on(b, 'publishedOn', TODAY) },
    }),
  },
  WithdrawPublicationDto: {
    dto: WithdrawPublicationDto,
    body: body({ withdrawnOn: day('2023-12-01', 400), reason: text }),
    streamId: `delegation-${D}`,
    decider: deleg,
    history: [
      ...delegationStream,
      {
        type: 'DelegationResultsPublished',
        data: { delegationId: D, publishedOn: '2024-01-10', basis: 'Thông báo' },
      },
    ],
    command: (b) => ({
      type: 'WithdrawPublication',
      data: { ...b, delegationId: D, withdrawnOn: on(b, 'withdrawnOn', TODAY) },
    }),
  },
  RecordResponseDto: onRec(
    RecordResponseDto,
    'r-new',
    {
      id,
      respondedOn: day('2024-05-01', 200),
      position: one('accepted', 'partially-accepted', 'rejected'),
      text,
      commitments: list(
        body({
          id: one('c-1', 'c-2'),
          text,
          dueOn: day('2024-05-01', 400),
          dueInWorkingDays: workingDays,
        }),
      ),
    },
    (b) => ({
      type: 'RecordResponse',
      data: {
        ...without(b, 'id', 'commitments'),
        recommendationId: 'r-new',
        agencyId: P,
        responseId: on(b, 'id', 'x-new'),
        // The controller reads `commitments = []`: a null passes through to the decider.
        commitments:
          b.commitments === undefined
            ? []
            : Array.isArray(b.commitments)
              ? (b.commitments as Body[]).map(({ id: commitmentId, ...c }) => ({
                  ...c,
                  commitmentId: commitmentId ?? 'x-commitment',
                }))
              : b.commitments,
      },
    }),
  ),
  AssessResponseDto: onRec(
    AssessResponseDto,
    'r-accepted',
    {
      assessedOn: day('2024-06-01', 100),
      verdict: one('satisfactory', 'unsatisfactory'),
      note: text,
      newResponseDueOn: day('2024-06-01', 200),
      newResponseDueInWorkingDays: workingDays,
    },
    (b) => ({
      type: 'AssessResponse',
      data: { ...b, recommendationId: 'r-accepted', responseId: 'ph-r-accepted' },
    }),
  ),
  ReportProgressDto: onRec(
    ReportProgressDto,
    'r-accepted',
    { reportedOn: day('2024-05-01', 200), text, percent: fc.integer({ min: 0, max: 100 }) },
    (b) => ({ type: 'ReportProgress', data: { ...b, recommendationId: 'r-accepted' } }),
  ),
  ReportCompletionDto: onRec(
    ReportCompletionDto,
    'r-accepted',
    { reportedOn: day('2024-05-01', 200), text, evidence: list(EVIDENCE) },
    (b) => ({ type: 'ReportCompletion', data: { ...b, recommendationId: 'r-accepted' } }),
  ),
  CloseRecommendationDto: onRec(
    CloseRecommendationDto,
    'r-done',
    {
      closedOn: day('2024-06-01', 200),
      outcome: one(
        'implemented',
        'partially-implemented',
        'not-implemented',
        'no-longer-applicable',
      ),
      assessment: text,
    },
    (b) => ({ type: 'CloseRecommendation', data: { ...b, recommendationId: 'r-done' } }),
  ),
  ReopenRecommendationDto: onRec(
    ReopenRecommendationDto,
    'r-closed',
    { reason: text, reopenedOn: day('2024-06-01', 200) },
    (b) => ({
      type: 'ReopenRecommendation',
      data: { ...b, recommendationId: 'r-closed', reopenedOn: on(b, 'reopenedOn', TODAY) },
    }),
  ),
  ExtendDeadlineDto: onRec(
    ExtendDeadlineDto,
    'r-accepted',
    {
      newDueOn: day('2024-06-01', 300),
      newDueInWorkingDays: workingDays,
      reason: text,
      approvedBy: mostly(fc.constant('Thường trực HĐND'), ''),
      commitmentId: mostly(fc.constant('ck-r-accepted'), 'ck-khong-co'),
      extendedOn: day('2024-06-01', 100),
    },
    (b) => ({
      type: 'ExtendDeadline',
      data: { ...b, recommendationId: 'r-accepted', extendedOn: on(b, 'extendedOn', TODAY) },
    }),
  ),
  EscalateDto: onRec(
    EscalateDto,
    'r-new',
    {
      step: one('first-reminder', 'further-reminder', 'interpellation', 'report-to-council'),
      note: text,
      escalatedOn: day('2024-05-01', 200),
      sessionId: mostly(one(SESSION), 'cv-khac'),
    },
    (b) => ({
      type: 'Escalate',
      data: {
        ...without(b, 'sessionId'),
        recommendationId: 'r-new',
        escalatedOn: on(b, 'escalatedOn', TODAY),
        ...(b.sessionId !== undefined && {
          session: {
            kind: b.step === 'explanation-session' ? 'explanation-session' : 'interpellation',
            id: b.sessionId,
          },
        }),
      },
      ...(b.sessionId !== undefined && {
        sessionStanding: {
          kind: 'interpellation',
          id: b.sessionId,
          recorded: b.sessionId === SESSION,
          parts: {},
        },
      }),
    }),
  ),
  AssignObstacleDto: onObstacle(
    AssignObstacleDto,
    {
      agencyId: AGENCY,
      competence: one('commune', 'province', 'central'),
      assignedOn: day('2024-03-01', 200),
    },
    (b) => ({
      type: 'AssignObstacle',
      data: { ...b, obstacleId: 'o-1', assignedOn: on(b, 'assignedOn', TODAY) },
      agency: standing(b.agencyId),
    }),
  ),
  ReferObstacleDto: onObstacle(
    ReferObstacleDto,
    {
      toAgencyId: AGENCY,
      competence: one('commune', 'province', 'central'),
      reason: text,
      referredOn: day('2024-03-01', 200),
    },
    ({ reason, ...b }) => ({
      type: 'ReferObstacle',
      data: { ...b, obstacleId: 'o-1', note: reason, referredOn: on(b, 'referredOn', TODAY) },
      agency: standing(b.toAgencyId),
    }),
  ),
  MergeObstacleDto: onObstacle(
    MergeObstacleDto,
    { intoObstacleId: one('o-2', 'o-1', 'o-khong-co'), mergedOn: day('2024-03-01', 200) },
    (b) => ({
      type: 'MergeObstacles',
      data: { ...b, obstacleId: 'o-1', mergedOn: on(b, 'mergedOn', TODAY) },
      target: {
        obstacleId: b.intoObstacleId as string,
        exists: b.intoObstacleId === 'o-2' || b.intoObstacleId === 'o-1',
        open: true,
      },
    }),
  ),
  ResolveObstacleDto: onObstacle(
    ResolveObstacleDto,
    { resolvedOn: day('2024-03-01', 200), resolution: text, evidence: list(EVIDENCE) },
    (b) => ({ type: 'ResolveObstacle', data: { ...b, obstacleId: 'o-1' } }),
  ),
};

/** The fields class-validator knows of a DTO: what the API validates. */
const validatedFields = (dto: ClassConstructor<object>) =>
  new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(dto, '', true, false)
      .map((m) => m.propertyName),
  );

/** As the API's ValidationPipe: the DTO instance, or undefined when it answers 400. */
const accepted = (dto: ClassConstructor<object>, plain: Body): Body | undefined => {
  const instance = plainToInstance(dto, plain);
  const errors = validateSync(instance, {
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
  });
  return errors.length === 0 ? (instance as Body) : undefined;
};

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

describe('whatever the deciders accept, every projection applies (fast-check)', () => {
  let db: ReadModelDb;

  beforeAll(async () => {
    db = openReadModelDatabase(':memory:');
    for (const projection of PROJECTIONS) await projection.migrate(db);
    const world = [
      ...Object.entries(agencyStreams).flatMap(([a, es]) =>
        es.map((e) => recorded(`agency-${a}`, e)),
      ),
      ...delegationStream.map((e) => recorded(`delegation-${D}`, e)),
      ...petitionRoundStream.map((e) => recorded(`voter-petition-round-${ROUND}`, e)),
      ...Object.entries(recommendationStreams).flatMap(([r, es]) =>
        es.map((e) => recorded(`recommendation-${r}`, e)),
      ),
      ...Object.entries(obstacleStreams).flatMap(([o, es]) =>
        es.map((e) => recorded(`obstacle-${o}`, e)),
      ),
    ];
    expect(await project(db, world, true)).toEqual([]);
  });
  afterAll(() => db.destroy());

  it('covers every field the API validates on each command DTO', () => {
    for (const [name, c] of Object.entries(CASES)) {
      // A field added to a DTO and not generated here would go untested: say which.
      const samples = fc.sample(c.body, 200).flatMap((b) => Object.keys(b));
      const fields = [...validatedFields(c.dto)].filter((f) => !samples.includes(f));
      expect({ dto: name, notGenerated: fields }).toEqual({ dto: name, notGenerated: [] });
    }
  });

  it.each(Object.entries(CASES))(
    '%s: every event decided projects',
    async (_name, c) => {
      let decided = 0;
      await fc.assert(
        fc.asyncProperty(c.body, async (plain) => {
          const dto = accepted(c.dto, plain);
          if (!dto) return;
          const command = c.command(dto);
          let events: readonly unknown[];
          try {
            events = c.decider.decide(command, fold(c.decider, c.history));
          } catch (error) {
            // A rule refused it (4xx); anything else is a 500 for something a client sent.
            if (error instanceof DomainRuleViolation) return;
            throw error;
          }
          decided += 1;
          const recordedEvents = events.map((e) => recorded(c.streamId, e));
          // An obstacle finding opens its obstacle, decided in its own stream.
          const finding = (events as DelegationEvent[]).find((e) => e.type === 'FindingRecorded');
          if (finding?.type === 'FindingRecorded' && finding.data.obstacleId !== undefined) {
            const {
              findingId,
              delegationId,
              surveyId,
              agencyId,
              statement,
              recordedOn,
              obstacleId,
            } = finding.data;
            const opened = obstacleDecider.decide(
              {
                type: 'RecordObstacle',
                data: {
                  obstacleId,
                  delegationId,
                  findingId,
                  ...(surveyId !== undefined && { surveyId }),
                  sourceAgencyId: agencyId,
                  statement,
                  recordedOn,
                },
              },
              obstacleDecider.initialState,
            );
            recordedEvents.push(...opened.map((e) => recorded(`obstacle-${obstacleId}`, e)));
          }
          expect(await project(db, recordedEvents, false)).toEqual([]);
        }),
        {
          numRuns: RUNS * (c.runsFactor ?? 1),
          ...(process.env.FUZZ_SEED && { seed: Number(process.env.FUZZ_SEED) }),
        },
      );
      // The property says nothing if nothing got through: enough bodies must be decided.
      expect(decided).toBeGreaterThan((RUNS * (c.runsFactor ?? 1)) / 20);
    },
    60_000,
  );

  // Not every command comes from a request: the sweep and successions make their own.
  it('the sweep’s reminders and missed deadlines, and the transfers of a succession, project', async () => {
    const recommendations = Object.keys(recommendationStreams);
    let decided = 0;
    await fc.assert(
      fc.asyncProperty(
        one(...recommendations),
        day('2024-05-15', 400),
        mostly(one(P, CITY), one(P, GONE, 'a-khong-co')),
        async (recId, today, toAgencyId) => {
          const history = recommendationStreams[recId]!;
          const state = fold(rec, history);
          const events = [
            ...rec.decide(
              {
                type: 'FollowUpDeadlines',
                data: { recommendationId: recId, today, reminderDays: [15, 7, 3] },
                calendar: new WorkingCalendar(),
              },
              state,
            ),
          ];
          const transfer = {
            type: 'TransferRecommendation',
            data: {
              recommendationId: recId,
              fromAgencyId: P,
              toAgencyId,
              effectiveOn: today,
              basis: 'NQ sáp nhập',
            },
          };
          try {
            events.push(...rec.decide(transfer, state));
          } catch (error) {
            if (!(error instanceof DomainRuleViolation)) throw error;
          }
          decided += events.length;
          const recordedEvents = events.map((e) => recorded(`recommendation-${recId}`, e));
          expect(await project(db, recordedEvents, false)).toEqual([]);
        },
      ),
      { numRuns: RUNS, ...(process.env.FUZZ_SEED && { seed: Number(process.env.FUZZ_SEED) }) },
    );
    expect(decided).toBeGreaterThan(RUNS / 20);
  }, 60_000);
});
