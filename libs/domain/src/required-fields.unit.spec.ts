import {
  AGENCY_SHAPES,
  agencyDecider,
  DELEGATION_SHAPES,
  delegationDecider,
  OBSTACLE_SHAPES,
  obstacleDecider,
  RECOMMENDATION_SHAPES,
  recommendationDecider,
  type AgencyCommand,
  type AgencyEvent,
  type DelegationCommand,
  type ObstacleCommand,
  type ObstacleEvent,
  type RecommendationCommand,
  type RecommendationEvent,
  type UserCommand,
  USER_SHAPES,
  userDecider,
  type WebhookCommand,
  WEBHOOK_SHAPES,
  webhookDecider,
} from '.';
import type { Decider, Shape } from './shared';
import type { Field, FieldRule } from './shared/data-shape';
import {
  given,
  active,
  delegationEstablished,
  group01Formed,
  ids,
  indexFindingRecorded,
  recommendationIssued,
  surveyedDelegation,
  surveyRecorded,
} from '@hdnd/testing';

/**
 * The HTTP layer is not the domain's only guard: whatever reaches a decider with a required
 * field missing, null or of the wrong type is refused with a rule code, never decided into an
 * event a projection cannot store (a survey without its chair once was).
 */

type AnyDecider = Decider<unknown, unknown, unknown>;
type Case = Readonly<{
  decider: AnyDecider;
  history: readonly unknown[];
  command: Readonly<{ type: string; data: Readonly<Record<string, unknown>> }>;
  shapes: Readonly<Partial<Record<string, Readonly<{ subject: string; shape: Shape }>>>>;
}>;

const delegation = delegationDecider as AnyDecider;
const recommendation = recommendationDecider as AnyDecider;
const obstacle = obstacleDecider as AnyDecider;
const agency = agencyDecider as AnyDecider;

/** What a decider decides after `history`: the next step of a scenario. */
const after = (decider: AnyDecider, history: readonly unknown[], command: unknown) => [
  ...history,
  ...given(decider, history).when(command),
];

const delegationCases: Record<DelegationCommand['type'], Case> = {
  EstablishDelegation: {
    decider: delegation,
    history: [],
    command: { type: 'EstablishDelegation', data: delegationEstablished.data },
    shapes: DELEGATION_SHAPES,
  },
  FormWorkingGroup: {
    decider: delegation,
    history: [delegationEstablished],
    command: { type: 'FormWorkingGroup', data: group01Formed.data },
    shapes: DELEGATION_SHAPES,
  },
  RecordSurvey: {
    decider: delegation,
    history: [delegationEstablished, group01Formed],
    command: {
      type: 'RecordSurvey',
      data: surveyRecorded.data,
      agencies: [active(ids.ward1), active(ids.city)],
    } as DelegationCommand,
    shapes: DELEGATION_SHAPES,
  },
  RecordFinding: {
    decider: delegation,
    history: [delegationEstablished, group01Formed, surveyRecorded],
    command: {
      type: 'RecordFinding',
      data: indexFindingRecorded.data,
      agency: active(ids.city),
    } as DelegationCommand,
    shapes: DELEGATION_SHAPES,
  },
  ConcludeDelegation: {
    decider: delegation,
    history: surveyedDelegation,
    command: {
      type: 'ConcludeDelegation',
      data: { delegationId: ids.delegation, concludedOn: '2024-12-20', summary: 'Báo cáo kết quả' },
    },
    shapes: DELEGATION_SHAPES,
  },
  PublishDelegationResults: {
    decider: delegation,
    history: surveyedDelegation,
    command: {
      type: 'PublishDelegationResults',
      data: {
        delegationId: ids.delegation,
        publishedOn: '2024-12-20',
        basis: 'Thông báo 12/TB-HĐND',
      },
    },
    shapes: DELEGATION_SHAPES,
  },
  WithdrawPublication: {
    decider: delegation,
    history: [
      ...surveyedDelegation,
      {
        type: 'DelegationResultsPublished',
        data: {
          delegationId: ids.delegation,
          publishedOn: '2024-12-20',
          basis: 'Thông báo 12/TB-HĐND',
        },
      },
    ],
    command: {
      type: 'WithdrawPublication',
      data: { delegationId: ids.delegation, withdrawnOn: '2024-12-21', reason: 'Sai sót số liệu' },
    },
    shapes: DELEGATION_SHAPES,
  },
};

const rec = ids.recommendation;
const issued: readonly RecommendationEvent[] = [recommendationIssued];
const respond = {
  type: 'RecordResponse',
  data: {
    recommendationId: rec,
    responseId: 'ph-1',
    agencyId: ids.province,
    respondedOn: '2024-06-10',
    position: 'accepted',
    text: 'Tiếp thu',
    commitments: [{ commitmentId: 'ck-1', text: 'Khôi phục dữ liệu', dueOn: '2024-09-30' }],
  },
} as const;
const accepted = after(recommendation, issued, respond);
const completion = {
  type: 'ReportCompletion',
  data: {
    recommendationId: rec,
    reportedOn: '2024-09-20',
    text: 'Đã khôi phục',
    evidence: [{ title: 'Báo cáo', reference: '12/BC-UBND' }],
  },
} as const;
const completed = after(recommendation, accepted, completion);
const close = {
  type: 'CloseRecommendation',
  data: {
    recommendationId: rec,
    closedOn: '2024-10-01',
    outcome: 'implemented',
    assessment: 'Đã thực hiện',
  },
} as const;
const closed = after(recommendation, completed, close);

const recommendationCases: Partial<Record<RecommendationCommand['type'], Case>> = {
  IssueRecommendation: {
    decider: recommendation,
    history: [],
    command: {
      type: 'IssueRecommendation',
      data: (({ supervisionLaw: _, ...data }) => data)(recommendationIssued.data),
      origin: {
        kind: 'delegation',
        id: ids.delegation,
        recorded: true,
        parts: { [ids.vneidFinding]: '2024-04-02' },
      },
      addressee: active(ids.province),
    } as RecommendationCommand,
    shapes: RECOMMENDATION_SHAPES,
  },
  RecordResponse: {
    decider: recommendation,
    history: issued,
    command: respond,
    shapes: RECOMMENDATION_SHAPES,
  },
  AssessResponse: {
    decider: recommendation,
    history: accepted,
    command: {
      type: 'AssessResponse',
      data: {
        recommendationId: rec,
        responseId: 'ph-1',
        assessedOn: '2024-06-20',
        verdict: 'unsatisfactory',
        note: 'Chưa rõ lộ trình',
        newResponseDueOn: '2024-07-10',
      },
    },
    shapes: RECOMMENDATION_SHAPES,
  },
  ReportProgress: {
    decider: recommendation,
    history: accepted,
    command: {
      type: 'ReportProgress',
      data: { recommendationId: rec, reportedOn: '2024-07-01', text: 'Đang làm', percent: 40 },
    },
    shapes: RECOMMENDATION_SHAPES,
  },
  ReportCompletion: {
    decider: recommendation,
    history: accepted,
    command: completion,
    shapes: RECOMMENDATION_SHAPES,
  },
  CloseRecommendation: {
    decider: recommendation,
    history: completed,
    command: close,
    shapes: RECOMMENDATION_SHAPES,
  },
  ReopenRecommendation: {
    decider: recommendation,
    history: closed,
    command: {
      type: 'ReopenRecommendation',
      data: { recommendationId: rec, reopenedOn: '2024-11-01', reason: 'Dữ liệu lại mất' },
    },
    shapes: RECOMMENDATION_SHAPES,
  },
  ExtendDeadline: {
    decider: recommendation,
    history: accepted,
    command: {
      type: 'ExtendDeadline',
      data: {
        recommendationId: rec,
        commitmentId: 'ck-1',
        newDueOn: '2024-12-31',
        extendedOn: '2024-09-01',
        reason: 'Chờ Bộ Công an',
        approvedBy: 'Thường trực HĐND',
      },
    },
    shapes: RECOMMENDATION_SHAPES,
  },
  Escalate: {
    decider: recommendation,
    history: issued,
    command: {
      type: 'Escalate',
      data: {
        recommendationId: rec,
        step: 'first-reminder',
        escalatedOn: '2024-06-20',
        note: 'Công văn 280/HĐND-VP',
      },
    },
    shapes: RECOMMENDATION_SHAPES,
  },
  TransferRecommendation: {
    decider: recommendation,
    history: issued,
    command: {
      type: 'TransferRecommendation',
      data: {
        recommendationId: rec,
        fromAgencyId: ids.province,
        toAgencyId: 'ubnd-tinh-moi',
        effectiveOn: '2025-07-01',
        basis: 'Nghị quyết 202/2025/QH15',
      },
    },
    shapes: RECOMMENDATION_SHAPES,
  },
};

const obs = ids.vneidObstacle;
const obstacleRecorded: ObstacleEvent = {
  type: 'ObstacleRecorded',
  data: {
    obstacleId: obs,
    delegationId: ids.delegation,
    findingId: ids.vneidFinding,
    surveyId: ids.survey,
    sourceAgencyId: ids.ward1,
    statement: 'Dữ liệu VNeID bị mất khi nâng cấp',
    recordedOn: '2024-04-02',
  },
};
const assign = {
  type: 'AssignObstacle',
  data: {
    obstacleId: obs,
    agencyId: ids.province,
    competence: 'province',
    assignedOn: '2024-05-01',
  },
  agency: active(ids.province),
};
const obstacleCases: Record<ObstacleCommand['type'], Case> = {
  RecordObstacle: {
    decider: obstacle,
    history: [],
    command: { type: 'RecordObstacle', data: obstacleRecorded.data },
    shapes: OBSTACLE_SHAPES,
  },
  AssignObstacle: {
    decider: obstacle,
    history: [obstacleRecorded],
    command: assign,
    shapes: OBSTACLE_SHAPES,
  },
  ReferObstacle: {
    decider: obstacle,
    history: [obstacleRecorded],
    command: {
      type: 'ReferObstacle',
      data: {
        obstacleId: obs,
        toAgencyId: 'bo-cong-an',
        competence: 'central',
        referredOn: '2024-05-01',
        note: 'Đề nghị Bộ Công an xử lý',
      },
      agency: active('bo-cong-an'),
    } as ObstacleCommand,
    shapes: OBSTACLE_SHAPES,
  },
  MergeObstacles: {
    decider: obstacle,
    history: [obstacleRecorded],
    command: {
      type: 'MergeObstacles',
      data: { obstacleId: obs, intoObstacleId: 'kk-other', mergedOn: '2024-05-01' },
      target: { obstacleId: 'kk-other', exists: true, open: true },
    } as ObstacleCommand,
    shapes: OBSTACLE_SHAPES,
  },
  ResolveObstacle: {
    decider: obstacle,
    history: [obstacleRecorded],
    command: {
      type: 'ResolveObstacle',
      data: {
        obstacleId: obs,
        resolvedOn: '2024-08-01',
        resolution: 'Đã khôi phục',
        evidence: [{ title: 'Báo cáo', reference: '99/BC' }],
      },
    },
    shapes: OBSTACLE_SHAPES,
  },
  TransferObstacle: {
    decider: obstacle,
    history: after(obstacle, [obstacleRecorded], assign),
    command: {
      type: 'TransferObstacle',
      data: {
        obstacleId: obs,
        fromAgencyId: ids.province,
        toAgencyId: 'ubnd-tinh-moi',
        effectiveOn: '2025-07-01',
        basis: 'Nghị quyết 202/2025/QH15',
      },
    },
    shapes: OBSTACLE_SHAPES,
  },
};

const agencyRegistered: AgencyEvent = {
  type: 'AgencyRegistered',
  data: {
    agencyId: ids.city,
    name: 'UBND thành phố Tây Ninh',
    level: 'district',
    registeredOn: '2020-01-01',
  },
};
const agencyCases: Record<AgencyCommand['type'], Case> = {
  RegisterAgency: {
    decider: agency,
    history: [],
    command: { type: 'RegisterAgency', data: agencyRegistered.data },
    shapes: AGENCY_SHAPES,
  },
  RecordAgencySuccession: {
    decider: agency,
    history: [agencyRegistered],
    command: {
      type: 'RecordAgencySuccession',
      data: {
        agencyId: ids.city,
        successorId: ids.ward1,
        effectiveOn: '2025-07-01',
        basis: 'Nghị quyết 1682/NQ-UBTVQH15',
        successor: active(ids.ward1),
        successorChain: [],
      },
    },
    shapes: AGENCY_SHAPES,
  },
};

const user = userDecider as AnyDecider;
const userRegistered = {
  type: 'UserRegistered',
  data: {
    userId: 'u-1',
    username: 'vp.ubnd',
    displayName: 'Văn phòng UBND tỉnh',
    registeredOn: '2024-04-01',
    role: 'member',
    delegationIds: [ids.delegation],
  },
};
const userCases: Record<UserCommand['type'], Case> = {
  RegisterUser: {
    decider: user,
    history: [],
    command: {
      type: 'RegisterUser',
      data: {
        ...userRegistered.data,
        delegations: [{ delegationId: ids.delegation, established: true }],
      },
    },
    shapes: USER_SHAPES,
  },
  GrantRole: {
    decider: user,
    history: [userRegistered],
    command: {
      type: 'GrantRole',
      data: {
        userId: 'u-1',
        role: 'agency',
        agencyId: ids.province,
        agency: active(ids.province),
        reason: 'Chuyển công tác',
        grantedOn: '2025-01-02',
      },
    },
    shapes: USER_SHAPES,
  },
  ChooseNotices: {
    decider: user,
    history: [userRegistered],
    command: {
      type: 'ChooseNotices',
      data: {
        userId: 'u-1',
        email: 'vp.ubnd@tayninh.gov.vn',
        reminders: true,
        missedDeadlines: false,
        chosenOn: '2025-01-02',
      },
    },
    shapes: USER_SHAPES,
  },
  ResetPassword: {
    decider: user,
    history: [userRegistered],
    command: { type: 'ResetPassword', data: { userId: 'u-1', resetOn: '2025-01-02' } },
    shapes: USER_SHAPES,
  },
  DisableUser: {
    decider: user,
    history: [userRegistered],
    command: {
      type: 'DisableUser',
      data: { userId: 'u-1', reason: 'Nghỉ hưu', disabledOn: '2025-01-02' },
    },
    shapes: USER_SHAPES,
  },
  EnableUser: {
    decider: user,
    history: [
      userRegistered,
      {
        type: 'UserDisabled',
        data: { userId: 'u-1', reason: 'Nghỉ phép dài hạn', disabledOn: '2025-01-02' },
      },
    ],
    command: {
      type: 'EnableUser',
      data: { userId: 'u-1', reason: 'Đi làm lại', enabledOn: '2025-03-02' },
    },
    shapes: USER_SHAPES,
  },
};

const webhook = webhookDecider as AnyDecider;
const webhookRegistered = {
  type: 'WebhookRegistered',
  data: {
    webhookId: 'wh-1',
    url: 'https://tiepnhan.tayninh.gov.vn/hdnd',
    agencyId: ids.province,
    eventTypes: ['RecommendationIssued'],
    registeredOn: '2024-05-01',
  },
};
const webhookCases: Record<WebhookCommand['type'], Case> = {
  RegisterWebhook: {
    decider: webhook,
    history: [],
    command: { type: 'RegisterWebhook', data: webhookRegistered.data },
    shapes: WEBHOOK_SHAPES,
  },
  DisableWebhook: {
    decider: webhook,
    history: [webhookRegistered],
    command: {
      type: 'DisableWebhook',
      data: { webhookId: 'wh-1', reason: 'Đổi hệ thống', disabledOn: '2024-06-01' },
    },
    shapes: WEBHOOK_SHAPES,
  },
  RecordDeliveryFailure: {
    decider: webhook,
    history: [webhookRegistered],
    command: {
      type: 'RecordDeliveryFailure',
      data: {
        webhookId: 'wh-1',
        eventId: 'e-1',
        eventType: 'RecommendationIssued',
        reason: 'HTTP 503',
        attempts: 5,
        failedAt: '2024-06-01T03:00:00.000Z',
      },
    },
    shapes: WEBHOOK_SHAPES,
  },
};

const CASES: ReadonlyArray<readonly [string, Case]> = Object.entries({
  ...delegationCases,
  ...recommendationCases,
  ...obstacleCases,
  ...agencyCases,
  ...userCases,
  ...webhookCases,
}) as ReadonlyArray<readonly [string, Case]>;

const fieldOf = (field: Field | FieldRule): Field =>
  'rule' in field ? field : { rule: field, optional: false };
const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** A value of the wrong type for each kind of field. */
const WRONG: Readonly<Record<FieldRule['kind'], unknown>> = {
  string: 42,
  date: '2024-W01',
  boolean: 'yes',
  number: 'forty',
  'one-of': 'something-else',
  object: 'a text',
  list: 'a text',
};

const without = (data: Readonly<Record<string, unknown>>, name: string) =>
  Object.fromEntries(Object.entries(data).filter(([key]) => key !== name));

const rejects = ({ decider, history, command }: Case, data: Record<string, unknown>) =>
  given(decider, history).rejects({ ...command, data });

describe('Every decider checks the fields its command must carry', () => {
  it.each(CASES)('%s: the complete command is accepted', (_type, c) => {
    expect(given(c.decider, c.history).when(c.command).length).toBeGreaterThan(0);
  });

  const fields = CASES.flatMap(([type, c]) => {
    const { subject, shape } = c.shapes[type]!;
    return Object.entries(shape).map(([name, field]) => {
      const { optional, rule, code = kebab(name) } = fieldOf(field);
      return { type, c, subject, name, optional, rule, code };
    });
  });

  it.each(fields.filter((f) => !f.optional).map((f) => [f.type, f.name, f] as const))(
    '%s without %s is refused as required',
    (_type, name, { c, subject, code }) => {
      expect(rejects(c, without(c.command.data, name))).toBe(`${subject}.${code}-required`);
      expect(rejects(c, { ...c.command.data, [name]: null })).toBe(`${subject}.${code}-required`);
    },
  );

  it.each(fields.filter((f) => f.optional).map((f) => [f.type, f.name, f] as const))(
    '%s with %s null is refused (an optional field is absent or valid)',
    (_type, name, { c, subject, code }) => {
      expect(rejects(c, { ...c.command.data, [name]: null })).toBe(`${subject}.${code}-invalid`);
    },
  );

  it.each(fields.map((f) => [f.type, f.name, f] as const))(
    '%s with %s of the wrong type is refused',
    (_type, name, { c, subject, code, rule }) => {
      expect(rejects(c, { ...c.command.data, [name]: WRONG[rule.kind] })).toBe(
        `${subject}.${code}-invalid`,
      );
    },
  );
});

describe('The holes found by trying the product', () => {
  const survey = delegationCases.RecordSurvey;
  const establish = delegationCases.EstablishDelegation;
  const form = delegationCases.FormWorkingGroup;

  it('refuses a survey without its chair, or with a chair of no name', () => {
    expect(rejects(survey, without(survey.command.data, 'chair'))).toBe('survey.chair-required');
    expect(rejects(survey, { ...survey.command.data, chair: { position: 'Phó Chủ tịch' } })).toBe(
      'survey.chair-required',
    );
    expect(rejects(survey, { ...survey.command.data, chair: { name: ' ', position: '' } })).toBe(
      'survey.chair-required',
    );
  });

  it('refuses a delegation without its legal basis or chair, and a working group without its leader', () => {
    expect(rejects(establish, without(establish.command.data, 'legalBasis'))).toBe(
      'delegation.legal-basis-required',
    );
    expect(rejects(establish, without(establish.command.data, 'chair'))).toBe(
      'delegation.chair-required',
    );
    expect(rejects(form, without(form.command.data, 'leader'))).toBe(
      'working-group.leader-required',
    );
  });

  it('refuses null for optional fields: commitments, percent, evidence', () => {
    const r = recommendationCases;
    expect(
      rejects(r.RecordResponse!, { ...r.RecordResponse!.command.data, commitments: null }),
    ).toBe('response.commitments-invalid');
    expect(rejects(r.ReportProgress!, { ...r.ReportProgress!.command.data, percent: null })).toBe(
      'progress.percent-invalid',
    );
    const resolve = obstacleCases.ResolveObstacle;
    expect(rejects(resolve, { ...resolve.command.data, evidence: null })).toBe(
      'obstacle.evidence-invalid',
    );
  });

  it('names what is wrong inside a list item', () => {
    const c = recommendationCases.RecordResponse!;
    // A commitment without its text (its due date may be a date or working days: see due dates).
    expect(
      rejects(c, {
        ...c.command.data,
        commitments: [{ commitmentId: 'ck-1', dueOn: '2024-12-31' }],
      }),
    ).toBe('response.commitments-invalid');
  });
});
