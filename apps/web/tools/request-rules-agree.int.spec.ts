import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';
import { validateBody } from '../src/forms/validate';
import type { RequestSchema } from '../src/api/request-rules';

/*
 * The forms check a body before sending it; the API checks it again. Each bad body below goes to
 * both, and the two must name the same fields with the same constraint codes — so a reader never
 * sees one sentence beside a field and a different refusal after pressing Save.
 */

const NO_SUCH_CASE = '00000000-0000-4000-8000-000000000000';

const person = { name: 'Nguyễn Đài Thy', position: 'Phó Chủ tịch HĐND tỉnh' };
const delegation = {
  title: 'Đoàn giám sát chuyên đề',
  topic: 'Cải cách hành chính',
  legalBasis: { number: '135/NQ-HĐND', issuedOn: '2022-05-10', issuedBy: 'HĐND tỉnh Tây Ninh' },
  periodFrom: '2021-01-01',
  periodTo: '2022-06-30',
  chair: person,
  members: [],
};
const progress = { reportedOn: '2022-07-01', text: 'Đã triển khai', percent: 50 };

interface Case {
  readonly what: string;
  readonly schema: RequestSchema;
  readonly route: string;
  readonly body: Record<string, unknown>;
}

const CASES: readonly Case[] = [
  {
    what: 'a required text missing and another empty',
    schema: 'EstablishDelegationDto',
    route: '/api/delegations',
    body: { ...delegation, title: undefined, topic: '' },
  },
  {
    what: 'a text one character too long, counted as a reader counts',
    schema: 'EstablishDelegationDto',
    route: '/api/delegations',
    body: { ...delegation, title: 'đ'.repeat(501) },
  },
  {
    what: 'a nested person without a name, and an empty position the API takes',
    schema: 'EstablishDelegationDto',
    route: '/api/delegations',
    body: { ...delegation, chair: { name: '', position: '' }, members: [{ ...person, name: '' }] },
  },
  {
    what: 'a percent above its bound',
    schema: 'ReportProgressDto',
    route: `/api/recommendations/${NO_SUCH_CASE}/progress`,
    body: { ...progress, percent: 101 },
  },
  {
    what: 'a percent below its bound',
    schema: 'ReportProgressDto',
    route: `/api/recommendations/${NO_SUCH_CASE}/progress`,
    body: { ...progress, percent: -1 },
  },
  {
    what: 'an answer that is none of the allowed ones, and a field the API does not know',
    schema: 'RecordResponseDto',
    route: `/api/recommendations/${NO_SUCH_CASE}/responses`,
    body: { respondedOn: '2022-07-01', position: 'maybe', summary: 'Tiếp thu' },
  },
  {
    what: 'a completion with no evidence',
    schema: 'ReportCompletionDto',
    route: `/api/recommendations/${NO_SUCH_CASE}/completion`,
    body: { reportedOn: '2022-07-01', text: 'Đã hoàn thành', evidence: [] },
  },
];

const codes = (errors: readonly { field: string; code?: string }[]) =>
  errors.map((error) => `${error.field}:${error.code ?? '?'}`).sort();

describe('the forms’ check and the API’s validation', () => {
  let app: HttpHarness;
  beforeAll(async () => {
    app = await startHttp();
  });
  afterAll(() => app.close());

  it.each(CASES)('refuse $what with the same fields and codes', async ({ schema, route, body }) => {
    const sent = JSON.parse(JSON.stringify(body)) as Record<string, unknown>;
    const answer = await app.http().post(route).send(sent);
    expect(answer.status).toBe(400);
    const api = codes(answer.body.errors as { field: string; code?: string }[]);
    expect(api.length).toBeGreaterThan(0);
    expect(codes(validateBody(schema, sent))).toEqual(api);
  });

  it('let through what the API takes (control)', async () => {
    expect(validateBody('EstablishDelegationDto', delegation)).toEqual([]);
    const answer = await app.http().post('/api/delegations').send(delegation);
    expect(answer.status).toBe(201);
  });
});
