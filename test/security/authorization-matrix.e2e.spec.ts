import { ESCALATION_LADDER } from '@hdnd/domain';
import { REGISTER_COLUMNS } from '@hdnd/documents';
import { ids } from '@hdnd/testing';
import { CALLERS, startWithCallers, type Caller } from './callers';

const d = `/api/delegations/${ids.delegation}`;
const rec = `/api/recommendations/${ids.recommendation}`;
const obs = `/api/obstacles/${ids.vneidObstacle}`;
const SESSION = 'cv-phan-quyen';
const ROUND = 'kn-ct-phan-quyen';
const COMMITTEE = 'gs-ban-phan-quyen';
const EXPLANATION = 'gt-phan-quyen';
let n = 0;
/** A fresh id per request, so that allowed creates do not collide with each other. */
const fresh = (prefix: string) => `${prefix}-${++n}`;
const person = { name: 'Nguyễn Đài Thy', position: 'Phó Chủ tịch HĐND tỉnh' };

const SUPERVISION: Caller[] = ['admin', 'secretariat', 'member', 'member-elsewhere', 'auditor'];
const EVERYONE: Caller[] = [...SUPERVISION, 'agency-own', 'agency-other'];

interface Cell {
  /** As the OpenAPI document names the operation. */
  readonly operation: string;
  readonly path: string;
  readonly body?: () => object;
  /** Sent as the multipart field `file` instead of a JSON body. */
  readonly file?: Buffer;
  /** Who gets through; anyone else signed in gets 403, and anonymous 401. */
  readonly allowed: readonly Caller[];
}

/**
 * Every route of the API and who may call it (docs/security.md, Roles). Agency users act only on cases
 * their own agency answers for; members record only in their own delegations.
 */
/** A register with the export's headers and no row: a dry run of it records nothing. */
const EMPTY_REGISTER = Buffer.from(`${REGISTER_COLUMNS.map((c) => `"${c.header}"`).join(',')}\n`);

/** A table of voters' petitions with its headers and no row: a dry run of it records nothing. */
const EMPTY_PETITION_TABLE = Buffer.from(
  '"STT","Nội dung kiến nghị","Nơi/đơn vị cử tri","Cơ quan giải quyết"\n',
);

const cells = (
  spareUserId: string,
  jobId: string,
  verificationId: string,
  importId: string,
): Cell[] => [
  {
    operation: 'POST /api/imports/recommendations',
    path: '/api/imports/recommendations',
    file: EMPTY_REGISTER,
    allowed: ['admin', 'secretariat'],
  },
  {
    operation: 'POST /api/imports/petitions',
    path: `/api/imports/petitions?roundId=${ROUND}`,
    file: EMPTY_PETITION_TABLE,
    allowed: ['admin', 'secretariat'],
  },
  {
    operation: 'GET /api/imports/recommendations/template',
    path: '/api/imports/recommendations/template',
    allowed: ['admin', 'secretariat'],
  },
  {
    operation: 'GET /api/imports/{id}',
    path: `/api/imports/${importId}`,
    allowed: ['admin', 'secretariat'],
  },
  { operation: 'GET /api/auth/me', path: '/api/auth/me', allowed: EVERYONE },
  { operation: 'GET /api/users', path: '/api/users', allowed: ['admin'] },
  { operation: 'GET /api/users/{id}', path: `/api/users/${spareUserId}`, allowed: ['admin'] },
  {
    operation: 'POST /api/users',
    path: '/api/users',
    body: () => ({
      username: fresh('nguoi-dung'),
      password: 'mot-mat-khau-dai-du',
      displayName: 'Người dùng',
      role: 'auditor',
    }),
    allowed: ['admin'],
  },
  {
    operation: 'POST /api/users/{id}/grants',
    path: `/api/users/${spareUserId}/grants`,
    body: () => ({ role: 'auditor', reason: 'Kiểm tra phân quyền' }),
    allowed: ['admin'],
  },
  {
    operation: 'POST /api/users/{id}/password',
    path: `/api/users/${spareUserId}/password`,
    body: () => ({ password: 'mot-mat-khau-moi-dai' }),
    allowed: ['admin'],
  },
  {
    operation: 'POST /api/users/{id}/disable',
    path: `/api/users/${spareUserId}/disable`,
    body: () => ({ reason: 'Kiểm tra phân quyền' }),
    allowed: ['admin'],
  },
  {
    operation: 'POST /api/users/{id}/enable',
    path: `/api/users/${spareUserId}/enable`,
    body: () => ({ reason: 'Kiểm tra phân quyền' }),
    allowed: ['admin'],
  },
  { operation: 'GET /api/users/me/notices', path: '/api/users/me/notices', allowed: EVERYONE },
  {
    operation: 'PUT /api/users/me/notices',
    path: '/api/users/me/notices',
    body: () => ({ email: 'nguoi-dung@tayninh.gov.vn', reminders: true, missedDeadlines: false }),
    // The auditor changes nothing, their own notices included.
    allowed: EVERYONE.filter((caller) => caller !== 'auditor'),
  },
  {
    operation: 'GET /api/users/{id}/notices',
    path: `/api/users/${spareUserId}/notices`,
    allowed: ['admin'],
  },
  {
    operation: 'PUT /api/users/{id}/notices',
    path: `/api/users/${spareUserId}/notices`,
    body: () => ({ reminders: true, missedDeadlines: true }),
    allowed: ['admin'],
  },
  { operation: 'GET /api/agencies', path: '/api/agencies', allowed: EVERYONE },
  { operation: 'GET /api/agencies/{id}', path: `/api/agencies/${ids.province}`, allowed: EVERYONE },
  {
    operation: 'POST /api/agencies',
    path: '/api/agencies',
    body: () => ({ id: fresh('co-quan'), name: 'Sở Nội vụ', level: 'department' }),
    allowed: ['secretariat'],
  },
  {
    operation: 'POST /api/agencies/{id}/succession',
    path: `/api/agencies/${ids.ward1}/succession`,
    body: () => ({ successorId: ids.province, effectiveOn: '2030-01-01', basis: 'Thử' }),
    allowed: ['secretariat'],
  },
  { operation: 'GET /api/delegations', path: '/api/delegations', allowed: SUPERVISION },
  { operation: 'GET /api/delegations/{id}', path: d, allowed: SUPERVISION },
  {
    operation: 'POST /api/delegations',
    path: '/api/delegations',
    body: () => ({
      id: fresh('doan'),
      title: 'Đoàn giám sát thử',
      topic: 'Thử',
      legalBasis: { number: '1/NQ-HĐND', issuedOn: '2024-01-02', issuedBy: 'HĐND tỉnh' },
      periodFrom: '2023-01-01',
      periodTo: '2023-12-31',
      chair: person,
      members: [],
    }),
    allowed: ['secretariat'],
  },
  {
    operation: 'POST /api/delegations/{id}/working-groups',
    path: `${d}/working-groups`,
    body: () => ({ number: fresh('to'), leader: person, members: [] }),
    allowed: ['secretariat'],
  },
  {
    operation: 'POST /api/delegations/{id}/surveys',
    path: `${d}/surveys`,
    body: () => ({
      date: '2024-04-03',
      agencyIds: [ids.ward1],
      topics: ['CCHC'],
      chair: person,
      participants: [],
    }),
    allowed: ['secretariat', 'member'],
  },
  {
    operation: 'POST /api/delegations/{id}/findings',
    path: `${d}/findings`,
    body: () => ({ agencyId: ids.ward1, kind: 'limitation', statement: 'Hồ sơ còn trễ hạn' }),
    allowed: ['secretariat', 'member'],
  },
  {
    operation: 'POST /api/delegations/{id}/recommendations',
    path: `${d}/recommendations`,
    body: () => ({
      addresseeAgencyId: ids.ward1,
      text: 'Khắc phục hồ sơ trễ hạn',
      findingIds: [ids.vneidFinding],
      responseDueOn: '2024-07-01',
    }),
    allowed: ['secretariat'],
  },
  {
    operation: 'POST /api/delegations/{id}/conclusion',
    path: `${d}/conclusion`,
    body: () => ({ concludedOn: '2024-04-01', summary: 'x' }),
    allowed: ['secretariat'],
  },
  {
    operation: 'POST /api/delegations/{id}/publication',
    path: `${d}/publication`,
    body: () => ({ publishedOn: '2024-04-01', basis: 'Thông báo công khai' }),
    allowed: ['secretariat'],
  },
  {
    operation: 'POST /api/delegations/{id}/publication/withdrawal',
    path: `${d}/publication/withdrawal`,
    body: () => ({ withdrawnOn: '2024-04-01', reason: 'Kiểm tra phân quyền' }),
    allowed: ['secretariat'],
  },
  {
    operation: 'GET /api/committee-supervisions',
    path: '/api/committee-supervisions',
    allowed: SUPERVISION,
  },
  {
    operation: 'GET /api/committee-supervisions/{id}',
    path: `/api/committee-supervisions/${COMMITTEE}`,
    allowed: SUPERVISION,
  },
  {
    operation: 'POST /api/committee-supervisions',
    path: '/api/committee-supervisions',
    body: () => ({
      id: fresh('giam-sat-ban'),
      topic: 'Giám sát thử',
      supervisor: { body: 'standing-committee', level: 'province' },
      startedOn: '2024-07-01',
    }),
    allowed: ['secretariat'],
  },
  {
    operation: 'POST /api/committee-supervisions/{id}/conclusion',
    path: `/api/committee-supervisions/${COMMITTEE}/conclusion`,
    body: () => ({ conclusion: 'Kết luận thử', concludedOn: '2024-07-20' }),
    allowed: ['secretariat'],
  },
  {
    operation: 'POST /api/committee-supervisions/{id}/recommendations',
    path: `/api/committee-supervisions/${COMMITTEE}/recommendations`,
    body: () => ({
      addresseeAgencyId: ids.province,
      text: 'Yêu cầu thử',
      responseDueInWorkingDays: 30,
    }),
    allowed: ['secretariat'],
  },
  { operation: 'GET /api/interpellations', path: '/api/interpellations', allowed: SUPERVISION },
  {
    operation: 'GET /api/interpellations/{id}',
    path: `/api/interpellations/${SESSION}`,
    allowed: SUPERVISION,
  },
  {
    operation: 'POST /api/interpellations',
    path: '/api/interpellations',
    body: () => ({
      id: fresh('chat-van'),
      title: 'Phiên chất vấn thử',
      meeting: 'Kỳ họp thứ 1',
      heldOn: '2024-07-10',
    }),
    allowed: ['secretariat'],
  },
  {
    operation: 'POST /api/interpellations/{id}/questions',
    path: `/api/interpellations/${SESSION}/questions`,
    body: () => ({
      askedBy: 'Đại biểu thử',
      answeredBy: person,
      agencyId: ids.province,
      question: 'Câu hỏi thử',
      answer: 'Trả lời thử',
      askedOn: '2024-07-10',
    }),
    allowed: ['secretariat'],
  },
  {
    operation: 'POST /api/interpellations/{id}/resolution',
    path: `/api/interpellations/${SESSION}/resolution`,
    body: () => ({
      legalBasis: { number: '1/NQ-HĐND', issuedOn: '2024-07-12', issuedBy: 'HĐND tỉnh' },
      summary: 'Yêu cầu thử',
    }),
    allowed: ['secretariat'],
  },
  {
    operation: 'POST /api/interpellations/{id}/recommendations',
    path: `/api/interpellations/${SESSION}/recommendations`,
    body: () => ({
      addresseeAgencyId: ids.province,
      text: 'Cam kết thử',
      responseDueInWorkingDays: 30,
    }),
    allowed: ['secretariat'],
  },
  { operation: 'GET /api/petition-rounds', path: '/api/petition-rounds', allowed: SUPERVISION },
  {
    operation: 'GET /api/petition-rounds/{id}',
    path: `/api/petition-rounds/${ROUND}`,
    allowed: SUPERVISION,
  },
  {
    operation: 'GET /api/petition-rounds/{id}/report',
    path: `/api/petition-rounds/${ROUND}/report`,
    allowed: SUPERVISION,
  },
  {
    operation: 'GET /api/petition-rounds/{id}/report.xlsx',
    path: `/api/petition-rounds/${ROUND}/report.xlsx`,
    allowed: SUPERVISION,
  },
  {
    operation: 'POST /api/petition-rounds',
    path: '/api/petition-rounds',
    body: () => ({
      id: fresh('kien-nghi-cu-tri'),
      title: 'Kiến nghị cử tri thử',
      meeting: 'Kỳ họp thứ 1',
      forwardedOn: '2024-06-10',
      answerDueOn: '2024-07-05',
    }),
    allowed: ['secretariat'],
  },
  {
    operation: 'POST /api/petition-rounds/{id}/petitions',
    path: `/api/petition-rounds/${ROUND}/petitions`,
    body: () => ({
      petitions: [{ text: 'Kiến nghị thử', voters: 'Cử tri phường 1', agencyId: ids.province }],
    }),
    allowed: ['secretariat'],
  },
  {
    // Each answer is judged on its own: another agency's row is refused in the answer (200).
    operation: 'POST /api/petition-rounds/{id}/answers',
    path: `/api/petition-rounds/${ROUND}/answers`,
    body: () => ({
      answers: [
        {
          petitionId: fresh('khong-co'),
          respondedOn: '2024-07-01',
          position: 'accepted',
          text: 'Trả lời thử',
        },
      ],
    }),
    allowed: ['secretariat', 'agency-own', 'agency-other'],
  },
  {
    operation: 'GET /api/explanation-sessions',
    path: '/api/explanation-sessions',
    allowed: SUPERVISION,
  },
  {
    operation: 'GET /api/explanation-sessions/{id}',
    path: `/api/explanation-sessions/${EXPLANATION}`,
    allowed: SUPERVISION,
  },
  {
    operation: 'POST /api/explanation-sessions',
    path: '/api/explanation-sessions',
    body: () => ({
      id: fresh('giai-trinh'),
      issue: 'Vấn đề giải trình thử',
      agencyId: ids.province,
      heldOn: '2024-08-15',
      supervisor: { body: 'standing-committee', level: 'province' },
    }),
    allowed: ['secretariat'],
  },
  {
    operation: 'POST /api/explanation-sessions/{id}/conclusion',
    path: `/api/explanation-sessions/${EXPLANATION}/conclusion`,
    body: () => ({ conclusion: 'Kết luận thử', concludedOn: '2024-08-20' }),
    allowed: ['secretariat'],
  },
  {
    operation: 'POST /api/explanation-sessions/{id}/recommendations',
    path: `/api/explanation-sessions/${EXPLANATION}/recommendations`,
    body: () => ({
      addresseeAgencyId: ids.province,
      text: 'Kết luận thử',
      issuedOn: '2024-08-20',
      responseDueInWorkingDays: 30,
    }),
    allowed: ['secretariat'],
  },
  {
    operation: 'GET /api/recommendations',
    path: '/api/recommendations',
    allowed: EVERYONE,
  },
  {
    operation: 'GET /api/recommendations/export',
    path: '/api/recommendations/export?format=csv',
    allowed: EVERYONE,
  },
  {
    operation: 'GET /api/recommendations/{id}',
    path: rec,
    allowed: [...SUPERVISION, 'agency-own'],
  },
  {
    operation: 'POST /api/recommendations/{id}/responses',
    path: `${rec}/responses`,
    body: () => ({ respondedOn: '2024-06-11', position: 'accepted', text: 'Tiếp thu' }),
    allowed: ['secretariat', 'agency-own'],
  },
  {
    operation: 'POST /api/recommendations/{id}/responses/{responseId}/assessment',
    path: `${rec}/responses/${ids.response}/assessment`,
    body: () => ({ assessedOn: '2024-06-20', verdict: 'satisfactory', note: 'Đạt' }),
    allowed: ['secretariat'],
  },
  {
    operation: 'POST /api/recommendations/{id}/progress',
    path: `${rec}/progress`,
    body: () => ({ reportedOn: '2024-08-01', text: 'Đang đồng bộ', percent: 50 }),
    allowed: ['secretariat', 'agency-own'],
  },
  {
    operation: 'POST /api/recommendations/{id}/completion',
    path: `${rec}/completion`,
    body: () => ({
      reportedOn: '2024-12-20',
      text: 'Đã xong',
      evidence: [{ title: 'Báo cáo', reference: '1/BC' }],
    }),
    allowed: ['secretariat', 'agency-own'],
  },
  {
    operation: 'POST /api/recommendations/{id}/closure',
    path: `${rec}/closure`,
    body: () => ({ closedOn: '2024-12-30', outcome: 'implemented', assessment: 'Đã thực hiện' }),
    allowed: ['secretariat'],
  },
  {
    operation: 'POST /api/recommendations/{id}/reopening',
    path: `${rec}/reopening`,
    body: () => ({ reason: 'Cử tri phản ánh lại' }),
    allowed: ['secretariat'],
  },
  {
    operation: 'POST /api/recommendations/{id}/extension',
    path: `${rec}/extension`,
    body: () => ({ newDueOn: '2025-06-30', reason: 'Chờ Bộ Công an', approvedBy: 'Chủ tịch HĐND' }),
    allowed: ['secretariat'],
  },
  {
    operation: 'POST /api/recommendations/{id}/escalation',
    path: `${rec}/escalation`,
    body: () => ({ step: ESCALATION_LADDER[0], note: 'Đôn đốc' }),
    allowed: ['secretariat'],
  },
  { operation: 'GET /api/obstacles', path: '/api/obstacles', allowed: EVERYONE },
  {
    operation: 'GET /api/obstacles/{id}',
    path: obs,
    allowed: [...SUPERVISION, 'agency-own'],
  },
  {
    operation: 'POST /api/obstacles/{id}/assignment',
    path: `${obs}/assignment`,
    body: () => ({ agencyId: ids.province, competence: 'province' }),
    allowed: ['secretariat'],
  },
  {
    operation: 'POST /api/obstacles/{id}/referral',
    path: `${obs}/referral`,
    body: () => ({ toAgencyId: ids.province, competence: 'province', reason: 'Thẩm quyền tỉnh' }),
    allowed: ['secretariat'],
  },
  {
    operation: 'POST /api/obstacles/{id}/merge',
    path: `${obs}/merge`,
    body: () => ({ intoObstacleId: ids.vneidObstacle }),
    allowed: ['secretariat'],
  },
  {
    operation: 'POST /api/obstacles/{id}/resolution',
    path: `${obs}/resolution`,
    body: () => ({ resolvedOn: '2024-12-21', resolution: 'Đã xử lý' }),
    allowed: ['secretariat', 'agency-own'],
  },
  { operation: 'GET /api/dashboard', path: '/api/dashboard', allowed: SUPERVISION },
  {
    operation: 'GET /api/recommendations/{id}/history.docx',
    path: `${rec}/history.docx`,
    allowed: [...SUPERVISION, 'agency-own'],
  },
  { operation: 'GET /api/reports/session', path: '/api/reports/session', allowed: SUPERVISION },
  {
    operation: 'POST /api/webhooks',
    path: '/api/webhooks',
    // A literal public address: registration checks it without DNS; nothing is delivered to it.
    body: () => ({ url: 'https://203.0.113.10/hook', eventTypes: ['DeadlineMissed'] }),
    allowed: ['admin', 'agency-own', 'agency-other'],
  },
  {
    operation: 'GET /api/webhooks',
    path: '/api/webhooks',
    allowed: ['admin', 'agency-own', 'agency-other'],
  },
  {
    operation: 'GET /api/webhooks/{id}/failures',
    path: '/api/webhooks/wh-tinh/failures',
    allowed: ['admin', 'agency-own'],
  },
  {
    operation: 'POST /api/webhooks/{id}/disable',
    path: '/api/webhooks/wh-tinh/disable',
    body: () => ({ reason: 'Thử' }),
    allowed: ['admin', 'agency-own'],
  },
  {
    operation: 'GET /api/admin/calendar/adjustments',
    path: '/api/admin/calendar/adjustments',
    allowed: ['admin', 'secretariat'],
  },
  {
    operation: 'POST /api/admin/calendar/adjustments',
    path: '/api/admin/calendar/adjustments',
    body: () => ({ date: '2030-09-03', kind: 'day-off', basis: 'Thử' }),
    allowed: ['admin'],
  },
  {
    operation: 'POST /api/admin/calendar/adjustments/{date}/withdrawal',
    path: '/api/admin/calendar/adjustments/2030-09-03/withdrawal',
    body: () => ({ reason: 'Thử' }),
    allowed: ['admin'],
  },
  {
    operation: 'POST /api/admin/follow-up/sweep',
    path: '/api/admin/follow-up/sweep',
    body: () => ({}),
    allowed: ['admin', 'secretariat'],
  },
  {
    operation: 'POST /api/admin/notices/send',
    path: '/api/admin/notices/send',
    body: () => ({}),
    allowed: ['admin', 'secretariat'],
  },
  {
    operation: 'GET /api/admin/notices/failures',
    path: '/api/admin/notices/failures',
    allowed: ['admin'],
  },
  {
    operation: 'POST /api/admin/projections/rebuild',
    path: '/api/admin/projections/rebuild',
    body: () => ({}),
    allowed: ['admin'],
  },
  { operation: 'GET /api/admin/jobs/{id}', path: `/api/admin/jobs/${jobId}`, allowed: ['admin'] },
  { operation: 'GET /api/audit/events', path: '/api/audit/events', allowed: ['admin', 'auditor'] },
  {
    operation: 'GET /api/audit/integrity',
    path: '/api/audit/integrity',
    allowed: ['admin', 'auditor'],
  },
  {
    operation: 'POST /api/audit/integrity/verifications',
    path: '/api/audit/integrity/verifications',
    body: () => ({}),
    allowed: ['admin', 'auditor'],
  },
  {
    operation: 'GET /api/audit/integrity/verifications/{id}',
    path: `/api/audit/integrity/verifications/${verificationId}`,
    allowed: ['admin', 'auditor'],
  },
  {
    operation: 'GET /api/audit/checkpoints',
    path: '/api/audit/checkpoints',
    allowed: ['admin', 'auditor'],
  },
  {
    operation: 'POST /api/audit/checkpoints',
    path: '/api/audit/checkpoints',
    body: () => ({}),
    allowed: ['admin'],
  },
  { operation: 'GET /api/audit/export', path: '/api/audit/export', allowed: ['admin', 'auditor'] },
  {
    operation: 'GET /api/audit/public-key',
    path: '/api/audit/public-key',
    allowed: ['admin', 'auditor'],
  },
  {
    operation: 'GET /api/audit/streams/{streamId}',
    path: `/api/audit/streams/recommendation-${ids.recommendation}`,
    allowed: ['admin', 'auditor'],
  },
];

/** Routes outside the matrix, and why. */
const NOT_IN_MATRIX: Record<string, string> = {
  'POST /api/auth/login': 'public by design; authentication.e2e.spec.ts covers it',
  'GET /health': 'public liveness',
  'GET /ready': 'public readiness',
  'GET /api/public/delegations': 'public by design; test/e2e/public-page.e2e.spec.ts covers it',
  'GET /api/public/delegations/{id}':
    'public by design; test/e2e/public-page.e2e.spec.ts covers it',
};

describe('authorization matrix: every route × every caller', () => {
  let ctx: Awaited<ReturnType<typeof startWithCallers>>;
  let table: Cell[];

  beforeAll(async () => {
    ctx = await startWithCallers();
    await ctx.app.command(
      '/api/interpellations',
      { id: SESSION, title: 'Phiên chất vấn', meeting: 'Kỳ họp thứ 1', heldOn: '2024-07-10' },
      201,
    );
    await ctx.app.command(
      '/api/petition-rounds',
      {
        id: ROUND,
        title: 'Kiến nghị cử tri',
        meeting: 'Kỳ họp thứ 1',
        forwardedOn: '2024-06-10',
        answerDueOn: '2024-07-05',
      },
      201,
    );
    await ctx.app.command(
      '/api/committee-supervisions',
      {
        id: COMMITTEE,
        topic: 'Giám sát của Thường trực',
        supervisor: { body: 'standing-committee', level: 'province' },
        startedOn: '2024-07-01',
      },
      201,
    );
    // Concluded, so that an item can be issued from it (items follow up its conclusion).
    await ctx.app.command(
      '/api/explanation-sessions',
      {
        id: EXPLANATION,
        issue: 'Phiên giải trình',
        agencyId: ids.province,
        heldOn: '2024-08-15',
        supervisor: { body: 'standing-committee', level: 'province' },
      },
      201,
    );
    await ctx.app.command(
      `/api/explanation-sessions/${EXPLANATION}/conclusion`,
      { conclusion: 'Kết luận', concludedOn: '2024-08-20' },
      201,
    );
    const rebuild = await ctx.app.admin().post('/api/admin/projections/rebuild').expect(202);
    const verification = await ctx.app
      .auditor()
      .post('/api/audit/integrity/verifications')
      .expect(202);
    const imported = await ctx.app
      .http()
      .post('/api/imports/recommendations?dryRun=false')
      .attach('file', EMPTY_REGISTER, 'so.csv')
      .expect(202);
    table = cells(
      ctx.spareUserId,
      rebuild.body.jobId as string,
      verification.body.jobId as string,
      imported.body.id as string,
    );
  });
  afterAll(() => ctx.app.close());

  it('covers every operation of the OpenAPI document', async () => {
    const doc = (await ctx.app.anonymous().get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const covered = new Set([...table.map((c) => c.operation), ...Object.keys(NOT_IN_MATRIX)]);
    expect(operations.filter((op) => !covered.has(op))).toEqual([]);
    expect([...covered].filter((op) => !operations.includes(op))).toEqual([]);
  });

  it.each(CALLERS)(
    'answers %s as the table says, appending nothing when refused',
    async (caller) => {
      const outcomes: string[] = [];
      for (const cell of table) {
        const before = await ctx.app.head();
        const client = ctx.clients[caller]();
        const [method, ,] = cell.operation.split(' ');
        const res =
          method === 'GET'
            ? await client.get(cell.path)
            : cell.file
              ? await client.post(cell.path).attach('file', cell.file, 'so.csv')
              : method === 'PUT'
                ? await client.put(cell.path).send(cell.body!())
                : await client.post(cell.path).send(cell.body!());
        const after = await ctx.app.head();
        const expected =
          caller === 'anonymous' ? 401 : cell.allowed.includes(caller) ? 'through' : 403;
        const got =
          res.status === 401 || res.status === 403
            ? res.status
            : [200, 201, 202, 409].includes(res.status)
              ? 'through'
              : `unexpected ${res.status} ${JSON.stringify(res.body)}`;
        if (got !== expected) outcomes.push(`${cell.operation}: expected ${expected}, got ${got}`);
        if (expected !== 'through') {
          if (after !== before) outcomes.push(`${cell.operation}: refused but appended`);
          if (!String(res.headers['content-type']).startsWith('application/problem+json'))
            outcomes.push(`${cell.operation}: refusal not problem+json`);
          const code = caller === 'anonymous' ? 'unauthenticated' : 'forbidden';
          if (res.body?.code !== code)
            outcomes.push(
              `${cell.operation}: refusal's code ${String(res.body?.code)}, not ${code}`,
            );
        }
      }
      expect(outcomes).toEqual([]);
    },
  );

  it('lists only the agency’s own cases to an agency user, and refuses another agency’s list', async () => {
    const own = await ctx.clients['agency-own']().get('/api/recommendations').expect(200);
    expect(own.body.items.map((r: { id: string }) => r.id)).toContain(ids.recommendation);
    const other = await ctx.clients['agency-other']().get('/api/recommendations').expect(200);
    expect(other.body.items.map((r: { id: string }) => r.id)).not.toContain(ids.recommendation);
    await ctx.clients['agency-other']()
      .get(`/api/recommendations?agencyId=${ids.province}`)
      .expect(403);
    const obstacles = await ctx.clients['agency-other']().get('/api/obstacles').expect(200);
    expect(obstacles.body.items.map((o: { id: string }) => o.id)).not.toContain(ids.vneidObstacle);
  });
});
