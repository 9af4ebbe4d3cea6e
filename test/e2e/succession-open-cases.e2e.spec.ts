import { ids, tayNinhRequests } from '@hdnd/testing';
import { EsdbEmulator } from '@hdnd/testing/esdb-emulator';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const ward = 'ubnd-phuong-tan-ninh';
const basis = 'Nghị quyết sắp xếp đơn vị hành chính cấp xã năm 2025 (dữ liệu mẫu)';

/**
 * A succession passes every open case of the abolished agency — recommendations, obstacles
 * assigned to it and obstacles it reported that nobody was assigned yet — and the record keeps
 * what belongs to the abolished agency: its lists, its scorecard, the deadlines it missed. The
 * answer's position covers every case passed on, on both logs.
 */
describe.each(['SQLite', 'EventStoreDB emulator'])('a succession on %s', (log) => {
  let app: HttpHarness;
  let emulator: EsdbEmulator | undefined;
  let unassigned: string;
  let cityOffice: Awaited<ReturnType<HttpHarness['account']>>;
  let wardOffice: Awaited<ReturnType<HttpHarness['account']>>;
  let answered: number;
  const post = (path: string, body: object, status = 200) => app.command(path, body, status);
  const issue = (id: string, addresseeAgencyId: string, responseDueOn = '2025-05-15') =>
    post(
      `/api/delegations/${ids.delegation}/recommendations`,
      {
        id,
        addresseeAgencyId,
        text: `Kiến nghị ${id} (dữ liệu mẫu)`,
        findingIds: [ids.indexFinding],
        issuedOn: '2025-04-15',
        responseDueOn,
      },
      201,
    );
  const register = (id: string, registeredOn: string) =>
    post(
      '/api/agencies',
      { id, name: `Ủy ban nhân dân ${id}`, level: 'commune', registeredOn },
      201,
    );

  beforeAll(async () => {
    if (log !== 'SQLite') emulator = await new EsdbEmulator().start(0);
    app = await startHttp(emulator ? { eventStoreUrl: emulator.connectionString } : {});
    for (const step of tayNinhRequests()) await post(step.path, step.body, step.status);
    // Missed on 2025-05-15, while the city still answered for it.
    await issue('kn-tp-1', ids.city);
    // Due after the merger: the ward answers for it on its due date.
    await issue('kn-tp-2', ids.city, '2025-08-15');
    // Closed before the merger: it stays with the city, until it is reopened.
    await issue('kn-tp-dong', ids.city, '2025-08-15');
    await post('/api/recommendations/kn-tp-dong/closure', {
      closedOn: '2025-06-02',
      outcome: 'not-implemented',
      assessment: 'Không thực hiện được (dữ liệu mẫu)',
    });
    // Reported by the city, not yet assigned to anyone: the city answers for it.
    const finding = await post(
      `/api/delegations/${ids.delegation}/findings`,
      {
        surveyId: ids.survey,
        agencyId: ids.city,
        kind: 'obstacle',
        statement: 'Thiếu máy quét để số hóa hồ sơ (dữ liệu mẫu)',
        recordedOn: '2024-04-02',
      },
      201,
    );
    unassigned = finding.obstacleId as string;
    cityOffice = await app.account({ username: 'vp.ubnd-tp', role: 'agency', agencyId: ids.city });
    await register(ward, '2025-06-16');
    wardOffice = await app.account({ username: 'vp.tan-ninh', role: 'agency', agencyId: ward });
    answered = (
      await post(`/api/agencies/${ids.city}/succession`, {
        successorId: ward,
        effectiveOn: '2025-07-01',
        basis,
      })
    ).position;
  });
  afterAll(async () => {
    await app?.close();
    await emulator?.stop();
  });

  it('passes an obstacle nobody was assigned yet: the city’s officer can no longer resolve it, the ward’s can', async () => {
    const path = `/api/obstacles/${unassigned}`;
    const view = (await app.http().get(`${path}?minPosition=${answered}`).expect(200)).body;
    expect(view).toMatchObject({ sourceAgencyId: ids.city, responsibleAgencyId: ward });
    const resolution = {
      resolvedOn: '2025-09-01',
      resolution: 'Đã trang bị máy quét (dữ liệu mẫu)',
    };
    const head = await app.head();
    const refused = await cityOffice.http().post(`${path}/resolution`).send(resolution);
    expect(refused.status).toBe(403);
    expect(await app.head()).toBe(head);
    await wardOffice.http().post(`${path}/resolution`).send(resolution).expect(200);
  });

  it('answers a position that already shows every case with the successor (read-your-writes)', async () => {
    // Three more mergers, each with cases enough that a position short of the last transfer
    // is seen: every read right after the answer must show the successor.
    for (const round of [1, 2, 3]) {
      const district = `ubnd-huyen-${round}`;
      const successor = `ubnd-xa-${round}`;
      await register(district, '2024-01-01');
      await register(successor, '2025-06-16');
      const cases = Array.from({ length: 8 }, (_, i) => `kn-huyen-${round}-${i}`);
      for (const id of cases) await issue(id, district, '2025-09-15');
      const { position } = await post(`/api/agencies/${district}/succession`, {
        successorId: successor,
        effectiveOn: '2025-07-01',
        basis,
      });
      const seen = await Promise.all(
        cases.map(
          async (id) =>
            (await app.http().get(`/api/recommendations/${id}?minPosition=${position}`).expect(200))
              .body.addressee.current as string,
        ),
      );
      expect(seen).toEqual(cases.map(() => successor));
    }
  });

  it('finds the abolished city’s cases by its id, and says which agency is original and which current', async () => {
    const list = (
      await app
        .http()
        .get(`/api/recommendations?agencyId=${ids.city}&minPosition=${answered}`)
        .expect(200)
    ).body;
    expect(list.total).toBe(3);
    expect(list.items.map((i: { id: string }) => i.id).sort()).toEqual([
      'kn-tp-1',
      'kn-tp-2',
      'kn-tp-dong',
    ]);
    for (const item of list.items.filter((i: { id: string }) => i.id !== 'kn-tp-dong'))
      expect(item.addressee).toEqual({ original: ids.city, current: ward });
    const obstacles = (
      await app
        .http()
        .get(`/api/obstacles?agencyId=${ids.city}&minPosition=${answered}`)
        .expect(200)
    ).body;
    expect(obstacles.items.find((o: { id: string }) => o.id === unassigned)).toMatchObject({
      sourceAgencyId: ids.city,
      answeringAgency: { original: ids.city, current: ward },
    });
    // The abolished city's own officer lists what the city answers for now: the case closed
    // before the merger (it stays behind), none of those passed on.
    const own = (await cityOffice.http().get('/api/recommendations').expect(200)).body;
    expect(own.items.map((i: { id: string }) => i.id)).toEqual(['kn-tp-dong']);
  });

  it('passes a case reopened after the merger to the successor at once, not to the abolished city', async () => {
    const rec = '/api/recommendations/kn-tp-dong';
    const { position } = await post(`${rec}/reopening`, {
      reason: 'Phát sinh vướng mắc mới (dữ liệu mẫu)',
      reopenedOn: '2025-09-01',
    });
    const view = (await app.http().get(`${rec}?minPosition=${position}`).expect(200)).body;
    expect(view.addressee).toEqual({ original: ids.city, current: ward });
    const response = { respondedOn: '2025-09-05', position: 'accepted', text: 'Tiếp thu' };
    await cityOffice.http().post(`${rec}/responses`).send(response).expect(403);
    await wardOffice.http().post(`${rec}/responses`).send(response).expect(201);
  });

  it('charges the deadline missed before the merger to the city, not to the ward registered later', async () => {
    await app.http().post('/api/admin/follow-up/sweep').expect(200);
    const events = (
      await app.auditor().get('/api/audit/streams/recommendation-kn-tp-1').expect(200)
    ).body.events as { type: string; data: { agencyId?: string; dueOn?: string } }[];
    expect(events.filter((e) => e.type === 'DeadlineMissed')).toEqual([
      expect.objectContaining({
        data: expect.objectContaining({ agencyId: ids.city, dueOn: '2025-05-15' }),
      }),
    ]);
    const later = (await app.auditor().get('/api/audit/streams/recommendation-kn-tp-2').expect(200))
      .body.events as { type: string; data: { agencyId?: string } }[];
    expect(later.filter((e) => e.type === 'DeadlineMissed').map((e) => e.data.agencyId)).toEqual([
      ward,
    ]);
  });

  it('shows on the city’s scorecard what it received and the deadline it missed; on the ward’s, only its own', async () => {
    const head = Number(await app.head());
    const city = (await app.http().get(`/api/agencies/${ids.city}?minPosition=${head}`).expect(200))
      .body.scorecard;
    const tanNinh = (await app.http().get(`/api/agencies/${ward}?minPosition=${head}`).expect(200))
      .body.scorecard;
    expect(city).toMatchObject({ received: 3, passedOn: 3, late: 2, open: 0 });
    expect(tanNinh).toMatchObject({ received: 0, passedIn: 3, late: 1, open: 3 });
  });
});
