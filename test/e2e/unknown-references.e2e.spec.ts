import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

/**
 * A body that names something the log does not hold is a 404 with its code; one that names the
 * same thing twice, or leaves a required text blank, is refused by its rule. Either way nothing
 * is appended.
 */
describe('unknown and repeated references, blank texts, over HTTP', () => {
  let app: HttpHarness;

  beforeAll(async () => {
    app = await startHttp();
    for (const step of tayNinhRequests()) await app.command(step.path, step.body, step.status);
  });
  afterAll(() => app.close());

  const refused = async (
    send: () => PromiseLike<{ status: number; body: unknown; headers: Record<string, string> }>,
    status: number,
    code: string,
  ) => {
    const head = await app.head();
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status, code });
    expect(await app.head()).toBe(head);
  };

  it('refuses an agency under a parent that is not registered: 404', () =>
    refused(
      () =>
        app
          .http()
          .post('/api/agencies')
          .send({ name: 'UBND xã mẫu', level: 'commune', parentId: 'nope' }),
      404,
      'agency.parent-unknown',
    ));

  it('refuses a member bound to a delegation never established: 404', () =>
    refused(
      () =>
        app
          .admin()
          .post('/api/users')
          .send({
            username: 'tv.nope',
            displayName: 'Thành viên',
            password: 'mat-khau-thu-nghiem-2024',
            role: 'member',
            delegationIds: ['nope-deleg'],
          }),
      404,
      'user.delegation-unknown',
    ));

  it('refuses an agency user bound to an agency that is not registered: 404', () =>
    refused(
      () =>
        app.admin().post('/api/users').send({
          username: 'vp.nope',
          displayName: 'Văn phòng',
          password: 'mat-khau-thu-nghiem-2024',
          role: 'agency',
          agencyId: 'nope',
        }),
      404,
      'user.agency-unknown',
    ));

  it('refuses a member bound to the same delegation twice', () =>
    refused(
      () =>
        app
          .admin()
          .post('/api/users')
          .send({
            username: 'tv.twice',
            displayName: 'Thành viên',
            password: 'mat-khau-thu-nghiem-2024',
            role: 'member',
            delegationIds: [ids.delegation, ids.delegation],
          }),
      409,
      'user.delegations-repeated',
    ));

  it('refuses a recommendation citing the same finding twice', () =>
    refused(
      () =>
        app
          .http()
          .post(`/api/delegations/${ids.delegation}/recommendations`)
          .send({
            addresseeAgencyId: ids.province,
            text: 'Kiến nghị mẫu',
            findingIds: [ids.indexFinding, ids.indexFinding],
            issuedOn: '2024-05-15',
            responseDueOn: '2024-06-14',
          }),
      409,
      'recommendation.findings-repeated',
    ));

  it('refuses an escalation with a blank note', () =>
    refused(
      () =>
        app
          .http()
          .post(`/api/recommendations/${ids.recommendation}/escalation`)
          .send({ step: 'first-reminder', note: '   ' }),
      409,
      'escalation.note-required',
    ));
});
