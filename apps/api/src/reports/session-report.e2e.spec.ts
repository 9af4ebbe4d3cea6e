import { AnnouncedCalendar } from '@hdnd/application';
import { ids, tayNinhRequests } from '@hdnd/testing';
import { binary, documentText, documentXml } from '@hdnd/testing/docx-text';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const LATE = 'kn-cham-tra-loi';
const OTHER = 'dgs-kien-nghi-cu-tri';

/** The business date a seed step happened on: the clock reads 10:00 in Vietnam that day. */
const dayOf = (body: Record<string, unknown>): string | undefined =>
  ['registeredOn', 'date', 'recordedOn', 'issuedOn', 'respondedOn', 'assignedOn', 'resolvedOn']
    .map((f) => body[f])
    .find((v): v is string => typeof v === 'string') ??
  (body.legalBasis as { issuedOn?: string } | undefined)?.issuedOn;

/**
 * Issue 18, item 3: the session report as a Word document, over the Tây Ninh case recorded on
 * the days it happened, plus a recommendation nobody answered.
 */
describe('GET /api/reports/session', () => {
  let app: HttpHarness;
  let now = new Date('2023-12-08T03:00:00.000Z');
  let establishedBy: { legalBasis: Record<string, unknown> } | undefined;

  beforeAll(async () => {
    app = await startHttp({ clock: { now: () => now } });
    for (const step of tayNinhRequests()) {
      const day = dayOf(step.body as Record<string, unknown>);
      if (day) now = new Date(`${day}T03:00:00.000Z`);
      await app.command(step.path, step.body, step.status);
      if (step.path.endsWith('/recommendations'))
        await app.command(
          step.path,
          {
            ...(step.body as object),
            id: LATE,
            text: 'Đề nghị UBND tỉnh báo cáo kết quả số hóa hồ sơ (dữ liệu mẫu)',
          },
          201,
        );
      if (step.path === '/api/delegations')
        establishedBy = step.body as { legalBasis: Record<string, unknown> };
    }
    // A second delegation of the same council, with one recommendation of its own, in 2025.
    now = new Date('2025-01-15T03:00:00.000Z');
    await app.command(
      '/api/delegations',
      {
        ...establishedBy,
        id: OTHER,
        title: 'Đoàn giám sát việc giải quyết kiến nghị cử tri (dữ liệu mẫu)',
        legalBasis: { ...establishedBy?.legalBasis, number: '140/NQ-HĐND' },
      },
      201,
    );
    await app.command(
      `/api/delegations/${OTHER}/findings`,
      {
        id: 'kq-khac',
        agencyId: ids.province,
        kind: 'limitation',
        statement: 'Trả lời kiến nghị cử tri còn chậm (dữ liệu mẫu)',
      },
      201,
    );
    await app.command(
      `/api/delegations/${OTHER}/recommendations`,
      {
        id: 'kn-khac',
        addresseeAgencyId: ids.province,
        text: 'Đề nghị UBND tỉnh trả lời kiến nghị cử tri đúng hạn (dữ liệu mẫu)',
        findingIds: ['kq-khac'],
        responseDueInWorkingDays: 30,
      },
      201,
    );
    now = new Date('2025-03-01T03:00:00.000Z');
  }, 60_000);
  afterAll(() => app.close());

  const report = (query: string, as = app.http()) =>
    as.get(`/api/reports/session${query}`).buffer(true).parse(binary);

  it('is a Word attachment headed as an administrative document, in Times New Roman', async () => {
    const res = await report(`?delegationId=${ids.delegation}&documentNumber=12/BC-HĐND`).expect(
      200,
    );
    expect(res.headers['content-type']).toContain(DOCX);
    expect(res.headers['content-disposition']).toContain(
      'attachment; filename="bao-cao-ket-qua-giam-sat-2025-03-01.docx"',
    );
    const text = documentText(res.body as Buffer);
    expect(text).toContain('HỘI ĐỒNG NHÂN DÂN TỈNH TÂY NINH');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(text).toContain('Số: 12/BC-HĐND');
    expect(text).toContain('Tây Ninh, ngày 01 tháng 3 năm 2025');
    expect(text).toContain('Báo cáo kết quả giám sát việc giải quyết kiến nghị sau giám sát');
    expect(text).toContain('(Nghị quyết số 135/NQ-HĐND ngày 08/12/2023)');
    const styles = documentXml(res.body as Buffer);
    expect(styles).not.toMatch(/w:ascii="(?!Times New Roman)/);
  });

  it('counts by status and agency, lists the overdue with working days, and every recommendation', async () => {
    const calendar = await app.get(AnnouncedCalendar).workingCalendar();
    const late = calendar.workingDaysBetween('2024-06-14', '2025-03-01');
    const seed = calendar.workingDaysBetween('2024-12-31', '2025-03-01');
    const text = documentText((await report('?from=2024-01-01&to=2024-12-31').expect(200)).body);
    expect(text).toContain('Kiến nghị ban hành từ ngày 01/01/2024 đến ngày 31/12/2024.');
    expect(text).toContain('Tổng số kiến nghị: 2; số kiến nghị quá hạn: 2');
    expect(text).toMatch(/Chờ trả lời\n1\n50,00%/);
    expect(text).toMatch(/Tiếp thu\n1\n50,00%/);
    expect(text).toMatch(/Ủy ban nhân dân tỉnh Tây Ninh\n2\n1\n2\n0/);
    expect(text).toContain(`14/06/2024\n${late}\n`);
    expect(text).toContain(`31/12/2024\n${seed}\n`);
    expect(text).toContain(`Quá hạn ${late} ngày làm việc`);
    expect(text).toContain('Ngày 10/06/2024: Tiếp thu');
    expect(text).toContain('Chưa có văn bản trả lời');
  });

  it('covers one delegation, or several named together', async () => {
    const one = documentText((await report(`?delegationId=${OTHER}`).expect(200)).body);
    expect(one).toContain('Tổng số kiến nghị: 1;');
    expect(one).toContain('UBND tỉnh trả lời kiến nghị cử tri đúng hạn');
    expect(one).toContain('Đoàn giám sát: Đoàn giám sát việc giải quyết kiến nghị cử tri');
    const both = documentText(
      (await report(`?delegationId=${ids.delegation}&delegationId=${OTHER}`).expect(200)).body,
    );
    expect(both).toContain('Tổng số kiến nghị: 3;');
    expect(both).toContain(
      'Các đoàn giám sát: Thành lập Đoàn giám sát chuyên đề của Hội đồng nhân dân tỉnh năm 2024 (Nghị quyết số 135/NQ-HĐND ngày 08/12/2023); Đoàn giám sát việc giải quyết kiến nghị cử tri (dữ liệu mẫu) (Nghị quyết số 140/NQ-HĐND ngày 08/12/2023).',
    );
  });

  it('gives the same document.xml, indeed the same file, for the same inputs', async () => {
    const query = `?asOf=2024-12-01&delegationId=${ids.delegation}`;
    const first = (await report(query).expect(200)).body as Buffer;
    const second = (await report(query).expect(200)).body as Buffer;
    expect(documentXml(first)).toEqual(documentXml(second));
    expect(first.equals(second)).toBe(true);
  });

  it('shows the record as it stood: before UBND tỉnh answered, the case awaits its response', async () => {
    const before = documentText((await report('?asOf=2024-06-05').expect(200)).body);
    expect(before).toContain('Số liệu theo hồ sơ ghi nhận đến hết ngày 05/06/2024.');
    // No delegation, no place in the default issuing body: the date line stands alone.
    expect(before).toContain('HỘI ĐỒNG NHÂN DÂN\n');
    expect(before).toContain('\nNgày 05 tháng 6 năm 2024\n');
    expect(before).toContain('Tổng số kiến nghị: 2; số kiến nghị quá hạn: 0');
    expect(before).not.toContain('Ngày 10/06/2024: Tiếp thu');
    expect(before).toMatch(/Chờ trả lời\n2\n100,00%/);
    const after = documentText((await report('?asOf=2024-06-20').expect(200)).body);
    expect(after).toContain('Ngày 10/06/2024: Tiếp thu');
    expect(after).toContain(`Quá hạn 4 ngày làm việc`);
  });

  it('refuses a bad query with 400 problem+json and a stable code', async () => {
    const cases: [string, string, string][] = [
      ['?from=2024-12-31&to=2024-01-01', 'to', 'notBefore'],
      ['?from=2024-02-30', 'from', 'isLocalDate'],
      ['?asOf=hom-qua', 'asOf', 'isInstantOrDate'],
      ['?delegationId=khong-co', 'delegationId', 'isKnown'],
      ['?delegationId=%20x', 'delegationId', 'matches'],
      [`?delegationId=${OTHER}&delegationId=khong-co`, 'delegationId', 'isKnown'],
      [`?${'delegationId=x&'.repeat(21)}`, 'delegationId', 'arrayMaxSize'],
      ['?date=2025-13-01', 'date', 'isLocalDate'],
    ];
    for (const [query, field, code] of cases) {
      const res = await app.http().get(`/api/reports/session${query}`).expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.headers['content-disposition']).toBeUndefined();
      expect(res.body).toMatchObject({ code: 'bad-input', errors: [{ field, code }] });
    }
  });

  it('is read by the council’s side, not by an agency', async () => {
    await report('', app.auditor()).expect(200);
    const agency = await app.account({
      username: 'can-bo-tinh',
      role: 'agency',
      agencyId: ids.province,
    });
    const res = await app.as(agency.token).get('/api/reports/session').expect(403);
    expect(res.body.code).toBe('forbidden');
  });
});
