import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const chair = { name: 'Nguyễn Văn A', position: 'Phó Chủ tịch HĐND thành phố' };
const d = '/api/delegations/gs-dn-2025';
const rec = '/api/recommendations/kn-giai-phong-mat-bang';
const obstacle = '/api/obstacles/vm-tai-dinh-cu';

/**
 * The two times of the record. A 2025 land-clearance supervision in Đà Nẵng,
 * entered in January 2026 from the paper file: recorded in 2026, it happened in 2025.
 * `asOfDate` answers "what was the state of the case on that date, as we know it now" (the
 * dates the events carry); `asRecordedAt` (formerly `asOf`) "what did the record say then".
 */
describe('two times in time travel, on a case entered after the fact', () => {
  let app: HttpHarness;
  let now = new Date('2026-01-10T03:00:00Z');

  beforeAll(async () => {
    app = await startHttp({ clock: { now: () => now } });
    for (const id of ['ubnd-tp-da-nang', 'ubnd-quan-hai-chau'])
      await app.command('/api/agencies', { id, name: id, level: 'district' }, 201);
    await app.command(
      '/api/delegations',
      {
        id: 'gs-dn-2025',
        title: 'Giám sát công tác giải phóng mặt bằng',
        topic: 'Giải phóng mặt bằng các dự án trọng điểm',
        legalBasis: { number: '12/NQ-HĐND', issuedOn: '2025-03-01', issuedBy: 'HĐND TP Đà Nẵng' },
        periodFrom: '2023-01-01',
        periodTo: '2024-12-31',
        chair,
        members: [],
      },
      201,
    );
    await app.command(
      `${d}/surveys`,
      {
        id: 'ks-hai-chau',
        date: '2025-03-20',
        agencyIds: ['ubnd-quan-hai-chau'],
        topics: ['Tái định cư'],
        chair,
        participants: ['UBND quận Hải Châu'],
      },
      201,
    );
    await app.command(
      `${d}/findings`,
      {
        id: 'ph-tai-dinh-cu',
        surveyId: 'ks-hai-chau',
        agencyId: 'ubnd-quan-hai-chau',
        kind: 'obstacle',
        statement: 'Thiếu quỹ đất tái định cư',
        obstacleId: 'vm-tai-dinh-cu',
        recordedOn: '2025-03-20',
      },
      201,
    );
    await app.command(
      `${d}/recommendations`,
      {
        id: 'kn-giai-phong-mat-bang',
        addresseeAgencyId: 'ubnd-tp-da-nang',
        text: 'Đề nghị UBND thành phố bố trí quỹ đất tái định cư',
        findingIds: ['ph-tai-dinh-cu'],
        issuedOn: '2025-04-15',
        responseDueOn: '2025-05-15',
      },
      201,
    );
    await app.command(
      `${obstacle}/assignment`,
      { agencyId: 'ubnd-tp-da-nang', competence: 'province', assignedOn: '2025-06-01' },
      200,
    );
    now = new Date('2026-01-12T03:00:00Z');
    await app.command(
      `${rec}/responses`,
      {
        id: 'tl-1',
        respondedOn: '2025-05-10',
        position: 'accepted',
        text: 'UBND thành phố tiếp thu',
        commitments: [],
      },
      201,
    );
    await app.command(
      `${obstacle}/resolution`,
      {
        resolvedOn: '2025-10-01',
        resolution: 'Đã bố trí quỹ đất',
        evidence: [{ title: 'Quyết định giao đất', reference: '55/QĐ-UBND' }],
      },
      200,
    );
    await app.command(
      `${d}/findings`,
      {
        id: 'ph-sau',
        agencyId: 'ubnd-quan-hai-chau',
        kind: 'limitation',
        statement: 'Chậm chi trả bồi thường',
        recordedOn: '2025-11-01',
      },
      201,
    );
    now = new Date('2026-02-01T03:00:00Z');
  });
  afterAll(() => app.close());

  const get = (path: string) => app.auditor().get(path);

  describe('asOfDate: the case on a business date, as known now', () => {
    it('shows the recommendation as it stood on 2025-09-10: issued, answered on 2025-05-10', async () => {
      const res = await get(`${rec}?asOfDate=2025-09-10`).expect(200);
      expect(res.body).toMatchObject({ id: 'kn-giai-phong-mat-bang', issuedOn: '2025-04-15' });
      expect(res.body.responses).toEqual([
        expect.objectContaining({ respondedOn: '2025-05-10', position: 'accepted' }),
      ]);
    });

    it('shows it awaiting its response, not yet overdue, on 2025-05-01', async () => {
      const res = await get(`${rec}?asOfDate=2025-05-01`).expect(200);
      expect(res.body).toMatchObject({
        responses: [],
        overdue: false,
        responseDueOn: '2025-05-15',
      });
    });

    it('answers 404 for a date before it was issued', async () => {
      const res = await get(`${rec}?asOfDate=2025-04-14`).expect(404);
      expect(res.body.detail).toContain('had not been issued on 2025-04-14');
    });

    it('shows the delegation with what had been found by then', async () => {
      const res = await get(`${d}?asOfDate=2025-09-10`).expect(200);
      expect(res.body.surveys.map((s: { id: string }) => s.id)).toEqual(['ks-hai-chau']);
      expect(res.body.findings.map((f: { id: string }) => f.id)).toEqual(['ph-tai-dinh-cu']);
      const today = (await get(d).expect(200)).body;
      expect(today.findings.map((f: { id: string }) => f.id)).toEqual(['ph-tai-dinh-cu', 'ph-sau']);
    });

    it('shows the obstacle assigned on 2025-09-10 and resolved on 2025-10-01', async () => {
      expect((await get(`${obstacle}?asOfDate=2025-09-10`).expect(200)).body).toMatchObject({
        status: 'assigned',
        responsibleAgencyId: 'ubnd-tp-da-nang',
        resolution: null,
      });
      expect((await get(`${obstacle}?asOfDate=2025-10-01`).expect(200)).body).toMatchObject({
        status: 'resolved',
        resolution: expect.objectContaining({ resolvedOn: '2025-10-01' }),
      });
    });
  });

  describe('asRecordedAt: what the record said at an instant', () => {
    it('answers 404 before the case was entered, saying so', async () => {
      for (const path of [`${rec}?asRecordedAt=2025-09-10`, `${rec}?asOf=2025-09-10`]) {
        const res = await get(path).expect(404);
        expect(res.body.detail).toMatch(/had not been issued as (of|recorded at) 2025-09-10/);
      }
      for (const [path, began] of [
        [`${d}?asRecordedAt=2025-12-31T23:59:59Z`, 'established'],
        [`${obstacle}?asRecordedAt=2025-12-31T23:59:59Z`, 'recorded'],
      ] as const) {
        const res = await get(path).expect(404);
        expect(res.body.detail).toContain(`had not been ${began} as recorded at`);
      }
    });

    it('shows what had been entered by 2026-01-11: issued, no response yet', async () => {
      const res = await get(`${rec}?asRecordedAt=2026-01-11`).expect(200);
      expect(res.body.responses).toEqual([]);
      const obstacleThen = await get(`${obstacle}?asRecordedAt=2026-01-11`).expect(200);
      expect(obstacleThen.body).toMatchObject({ status: 'assigned' });
    });

    it('combines with asOfDate: what the record said on 2026-01-11 about 2025-09-10', async () => {
      const res = await get(`${rec}?asRecordedAt=2026-01-11&asOfDate=2025-09-10`).expect(200);
      expect(res.body.responses).toEqual([]);
    });

    it('refuses asOf and asRecordedAt together', async () => {
      const res = await get(`${rec}?asOf=2026-01-11&asRecordedAt=2026-01-11`).expect(400);
      expect(res.body.errors).toEqual([
        { field: 'asOf', code: 'notWith', message: expect.any(String), other: 'asRecordedAt' },
      ]);
    });

    it('refuses a business date that is not YYYY-MM-DD', async () => {
      for (const path of [rec, d, obstacle]) {
        const res = await get(`${path}?asOfDate=2025-09-10T00:00:00Z`).expect(400);
        expect(res.body.errors).toEqual([
          { field: 'asOfDate', code: 'isLocalDate', message: expect.any(String) },
        ]);
      }
    });
  });
});
