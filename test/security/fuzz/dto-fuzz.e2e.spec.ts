import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { Role } from '@hdnd/domain';
import { ids } from '@hdnd/testing';
import { dtoRoutes, validatedFields, type DtoClass, type DtoRoute } from '@hdnd/testing/dto-routes';
import { startWithCallers, type Caller } from '../callers';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Body = { [key: string]: Json };

const person = { name: 'Nguyễn Văn A', position: 'Phó Chủ tịch HĐND' };
const evidence = { title: 'Báo cáo của UBND tỉnh', reference: '123/BC-UBND' };

/**
 * A valid body for every DTO a route takes, with every optional field given, so that each
 * field can be taken away, nulled or given the wrong type. A DTO added without an example here
 * fails the test: say what a valid request looks like, and it is fuzzed like the others. Where
 * fields exclude each other (a due date, or a number of working days), one example per choice:
 * together they give every field.
 */
const EXAMPLES: Record<string, Body | readonly Body[]> = {
  LoginDto: { username: 'admin', password: 'mat-khau-bat-ky' },
  CreateUserDto: {
    id: 'nguoi-dung-moi',
    username: 'nguoi-dung-moi',
    password: 'mat-khau-du-dai-2025',
    displayName: 'Người dùng mới',
    role: 'member',
    agencyId: ids.province,
    delegationIds: [ids.delegation],
  },
  GrantRoleDto: {
    role: 'member',
    agencyId: ids.province,
    delegationIds: [ids.delegation],
    reason: 'Phân công lại',
  },
  ResetPasswordDto: { password: 'mat-khau-du-dai-2025' },
  AccountStandingDto: { reason: 'Nghỉ hưu' },
  ChooseNoticesDto: [
    { email: 'vanphong@tayninh.gov.vn', reminders: true, missedDeadlines: false },
    { reminders: false, missedDeadlines: true },
  ],
  RegisterAgencyDto: {
    id: 'ubnd-phuong-moi',
    name: 'Ủy ban nhân dân phường mới',
    level: 'commune',
    parentId: ids.province,
    registeredOn: '2025-07-01',
  },
  SuccessionDto: {
    successorId: ids.province,
    effectiveOn: '2025-07-01',
    basis: '1666/NQ-UBTVQH15',
  },
  EstablishDelegationDto: {
    id: 'dgs-2025-gpmb',
    title: 'Đoàn giám sát giải phóng mặt bằng',
    topic: 'Giải phóng mặt bằng',
    legalBasis: { number: '12/NQ-HĐND', issuedOn: '2025-02-10', issuedBy: 'HĐND TP Đà Nẵng' },
    periodFrom: '2024-01-01',
    periodTo: '2024-12-31',
    chair: person,
    members: [person],
    supervisor: { body: 'committee', level: 'province', name: 'Ban Kinh tế - Ngân sách' },
  },
  FormWorkingGroupDto: { id: 'dct-09', number: '09', leader: person, members: [person] },
  RecordSurveyDto: {
    id: 'ks-moi',
    workingGroupId: ids.group01,
    date: '2024-04-03',
    agencyIds: [ids.city],
    topics: ['Chuyển đổi số'],
    chair: person,
    participants: ['Nguyễn Văn B'],
    notes: 'Ghi chú',
  },
  RecordFindingDto: {
    id: 'kq-moi',
    surveyId: ids.survey,
    agencyId: ids.city,
    kind: 'obstacle',
    statement: 'Thiếu kinh phí',
    indicators: [
      {
        name: 'Chỉ số CCHC',
        period: '2021',
        value: 84.72,
        outOf: 100,
        rank: 3,
        rankOf: 9,
        grade: 'Tốt',
      },
    ],
    obstacleId: 'kk-moi',
    recordedOn: '2024-04-02',
  },
  StartCommitteeSupervisionDto: {
    id: 'gs-ban-moi',
    topic: 'Giám sát việc giải quyết hồ sơ đất đai quá hạn',
    supervisor: { body: 'committee', level: 'province', name: 'Ban Pháp chế' },
    startedOn: '2024-07-01',
  },
  ConcludeCommitteeSupervisionDto: { conclusion: 'Kết luận giám sát', concludedOn: '2024-07-20' },
  IssueFromCommitteeSupervisionDto: [
    {
      id: 'kn-ban-moi',
      addresseeAgencyId: ids.province,
      text: 'Giải quyết dứt điểm hồ sơ quá hạn',
      responseDueOn: '2024-09-30',
      issuedOn: '2024-07-20',
    },
    {
      id: 'kn-ban-moi',
      addresseeAgencyId: ids.province,
      text: 'Giải quyết dứt điểm hồ sơ quá hạn',
      responseDueInWorkingDays: 30,
    },
  ],
  HoldInterpellationDto: {
    id: 'cv-moi',
    title: 'Phiên chất vấn về cải cách hành chính',
    meeting: 'Kỳ họp thứ 19',
    heldOn: '2024-07-10',
    supervisor: { body: 'standing-committee', level: 'province', name: 'Thường trực HĐND tỉnh' },
  },
  RecordQuestionDto: {
    id: 'cau-hoi-moi',
    askedBy: 'Đại biểu Nguyễn Văn A',
    answeredBy: { name: 'Trần Văn B', position: 'Giám đốc Sở' },
    agencyId: ids.province,
    question: 'Khi nào khôi phục dữ liệu?',
    answer: 'Trong quý III.',
    askedOn: '2024-07-10',
  },
  AdoptInterpellationResolutionDto: {
    legalBasis: { number: '45/NQ-HĐND', issuedOn: '2024-07-12', issuedBy: 'HĐND tỉnh Tây Ninh' },
    summary: 'Yêu cầu UBND tỉnh hoàn thành trong quý III.',
  },
  OpenPetitionRoundDto: {
    id: 'kn-ct-moi',
    title: 'Kiến nghị cử tri trước Kỳ họp thứ 19',
    meeting: 'Kỳ họp thứ 19',
    forwardedOn: '2024-06-10',
    answerDueOn: '2024-07-05',
    supervisor: { body: 'standing-committee', level: 'province', name: 'Thường trực HĐND tỉnh' },
  },
  RecordPetitionsDto: {
    petitions: [
      {
        id: 'ct-moi',
        text: 'Sửa chữa tuyến đường ĐT.791',
        voters: 'Cử tri xã Tân Bình',
        agencyId: ids.province,
      },
    ],
  },
  AnswerPetitionsDto: [
    {
      answers: [
        {
          petitionId: 'ct-moi',
          id: 'tl-ct-moi',
          respondedOn: '2024-07-01',
          position: 'accepted',
          text: 'Đã bố trí vốn.',
        },
      ],
    },
    {
      answers: [
        {
          recommendationId: 'kn-ct.kn-ct-moi.ct-moi',
          respondedOn: '2024-07-01',
          position: 'rejected',
          text: 'Chưa có nguồn vốn.',
        },
      ],
    },
  ],
  IssueFromInterpellationDto: [
    {
      id: 'kn-chat-van',
      addresseeAgencyId: ids.province,
      text: 'Hoàn thành đồng bộ dữ liệu',
      questionId: 'cau-hoi-moi',
      followsUp: ids.recommendation,
      responseDueOn: '2024-09-30',
      issuedOn: '2024-07-10',
    },
    {
      id: 'kn-chat-van',
      addresseeAgencyId: ids.province,
      text: 'Hoàn thành đồng bộ dữ liệu',
      responseDueInWorkingDays: 30,
    },
  ],
  HoldExplanationSessionDto: {
    id: 'gt-moi',
    issue: 'Tiến độ giải ngân vốn đầu tư công',
    agencyId: ids.province,
    heldOn: '2024-08-15',
    supervisor: { body: 'committee', level: 'province', name: 'Ban Kinh tế - Ngân sách' },
  },
  RecordExplanationConclusionDto: {
    conclusion: 'UBND tỉnh giải ngân đạt 95% kế hoạch trước ngày 31/12/2024.',
    concludedOn: '2024-08-20',
  },
  IssueFromExplanationSessionDto: [
    {
      id: 'kn-giai-trinh',
      addresseeAgencyId: ids.province,
      text: 'Giải ngân đạt 95% kế hoạch',
      followsUp: ids.recommendation,
      responseDueOn: '2024-12-31',
      issuedOn: '2024-08-20',
    },
    {
      id: 'kn-giai-trinh',
      addresseeAgencyId: ids.province,
      text: 'Giải ngân đạt 95% kế hoạch',
      responseDueInWorkingDays: 30,
    },
  ],
  IssueRecommendationDto: [
    {
      id: 'kn-moi',
      addresseeAgencyId: ids.province,
      text: 'Đề nghị UBND tỉnh bố trí kinh phí',
      findingIds: [ids.vneidFinding],
      responseDueOn: '2024-06-14',
      issuedOn: '2024-05-15',
    },
    {
      id: 'kn-moi',
      addresseeAgencyId: ids.province,
      text: 'Đề nghị UBND tỉnh bố trí kinh phí',
      findingIds: [ids.vneidFinding],
      responseDueInWorkingDays: 10,
      issuedOn: '2024-05-15',
    },
  ],
  ConcludeDelegationDto: { concludedOn: '2024-12-31', summary: 'Kết luận giám sát' },
  PublishDelegationResultsDto: { publishedOn: '2024-12-31', basis: 'Thông báo 12/TB-HĐND' },
  WithdrawPublicationDto: { withdrawnOn: '2024-12-31', reason: 'Số liệu cần đính chính' },
  RecordResponseDto: [
    {
      id: 'tl-moi',
      respondedOn: '2024-06-12',
      position: 'accepted',
      text: 'Tiếp thu',
      commitments: [{ id: 'cam-ket-moi', text: 'Hoàn thành', dueOn: '2024-12-31' }],
    },
    {
      id: 'tl-moi',
      respondedOn: '2024-06-12',
      position: 'accepted',
      text: 'Tiếp thu',
      commitments: [{ id: 'cam-ket-moi', text: 'Hoàn thành', dueInWorkingDays: 60 }],
    },
  ],
  AssessResponseDto: [
    {
      assessedOn: '2024-06-20',
      verdict: 'unsatisfactory',
      note: 'Chưa đủ',
      newResponseDueOn: '2024-07-20',
    },
    {
      assessedOn: '2024-06-20',
      verdict: 'unsatisfactory',
      note: 'Chưa đủ',
      newResponseDueInWorkingDays: 10,
    },
  ],
  ReportProgressDto: { reportedOn: '2024-09-01', text: 'Đã làm một phần', percent: 50 },
  ReportCompletionDto: { reportedOn: '2024-12-20', text: 'Đã hoàn thành', evidence: [evidence] },
  CloseRecommendationDto: {
    closedOn: '2025-01-10',
    outcome: 'implemented',
    assessment: 'Đã thực hiện',
  },
  ReopenRecommendationDto: { reason: 'Phát sinh lại', reopenedOn: '2025-02-01' },
  ExtendDeadlineDto: [
    {
      newDueOn: '2025-03-31',
      reason: 'Chờ Bộ Công an',
      approvedBy: 'Thường trực HĐND',
      commitmentId: 'cam-ket-01',
      extendedOn: '2024-12-01',
    },
    {
      newDueInWorkingDays: 20,
      reason: 'Chờ Bộ Công an',
      approvedBy: 'Thường trực HĐND',
      commitmentId: 'cam-ket-01',
      extendedOn: '2024-12-01',
    },
  ],
  EscalateDto: {
    step: 'interpellation',
    note: 'Công văn 280/HĐND-VP',
    escalatedOn: '2024-06-20',
    sessionId: 'cv-ky-hop',
  },
  AssignObstacleDto: { agencyId: ids.province, competence: 'province', assignedOn: '2024-05-15' },
  MergeObstacleDto: { intoObstacleId: 'kk-khac', mergedOn: '2024-05-15' },
  ReferObstacleDto: {
    toAgencyId: ids.province,
    competence: 'province',
    reason: 'Thuộc thẩm quyền tỉnh',
    referredOn: '2024-05-20',
  },
  ResolveObstacleDto: { resolvedOn: '2024-12-20', resolution: 'Đã tháo gỡ', evidence: [evidence] },
  RegisterWebhookDto: {
    id: 'wh-moi',
    url: 'https://203.0.113.10/hook',
    eventTypes: ['DeadlineMissed'],
    agencyId: ids.province,
  },
  DisableWebhookDto: { reason: 'Không dùng nữa' },
  AnnounceAdjustmentDto: { date: '2025-09-01', kind: 'day-off', basis: 'Thông báo 6150/TB-BNV' },
  WithdrawAdjustmentDto: { reason: 'Thông báo bị thu hồi' },
};

/** The examples of a DTO, one or several. */
const examplesOf = (name: string): readonly Body[] => {
  const examples = EXAMPLES[name];
  return examples === undefined ? [] : Array.isArray(examples) ? examples : [examples as Body];
};

/** Whether `body` has a value at `path` (list items by index). */
const has = (body: Body, path: readonly (string | number)[]): boolean =>
  path.reduce<Json | undefined>(
    (value, step) =>
      value !== null && typeof value === 'object'
        ? (value as Record<string | number, Json>)[step]
        : undefined,
    body,
  ) !== undefined;

/** A value of another type than `value`: what a careless client sends. */
const wrongType = (value: Json): Json =>
  typeof value === 'string' ? 7 : typeof value === 'object' ? 'văn bản' : [];

interface Mutation {
  readonly label: string;
  readonly body: Body;
}

/** Returns a copy of `body` with `change` applied at `path` (undefined: the field removed). */
const changed = (
  body: Body,
  path: readonly (string | number)[],
  change: Json | undefined,
): Body => {
  const copy = structuredClone(body) as Body;
  let parent: Record<string | number, Json> = copy;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (change === undefined) delete parent[last];
  else parent[last] = change;
  return copy;
};

/**
 * Every way to spoil `body` one field at a time, nested objects and the first item of each list
 * of objects included: a required field removed, any field nulled, any field the wrong type.
 * A field this example leaves out is spoiled in a sibling example that gives it (`others`).
 */
const mutations = (
  root: Body,
  dto: DtoClass,
  others: readonly Body[] = [],
  at: (string | number)[] = [],
): Mutation[] => {
  const here = at.reduce<Json>((value, step) => (value as Record<string, Json>)[step]!, root);
  return validatedFields(dto).flatMap((field) => {
    const value = (here as Record<string, Json>)[field.name];
    if (value === undefined && field.optional && others.some((o) => has(o, [...at, field.name])))
      return [];
    if (value === undefined)
      throw new Error(`the examples of ${dto.name} have no ${[...at, field.name].join('.')}`);
    const path = [...at, field.name];
    const name = path.join('.');
    const own: Mutation[] = [
      { label: `${name} null`, body: changed(root, path, null) },
      { label: `${name} of the wrong type`, body: changed(root, path, wrongType(value)) },
      ...(field.optional
        ? []
        : [{ label: `${name} removed`, body: changed(root, path, undefined) }]),
    ];
    if (!field.nested) return own;
    if (Array.isArray(value)) {
      if (value.length === 0) throw new Error(`the example of ${dto.name} has an empty ${name}`);
      return [...own, ...mutations(root, field.nested, others, [...path, 0])];
    }
    return [...own, ...mutations(root, field.nested, others, path)];
  });
};

/** Ids that name what the Tây Ninh case holds, for the path's parameters. */
const urlOf = (route: DtoRoute, spareUserId: string): string =>
  route.path
    .replace(/^\/api\/users\/:id/, `/api/users/${spareUserId}`)
    .replace(/^\/api\/delegations\/:id/, `/api/delegations/${ids.delegation}`)
    .replace(/^\/api\/recommendations\/:id/, `/api/recommendations/${ids.recommendation}`)
    .replace(/^\/api\/obstacles\/:id/, `/api/obstacles/${ids.vneidObstacle}`)
    .replace(/^\/api\/agencies\/:id/, `/api/agencies/${ids.ward1}`)
    .replace(/^\/api\/webhooks\/:id/, '/api/webhooks/wh-tinh')
    .replace(/^\/api\/petition-rounds\/:id/, '/api/petition-rounds/kn-ct-fuzz')
    .replace(':responseId', ids.response)
    .replace(':date', '2025-09-01');

/** Someone the route lets in, so that the body is what is judged (guards run first). */
const callerFor = (roles: readonly Role[]): Caller | undefined =>
  roles.includes('secretariat')
    ? 'secretariat'
    : roles.includes('admin')
      ? 'admin'
      : roles.includes('agency')
        ? 'agency-own'
        : undefined;

/**
 * Every request body the API validates, spoiled one field at a time: each answer is 400
 * problem+json, and the log does not move. The routes and their DTOs are read from the running
 * app, so a new one is covered (or fails for want of an example) without editing this test.
 */
describe('every DTO, each field removed, nulled or of the wrong type', () => {
  let ctx: Awaited<ReturnType<typeof startWithCallers>>;
  let routes: DtoRoute[];

  beforeAll(async () => {
    ctx = await startWithCallers({ auth: { loginAttemptsPerMinute: 100_000 } });
    routes = dtoRoutes(ctx.app).filter((route) => route.body !== undefined);
  });
  afterAll(() => ctx.app.close());

  it('finds the routes that take a body, and has a valid example for each', () => {
    expect(routes.length).toBeGreaterThanOrEqual(25);
    for (const route of routes) {
      const name = route.body!.name;
      const examples = examplesOf(name);
      if (examples.length === 0)
        throw new Error(`no example body for ${name} (${route.method} ${route.path})`);
      // Each example must pass, or every spoiled copy would be refused for its sake.
      for (const example of examples) {
        const errors = validateSync(plainToInstance(route.body as never, example) as object, {
          whitelist: true,
          forbidNonWhitelisted: true,
          forbidUnknownValues: true,
        });
        expect({ dto: name, errors: errors.map((e) => e.toString()) }).toEqual({
          dto: name,
          errors: [],
        });
      }
    }
  });

  it('answers 400 problem+json to every spoiled body and appends nothing', async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const route of routes) {
      const caller = callerFor(route.roles);
      const examples = examplesOf(route.body!.name);
      if (!caller || examples.length === 0) continue;
      const url = urlOf(route, ctx.spareUserId);
      const spoiled = examples.flatMap((example) =>
        mutations(
          example,
          route.body!,
          examples.filter((other) => other !== example),
        ),
      );
      for (const { label, body } of spoiled) {
        const before = await ctx.app.head();
        const res = await ctx.clients[caller]()
          [route.method === 'PUT' ? 'put' : 'post'](url)
          .set('content-type', 'application/json')
          .send(JSON.stringify(body));
        const after = await ctx.app.head();
        sent += 1;
        const problem =
          res.status === 400 &&
          String(res.headers['content-type']).startsWith('application/problem+json') &&
          res.body.code === 'bad-input' &&
          Array.isArray(res.body.errors) &&
          res.body.errors.length > 0;
        if (!problem || after !== before)
          failures.push(
            `${route.method} ${route.path}, ${label} → ${res.status}${after !== before ? ' (appended)' : ''} ${JSON.stringify(res.body).slice(0, 200)}`,
          );
      }
    }
    expect(sent).toBeGreaterThan(300);
    expect(failures).toEqual([]);
  }, 120_000);
});
