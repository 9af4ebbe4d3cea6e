import type { DomainEvent, RecommendationEvent } from '@hdnd/domain';
import { recommendationIssued } from '@hdnd/testing/recorded-recommendation-issued';
import { logOf, recordedLog } from '@hdnd/testing/recorded-log';
import {
  fixedSource,
  openReadModelDatabase,
  type ReadModelDb,
} from '../database/read-model-database';
import { PROJECTIONS } from '../projections';
import { migrateCheckpoints } from '../runner/checkpoints';
import { recommendationsProjection } from '../recommendations/recommendations.projection';
import { buildReadModels } from '../verification/build-from-log';
import { DashboardQueries, type DashboardFilter } from './dashboard.queries';

const PROVINCE = 'ubnd-tinh-tay-ninh';
const CITY = 'ubnd-tp-tay-ninh';
const WARD = 'ubnd-phuong-tan-ninh';

const clockOn = (today: string) => ({ now: () => new Date(`${today}T03:00:00.000Z`) });

describe('the dashboard', () => {
  describe('over thirty recommendations issued the same day', () => {
    /** Recommendation n: every third to the city, the rest to the province; due 2024-06-01…05. */
    const issued = (n: number) =>
      recommendationIssued(n, {
        recommendationId: `kn-${n}`,
        addresseeAgencyId: n % 3 === 2 ? CITY : PROVINCE,
        text: `Kiến nghị số ${n}`,
        issuedOn: '2024-04-10',
        responseDueOn: `2024-06-0${1 + (n % 5)}`,
      });

    let db: ReadModelDb;
    beforeAll(async () => {
      db = openReadModelDatabase(':memory:');
      await migrateCheckpoints(db);
      for (const projection of PROJECTIONS) await projection.migrate(db);
      await db.transaction().execute(async (trx) => {
        for (let n = 0; n < 30; n++) await recommendationsProjection.apply(trx, issued(n));
      });
    });
    afterAll(() => db.destroy());

    it('counts each agency’s recommendations in its scorecard, and all of them in the totals', async () => {
      // 2024-06-03: those due on the 1st and 2nd are past due and unanswered.
      const dashboard = await new DashboardQueries(fixedSource(db), clockOn('2024-06-03')).get();
      expect(dashboard.recommendations).toMatchObject({
        total: 30,
        byStatus: { 'awaiting-response': 30, accepted: 0 },
        overdue: 12,
      });
      const byAgency = Object.fromEntries(dashboard.agencies.map((a) => [a.agencyId, a]));
      expect(byAgency[PROVINCE]).toMatchObject({ received: 20, late: 8, open: 20, overdue: 8 });
      expect(byAgency[CITY]).toMatchObject({ received: 10, late: 4, open: 10, overdue: 4 });
    });
  });

  describe('over cases of two delegations, one passed from the city to a ward', () => {
    const issue = (
      id: string,
      delegationId: string,
      agencyId: string,
      issuedOn: string,
      responseDueOn: string,
    ): RecommendationEvent => ({
      type: 'RecommendationIssued',
      data: {
        recommendationId: id,
        source: { kind: 'delegation', id: delegationId },
        addresseeAgencyId: agencyId,
        text: `Kiến nghị ${id}`,
        findingIds: ['kq-1'],
        issuedOn,
        responseDueOn,
        supervisionLaw: '87/2015/QH13',
      },
    });
    const respond = (id: string, agencyId: string, respondedOn: string): RecommendationEvent => ({
      type: 'ResponseRecorded',
      data: {
        recommendationId: id,
        responseId: `tl-${id}`,
        agencyId,
        respondedOn,
        position: 'accepted',
        text: 'Tiếp thu',
        commitments: [],
      },
    });
    const close = (id: string, closedOn: string): RecommendationEvent => ({
      type: 'RecommendationClosed',
      data: {
        recommendationId: id,
        closedOn,
        outcome: 'implemented',
        assessment: 'Đạt',
        supervisionLaw: '87/2015/QH13',
      },
    });
    const events: DomainEvent[] = [
      ...[
        [PROVINCE, 'Ủy ban nhân dân tỉnh Tây Ninh'],
        [CITY, 'Ủy ban nhân dân thành phố Tây Ninh'],
        [WARD, 'Ủy ban nhân dân phường Tân Ninh'],
      ].map(([agencyId, name]): DomainEvent => ({
        type: 'AgencyRegistered',
        data: { agencyId: agencyId!, name: name!, level: 'commune', registeredOn: '2024-01-01' },
      })),
      // Delegation A, January: the province answers on time, the case is closed in June.
      issue('kn-a1', 'dgs-a', PROVINCE, '2024-01-15', '2024-02-15'),
      respond('kn-a1', PROVINCE, '2024-02-10'),
      close('kn-a1', '2024-06-20'),
      // Delegation A, April: the city never answers; the ward takes the case over from 2024-05-20,
      // the day the response is due: that deadline falls to the ward.
      issue('kn-a2', 'dgs-a', CITY, '2024-04-20', '2024-05-20'),
      {
        type: 'RecommendationTransferred',
        data: {
          recommendationId: 'kn-a2',
          fromAgencyId: CITY,
          toAgencyId: WARD,
          effectiveOn: '2024-05-20',
          basis: 'Nghị quyết 1682/NQ-UBTVQH15',
        },
      },
      // Delegation B, April: the city answers late.
      issue('kn-b1', 'dgs-b', CITY, '2024-04-25', '2024-05-25'),
      respond('kn-b1', CITY, '2024-06-05'),
      {
        type: 'ObstacleRecorded',
        data: {
          obstacleId: 'kk-b1',
          delegationId: 'dgs-b',
          findingId: 'kq-1',
          sourceAgencyId: CITY,
          statement: 'Thiếu biên chế',
          recordedOn: '2024-04-25',
        },
      },
    ];
    const today = '2024-08-10';

    let db: ReadModelDb;
    beforeAll(async () => {
      db = openReadModelDatabase(':memory:');
      await buildReadModels(logOf(recordedLog(events)), db);
    });
    afterAll(() => db.destroy());
    const dashboard = (filter?: DashboardFilter) =>
      new DashboardQueries(fixedSource(db), clockOn(today)).get(filter);
    const card = async (filter: DashboardFilter | undefined, agencyId: string) =>
      (await dashboard(filter)).agencies.find((a) => a.agencyId === agencyId);

    it('shows every month from the first issue to today’s, a month with nothing in it as zeros', async () => {
      expect((await dashboard()).recommendations.byMonth).toEqual([
        { month: '2024-01', issued: 1, closed: 0, openAtEnd: 1 },
        { month: '2024-02', issued: 0, closed: 0, openAtEnd: 1 },
        { month: '2024-03', issued: 0, closed: 0, openAtEnd: 1 },
        { month: '2024-04', issued: 2, closed: 0, openAtEnd: 3 },
        { month: '2024-05', issued: 0, closed: 0, openAtEnd: 3 },
        { month: '2024-06', issued: 0, closed: 1, openAtEnd: 2 },
        { month: '2024-07', issued: 0, closed: 0, openAtEnd: 2 },
        { month: '2024-08', issued: 0, closed: 0, openAtEnd: 2 },
      ]);
    });

    it('charges a deadline due the day a succession takes effect to the successor', async () => {
      expect(await card(undefined, WARD)).toMatchObject({ passedIn: 1, late: 1, open: 1 });
      expect(await card(undefined, CITY)).toMatchObject({ received: 2, passedOn: 1, late: 1 });
    });

    it('narrows every figure to the delegation asked', async () => {
      const b = await dashboard({ delegationId: 'dgs-b' });
      expect(b.recommendations).toMatchObject({ total: 1, overdue: 0 });
      expect(b.recommendations.byStatus).toMatchObject({ accepted: 1, implemented: 0 });
      expect(b.recommendations.byMonth.map((m) => m.month)).toEqual([
        '2024-04',
        '2024-05',
        '2024-06',
        '2024-07',
        '2024-08',
      ]);
      expect(b.agencies).toEqual([
        expect.objectContaining({ agencyId: CITY, received: 1, respondedOnTime: 0, late: 1 }),
      ]);
      expect(b.obstacles).toEqual({ open: 1, resolved: 0, merged: 0 });
      expect((await dashboard({ delegationId: 'dgs-a' })).obstacles.open).toBe(0);
    });

    it('narrows every figure to what the agency asked was ever addressed, passed on or passed to it', async () => {
      const city = await dashboard({ agencyId: CITY });
      expect(city.recommendations.total).toBe(2);
      expect(city.agencies.map((a) => a.agencyId).sort()).toEqual([CITY, WARD].sort());
      const ward = await dashboard({ agencyId: WARD });
      expect(ward.recommendations).toMatchObject({ total: 1, overdue: 1 });
      expect(ward.agencies.find((a) => a.agencyId === CITY)).toMatchObject({
        received: 1,
        passedOn: 1,
        late: 0,
      });
      expect(ward.obstacles.open).toBe(0);
    });

    it('narrows every figure to the recommendations issued in the period asked', async () => {
      const april = await dashboard({ from: '2024-04-01', to: '2024-04-30' });
      expect(april.recommendations.total).toBe(2);
      expect(april.recommendations.byMonth[0]).toEqual({
        month: '2024-04',
        issued: 2,
        closed: 0,
        openAtEnd: 2,
      });
      expect(april.agencies.find((a) => a.agencyId === PROVINCE)).toBeUndefined();
      expect(april.obstacles.open).toBe(1);
      expect((await dashboard({ from: '2024-05-01' })).recommendations).toMatchObject({
        total: 0,
        overdue: 0,
        implementedShareOfDue: null,
        byMonth: [],
      });
    });
  });
});
