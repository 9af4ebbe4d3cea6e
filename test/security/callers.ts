import { ids, tayNinhPeople, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

/** Everyone who may knock: each role, and the bindings that decide ownership. */
export const CALLERS = [
  'anonymous',
  'admin',
  'secretariat',
  'member',
  'member-elsewhere',
  'agency-own',
  'agency-other',
  'auditor',
] as const;
export type Caller = (typeof CALLERS)[number];

type Agent = ReturnType<HttpHarness['http']>;

/**
 * The Tây Ninh case loaded over HTTP, and a client per caller: `agency-own` answers for UBND
 * tỉnh (the recommendation's addressee), `agency-other` for UBND phường 1; `member` belongs
 * to the delegation, `member-elsewhere` to none of this case's.
 */
export const startWithCallers = async (options?: Parameters<typeof startHttp>[0]) => {
  // The matrix runs the deadline sweep, which can miss a deadline that `wh-tinh` listens for;
  // its delivery to a TEST-NET address must not give up (and append WebhookDeliveryFailed)
  // while a later cell is counting what was appended.
  const app = await startHttp({ webhooks: { backoffMs: 3_600_000 }, ...options });
  for (const step of tayNinhRequests()) await app.command(step.path, step.body, step.status);
  const agencyOwn = await app.account(tayNinhPeople.agency);
  const agencyOther = await app.account({
    username: 'vp.ubnd-phuong-1',
    role: 'agency',
    agencyId: ids.ward1,
  });
  const member = await app.account({
    username: 'dai-bieu',
    role: 'member',
    delegationIds: [ids.delegation],
  });
  // Another delegation, established, since a member can be bound only to one that exists.
  const [establish] = tayNinhRequests().filter((step) => step.path === '/api/delegations');
  await app.command(
    '/api/delegations',
    { ...establish!.body, id: 'doan-giam-sat-khac', title: 'Đoàn giám sát khác (dữ liệu mẫu)' },
    201,
  );
  const memberElsewhere = await app.account({
    username: 'dai-bieu-khac',
    role: 'member',
    delegationIds: ['doan-giam-sat-khac'],
  });
  const spare = await app.account({ username: 'tai-khoan-phu', role: 'auditor' });
  // UBND tỉnh's webhook, for the routes that name one.
  await agencyOwn
    .http()
    .post('/api/webhooks')
    .send({ id: 'wh-tinh', url: 'https://203.0.113.10/hook', eventTypes: ['DeadlineMissed'] })
    .expect(201);
  const clients: Record<Caller, () => Agent> = {
    anonymous: () => app.anonymous(),
    admin: () => app.admin(),
    secretariat: () => app.http(),
    member: member.http,
    'member-elsewhere': memberElsewhere.http,
    'agency-own': agencyOwn.http,
    'agency-other': agencyOther.http,
    auditor: () => app.auditor(),
  };
  return { app, clients, spareUserId: spare.id };
};
