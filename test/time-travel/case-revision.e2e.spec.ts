import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const rec = `/api/recommendations/${ids.recommendation}`;
const delegation = `/api/delegations/${ids.delegation}`;

/**
 * A case's GET says its revision — `ETag: "<revision>"` and `revision` in the
 * body — and that ETag sent back as If-Match lets the next command through (200), while one a
 * change has overtaken answers 412 and appends nothing. Express's weak body hash answered 400.
 */
describe('the revision a case GET answers works as If-Match', () => {
  let app: HttpHarness;

  beforeAll(async () => {
    app = await startHttp();
    for (const step of tayNinhRequests()) await app.command(step.path, step.body, step.status);
  });
  afterAll(() => app.close());

  /** GET → its ETag, after checking it is the body's revision. */
  const etagOf = async (path: string): Promise<string> => {
    const res = await app.http().get(path).expect(200);
    expect(res.headers.etag).toBe(`"${res.body.revision}"`);
    expect(typeof res.body.revision).toBe('number');
    return res.headers.etag as string;
  };

  /** The command with If-Match: `etag`, as the clerk; its status, and whether it appended. */
  const send = async (path: string, body: object, etag: string) => {
    const before = await app.head();
    const res = await app.http().post(path).set('if-match', etag).send(body);
    return { status: res.status, body: res.body, appended: (await app.head()) > before };
  };

  it('recommendation: GET → If-Match its ETag → 200; after another change → 412', async () => {
    const etag = await etagOf(rec);
    const report = { reportedOn: '2024-07-01', text: 'Đã đồng bộ 60% dữ liệu', percent: 60 };
    expect(await send(`${rec}/progress`, report, etag)).toMatchObject({
      status: 200,
      appended: true,
    });
    const next = await etagOf(rec);
    expect(next).toBe(`"${Number(JSON.parse(etag)) + 1}"`);
    const stale = await send(`${rec}/progress`, { ...report, percent: 70 }, etag);
    expect(stale).toMatchObject({ status: 412, appended: false });
    expect(await send(`${rec}/progress`, { ...report, percent: 70 }, next)).toMatchObject({
      status: 200,
    });
  });

  it('delegation: GET → If-Match its ETag → 201; after another change → 412', async () => {
    const etag = await etagOf(delegation);
    const finding = (id: string) => ({
      id,
      agencyId: ids.city,
      kind: 'limitation',
      statement: `Hạn chế ${id}`,
      recordedOn: '2024-04-02',
    });
    expect(await send(`${delegation}/findings`, finding('han-che-1'), etag)).toMatchObject({
      status: 201,
    });
    expect(await send(`${delegation}/findings`, finding('han-che-2'), etag)).toMatchObject({
      status: 412,
      appended: false,
    });
    expect(
      await send(`${delegation}/findings`, finding('han-che-2'), await etagOf(delegation)),
    ).toMatchObject({ status: 201 });
  });

  it('obstacle: GET → If-Match its ETag → 200; after another change → 412', async () => {
    await app.command(
      `${delegation}/findings`,
      {
        id: 'vuong-mac-2',
        agencyId: ids.city,
        kind: 'obstacle',
        statement: 'Thiếu kinh phí số hóa hồ sơ',
        obstacleId: 'vm-kinh-phi',
        recordedOn: '2024-04-02',
      },
      201,
    );
    const obstacle = '/api/obstacles/vm-kinh-phi';
    const etag = await etagOf(obstacle);
    const assign = { agencyId: ids.province, competence: 'province', assignedOn: '2024-05-15' };
    expect(await send(`${obstacle}/assignment`, assign, etag)).toMatchObject({ status: 200 });
    expect(await send(`${obstacle}/assignment`, assign, etag)).toMatchObject({
      status: 412,
      appended: false,
    });
  });

  it('agency: GET → If-Match its ETag on a succession → 200; a stale one → 412', async () => {
    for (const id of ['huyen-cu', 'xa-moi'])
      await app.command('/api/agencies', { id, name: id, level: 'commune' }, 201);
    const etag = await etagOf('/api/agencies/huyen-cu');
    expect(etag).toBe('"0"');
    const succession = { successorId: 'xa-moi', effectiveOn: '2025-07-01', basis: 'NQ 1/2025' };
    expect(await send('/api/agencies/huyen-cu/succession', succession, '"1"')).toMatchObject({
      status: 412,
      appended: false,
    });
    expect(await send('/api/agencies/huyen-cu/succession', succession, etag)).toMatchObject({
      status: 200,
    });
    expect(await etagOf('/api/agencies/huyen-cu')).toBe('"1"');
  });

  it('a time-travel answer names the revision it shows', async () => {
    const res = await app.http().get(`${rec}?asOfDate=2024-06-01`).expect(200);
    expect(res.body.revision).toBe(0);
    expect(res.headers.etag).toBe('"0"');
  });
});
