import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const delegation = {
  title: 'Đoàn giám sát giải phóng mặt bằng 2025',
  topic: 'Giải phóng mặt bằng',
  legalBasis: { number: '12/NQ-HĐND', issuedOn: '2025-02-10', issuedBy: 'HĐND TP Đà Nẵng' },
  periodFrom: '2024-01-01',
  periodTo: '2024-12-31',
  chair: { name: 'Nguyễn Văn A', position: 'Phó Chủ tịch HĐND' },
  members: [],
};

/**
 * `__proto__`, `constructor` and `prototype` are not fields of any request: JSON.parse keeps them
 * as keys, and the DTOs' whitelist then dropped them without a word (200). They are refused as
 * bad input wherever they stand, named, and nothing is appended.
 */
describe('prototype keys in a body are refused', () => {
  let app: HttpHarness;

  beforeAll(async () => {
    app = await startHttp();
  });
  afterAll(() => app.close());

  /** The body is sent as text: an object literal's `__proto__` would set a prototype instead. */
  const send = (path: string, json: string) =>
    app.http().post(path).set('content-type', 'application/json').send(json);

  const agency = (extra: string) => `{"name":"UBND phường Sơn Trà","level":"commune"${extra}}`;

  it.each([
    ['__proto__ at the top', agency(',"__proto__":{"x":1}'), '__proto__'],
    ['constructor at the top', agency(',"constructor":{"prototype":{"x":1}}'), 'constructor'],
    ['prototype at the top', agency(',"prototype":{"x":1}'), 'prototype'],
  ])('%s: 400 naming the field, nothing appended', async (_name, json, field) => {
    const head = await app.head();
    const res = await send('/api/agencies', json);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'bad-input' });
    expect(res.body.errors).toEqual([
      { field, code: 'prototypeKey', message: expect.stringMatching(/not a field/) },
    ]);
    expect(await app.head()).toBe(head);
  });

  it('a key deep inside the body, named by its path', async () => {
    const json = JSON.stringify({
      ...delegation,
      chair: { ...delegation.chair, PROTO: 1 },
    }).replace('"PROTO"', '"__proto__"');
    const head = await app.head();
    const res = await send('/api/delegations', json);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      {
        field: 'chair.__proto__',
        code: 'prototypeKey',
        message: expect.stringMatching(/not a field/),
      },
    ]);
    expect(await app.head()).toBe(head);
  });

  it('the same body without them is accepted', async () => {
    await send('/api/agencies', agency('')).expect(201);
  });
});
