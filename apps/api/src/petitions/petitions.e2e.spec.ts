import ExcelJS from 'exceljs';
import { ids, tayNinhRequests } from '@hdnd/testing';
import { binary, documentText } from '@hdnd/testing/docx-text';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const ROUND = 'kn-ct-ky-hop-19';
const round = {
  id: ROUND,
  title: 'Kiến nghị cử tri trước Kỳ họp thứ 19 (dữ liệu mẫu)',
  meeting: 'Kỳ họp thứ 19, HĐND tỉnh Tây Ninh khóa X',
  forwardedOn: '2024-06-10',
  answerDueOn: '2024-07-05',
};
const petitions = [
  {
    id: 'ct-duong-791',
    text: 'Sớm sửa chữa tuyến đường ĐT.791 đoạn qua xã Tân Bình (dữ liệu mẫu)',
    voters: 'Cử tri xã Tân Bình',
    agencyId: ids.province,
  },
  {
    id: 'ct-nuoc-sach',
    text: 'Đầu tư hệ thống nước sạch cho các ấp biên giới (dữ liệu mẫu)',
    voters: 'Tổ đại biểu huyện Tân Biên',
    agencyId: ids.province,
  },
  {
    id: 'ct-chieu-sang',
    text: 'Lắp đặt đèn chiếu sáng đường Cách Mạng Tháng Tám (dữ liệu mẫu)',
    voters: 'Cử tri phường 1',
    agencyId: ids.city,
  },
];
const itemOf = (petitionId: string) => `kn-ct.${ROUND}.${petitionId}`;

/** The table an office keeps of a round's petitions, as a workbook; the third row's agency is unknown. */
const petitionTable = async (): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Kiến nghị cử tri');
  sheet.addRow(['STT', 'Nội dung kiến nghị', 'Nơi/đơn vị cử tri', 'Cơ quan giải quyết']);
  sheet.addRow([
    1,
    'Nâng cấp trạm y tế xã Hòa Hiệp (dữ liệu mẫu)',
    'Cử tri xã Hòa Hiệp',
    // Typed without diacritics, in capitals: the directory still finds UBND tỉnh.
    'UY BAN NHAN DAN TINH TAY NINH',
  ]);
  sheet.addRow([
    2,
    'Bổ sung giáo viên mầm non cho các phường (dữ liệu mẫu)',
    'Tổ đại biểu thành phố Tây Ninh',
    'Ủy ban nhân dân thành phố Tây Ninh',
  ]);
  sheet.addRow([
    3,
    'Kiến nghị gửi cơ quan không có (dữ liệu mẫu)',
    'Cử tri phường 3',
    'Sở Không Có',
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

/**
 * Voters' petitions as a source of the follow-up register: a round forwarded before a session,
 * its petitions each an item addressed to its agency, answered many at a time, swept for the
 * deadline, and counted by agency in the table published for the session.
 */
describe('voters’ petitions feeding the follow-up register', () => {
  let app: HttpHarness;
  const now = new Date('2024-07-10T03:00:00.000Z');
  let agency: ReturnType<Awaited<ReturnType<HttpHarness['account']>>['http']>;

  beforeAll(async () => {
    app = await startHttp({ clock: { now: () => now } });
    for (const step of tayNinhRequests().filter(
      (s) => !s.path.endsWith('/responses') && !s.path.endsWith('/resolution'),
    ))
      await app.command(step.path, step.body, step.status);
    agency = (
      await app.account({ username: 'van-phong-ubnd', role: 'agency', agencyId: ids.province })
    ).http();
  }, 60_000);
  afterAll(() => app.close());

  const fresh = () => `minPosition=${app.lastPosition()}`;

  it('records a round and its petitions at once, each an item; sending them again records nothing', async () => {
    await app.command('/api/petition-rounds', round, 201);
    const recorded = await app
      .http()
      .post(`/api/petition-rounds/${ROUND}/petitions`)
      .send({ petitions })
      .expect(201);
    expect(recorded.body).toMatchObject({ id: ROUND, issued: '3' });
    const head = await app.head();
    const again = await app
      .http()
      .post(`/api/petition-rounds/${ROUND}/petitions`)
      .send({ petitions })
      .expect(201);
    expect(again.body).toMatchObject({ id: ROUND, issued: '0' });
    expect(await app.head()).toBe(head);
    const issued = await app
      .auditor()
      .get(`/api/audit/streams/recommendation-${itemOf('ct-chieu-sang')}`)
      .expect(200);
    expect(issued.body.events[0]).toMatchObject({
      type: 'RecommendationIssued',
      data: {
        source: { kind: 'voter-petitions', id: ROUND, partId: 'ct-chieu-sang' },
        addresseeAgencyId: ids.city,
        issuedOn: '2024-06-10',
        responseDueOn: '2024-07-05',
      },
    });
    const view = await app
      .http()
      .get(`/api/petition-rounds/${ROUND}?minPosition=${recorded.body.position}`)
      .expect(200);
    expect(view.body).toMatchObject({
      id: ROUND,
      meeting: round.meeting,
      supervisor: { body: 'standing-committee', level: 'province' },
      petitionCount: 3,
      petitions: petitions.map((p) => ({
        id: p.id,
        voters: p.voters,
        agency: { id: p.agencyId },
        recommendation: { id: itemOf(p.id), status: 'awaiting-response' },
      })),
    });
    const list = await app.http().get('/api/petition-rounds').expect(200);
    expect(list.body).toMatchObject({ total: 1, items: [{ id: ROUND, petitionCount: 3 }] });
  });

  it('lets an agency answer its own petitions in one sitting, each answer on its own', async () => {
    const head = await app.head();
    const sitting = await agency
      .post(`/api/petition-rounds/${ROUND}/answers`)
      .send({
        answers: [
          {
            petitionId: 'ct-duong-791',
            respondedOn: '2024-07-01',
            position: 'accepted',
            text: 'Đã bố trí vốn sửa chữa trong quý III (dữ liệu mẫu).',
          },
          {
            recommendationId: itemOf('ct-nuoc-sach'),
            respondedOn: '2024-07-08',
            position: 'partially-accepted',
            text: 'Sẽ đầu tư theo lộ trình đến năm 2026 (dữ liệu mẫu).',
          },
          {
            petitionId: 'ct-chieu-sang',
            respondedOn: '2024-07-01',
            position: 'accepted',
            text: 'Không phải của cơ quan này.',
          },
          {
            petitionId: 'khong-co',
            respondedOn: '2024-07-01',
            position: 'accepted',
            text: 'Không có kiến nghị này.',
          },
        ],
      })
      .expect(200);
    expect(sitting.body).toMatchObject({
      recorded: 2,
      refused: 2,
      rows: [
        { row: 1, petitionId: 'ct-duong-791', recorded: true },
        {
          row: 2,
          petitionId: 'ct-nuoc-sach',
          recommendationId: itemOf('ct-nuoc-sach'),
          recorded: true,
        },
        { row: 3, petitionId: 'ct-chieu-sang', recorded: false, code: 'forbidden' },
        { row: 4, petitionId: 'khong-co', recorded: false, code: 'not-found' },
      ],
    });
    expect(Number(await app.head())).toBe(Number(head) + 2);
    // The secretariat judges whether voters' concerns were met, as for any response.
    const responseId = sitting.body.rows[0].responseId as string;
    await app.command(
      `/api/recommendations/${itemOf('ct-duong-791')}/responses/${responseId}/assessment`,
      { assessedOn: '2024-07-09', verdict: 'satisfactory', note: 'Đáp ứng yêu cầu cử tri.' },
      200,
    );
  });

  it('marks the petition left unanswered as missed, and counts the table by agency', async () => {
    const swept = await app.http().post('/api/admin/follow-up/sweep').expect(200);
    expect(swept.body.recorded).toBeGreaterThanOrEqual(1);
    const events = await app
      .auditor()
      .get(`/api/audit/streams/recommendation-${itemOf('ct-chieu-sang')}`)
      .expect(200);
    expect((events.body.events as { type: string }[]).map((e) => e.type)).toEqual([
      'RecommendationIssued',
      'DeadlineMissed',
    ]);
    // Chased like any item: the Standing Committee's reminder to the agency that did not answer.
    const escalated = await app
      .http()
      .post(`/api/recommendations/${itemOf('ct-chieu-sang')}/escalation`)
      .send({ step: 'first-reminder', note: 'Văn bản đôn đốc trả lời kiến nghị cử tri' })
      .expect(200);
    const report = await app
      .http()
      .get(`/api/petition-rounds/${ROUND}/report?minPosition=${escalated.body.position}`)
      .expect(200);
    expect(report.body).toMatchObject({
      round: { id: ROUND, petitionCount: 3 },
      asOf: '2024-07-10',
      total: { received: 3, answeredOnTime: 1, answeredLate: 1, unanswered: 1, overdue: 1 },
    });
    const lines = report.body.agencies as { agency: { id: string } }[];
    expect(lines.find((l) => l.agency.id === ids.province)).toMatchObject({
      received: 2,
      answeredOnTime: 1,
      answeredLate: 1,
      unanswered: 0,
    });
    expect(lines.find((l) => l.agency.id === ids.city)).toMatchObject({
      received: 1,
      answeredOnTime: 0,
      answeredLate: 0,
      unanswered: 1,
      overdue: 1,
      notYetDue: 0,
    });
    const xlsx = await app
      .http()
      .get(`/api/petition-rounds/${ROUND}/report.xlsx`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const rows = workbook.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    const values = rows.map((r) => r.slice(1));
    expect(values).toContainEqual([1, 'Ủy ban nhân dân thành phố Tây Ninh', 1, 0, 0, 1, 1, 0]);
    expect(values.at(-1)).toEqual(['', 'Tổng cộng', 3, 1, 1, 1, 1, 0]);
  });

  it('puts the petitions in the tracker, filterable by their source, and in the session report', async () => {
    const tracked = await app
      .http()
      .get(`/api/recommendations?sourceKind=voter-petitions&${fresh()}`)
      .expect(200);
    expect(tracked.body.total).toBe(3);
    const item = await app
      .http()
      .get(`/api/recommendations/${itemOf('ct-chieu-sang')}`)
      .expect(200);
    expect(item.body).toMatchObject({
      delegationId: null,
      source: { kind: 'voter-petitions', id: ROUND, partId: 'ct-chieu-sang', title: round.title },
      supervisor: { body: 'standing-committee', level: 'province' },
      overdue: true,
    });
    const own = await agency.get('/api/recommendations?sourceKind=voter-petitions').expect(200);
    expect(own.body.total).toBe(2);
    const res = await app.http().get('/api/reports/session').buffer(true).parse(binary).expect(200);
    const text = documentText(res.body as Buffer);
    expect(text).toContain('Lắp đặt đèn chiếu sáng đường Cách Mạng Tháng Tám');
    expect(text).toContain('Tổng số kiến nghị: 4;');
  });

  it('imports a table of petitions: a dry run names the bad row, a run records the rest once', async () => {
    const table = await petitionTable();
    const head = await app.head();
    const dry = await app
      .http()
      .post(`/api/imports/petitions?roundId=${ROUND}`)
      .attach('file', table, 'kien-nghi-cu-tri.xlsx')
      .expect(200);
    expect(dry.body).toMatchObject({
      dryRun: true,
      format: 'xlsx',
      roundId: ROUND,
      rows: 3,
      valid: 2,
      alreadyRecorded: [],
      errors: [{ row: 4, column: 'Cơ quan giải quyết', code: 'import.agency-unknown' }],
    });
    expect(dry.body.errors[0].message).toContain('Không tìm thấy cơ quan "Sở Không Có"');
    expect(await app.head()).toBe(head);
    const run = await app
      .http()
      .post(`/api/imports/petitions?roundId=${ROUND}&dryRun=false`)
      .attach('file', table, 'kien-nghi-cu-tri.xlsx')
      .expect(201);
    expect(run.body).toMatchObject({
      dryRun: false,
      valid: 2,
      recorded: { petitions: 2, items: 2, events: 3 },
    });
    const afterRun = await app.head();
    const again = await app
      .http()
      .post(`/api/imports/petitions?roundId=${ROUND}&dryRun=false`)
      .attach('file', table, 'kien-nghi-cu-tri.xlsx')
      .expect(201);
    expect(again.body).toMatchObject({
      valid: 0,
      alreadyRecorded: [2, 3],
      recorded: { petitions: 0, items: 0, events: 0 },
    });
    expect(await app.head()).toBe(afterRun);
    const view = await app.http().get(`/api/petition-rounds/${ROUND}?${fresh()}`).expect(200);
    expect(view.body.petitionCount).toBe(5);
    expect(view.body.petitions[3]).toMatchObject({
      voters: 'Cử tri xã Hòa Hiệp',
      agency: { id: ids.province },
      recommendation: { status: 'awaiting-response', responseDueOn: '2024-07-05' },
    });
    const missing = await app
      .http()
      .post('/api/imports/petitions?roundId=khong-co')
      .attach('file', table, 'kien-nghi-cu-tri.xlsx')
      .expect(404);
    expect(missing.body.code).toBe('not-found');
  });

  it('refuses what breaks a rule as problem+json, appending nothing', async () => {
    const head = await app.head();
    const twice = await app.http().post('/api/petition-rounds').send(round).expect(409);
    expect(twice.body.code).toBe('petition-round.already-opened');
    const early = await app
      .http()
      .post('/api/petition-rounds')
      .send({ ...round, id: 'kn-ct-som', answerDueOn: '2024-06-01' })
      .expect(409);
    expect(early.body.code).toBe('petition-round.due-not-after-forwarding');
    const noRound = await app
      .http()
      .post('/api/petition-rounds/khong-co/petitions')
      .send({ petitions })
      .expect(404);
    expect(noRound.body.code).toBe('not-found');
    const unknownAgency = await app
      .http()
      .post(`/api/petition-rounds/${ROUND}/petitions`)
      .send({
        petitions: [
          { ...petitions[0], id: 'ct-moi' },
          { ...petitions[1], id: 'ct-moi-2', agencyId: 'khong-co' },
        ],
      })
      .expect(404);
    expect(unknownAgency.body.code).toBe('agency.not-registered');
    const changed = await app
      .http()
      .post(`/api/petition-rounds/${ROUND}/petitions`)
      .send({ petitions: [{ ...petitions[0], text: 'Nội dung khác' }] })
      .expect(409);
    expect(changed.body.code).toBe('petition.already-recorded');
    const noAnswers = await agency
      .post('/api/petition-rounds/khong-co/answers')
      .send({
        answers: [{ petitionId: 'x', respondedOn: '2024-07-01', position: 'accepted', text: 'x' }],
      })
      .expect(404);
    expect(noAnswers.body.code).toBe('not-found');
    const bad = await app
      .http()
      .post('/api/petition-rounds')
      .send({ id: 'kn-ct-thieu', title: 42 })
      .expect(400);
    expect((bad.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      'answerDueOn',
      'forwardedOn',
      'meeting',
      'title',
    ]);
    const badAnswer = await agency
      .post(`/api/petition-rounds/${ROUND}/answers`)
      .send({ answers: [{ respondedOn: 'hôm qua', position: 'maybe', text: 'x' }] })
      .expect(400);
    expect((badAnswer.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      'answers.0.petitionId',
      'answers.0.position',
      'answers.0.respondedOn',
    ]);
    expect(await app.head()).toBe(head);
  });

  it('is recorded by the secretariat; members and auditors read it; agencies answer only', async () => {
    const member = (
      await app.account({ username: 'dai-bieu', role: 'member', delegationIds: [ids.delegation] })
    ).http();
    await member.get(`/api/petition-rounds/${ROUND}`).expect(200);
    await member
      .post('/api/petition-rounds')
      .send({ ...round, id: 'kn-ct-2' })
      .expect(403);
    await app.auditor().get(`/api/petition-rounds/${ROUND}/report`).expect(200);
    await agency.get('/api/petition-rounds').expect(403);
    await agency.post(`/api/petition-rounds/${ROUND}/petitions`).send({ petitions }).expect(403);
  });
});
