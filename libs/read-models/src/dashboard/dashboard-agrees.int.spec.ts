import fc from 'fast-check';
import type { DomainEvent, ObstacleEvent } from '@hdnd/domain';
import { logOf, recordedLog } from '@hdnd/testing/recorded-log';
import {
  addDays,
  storyOf,
  STORY_KINDS,
  type StoryStep,
} from '@hdnd/testing/recommendation-stories';
import {
  openReadModelDatabase,
  fixedSource,
  type ReadModelDb,
} from '../database/read-model-database';
import { buildReadModels } from '../verification/build-from-log';
import { agencyScorecard, EMPTY_SCORECARD } from '../agencies/agency-scorecard';
import { RecommendationQueries } from '../recommendations/recommendations.queries';
import {
  recommendationsProjection,
  SOURCE_EVENTS,
} from '../recommendations/recommendations.projection';
import { DashboardQueries, type Dashboard, type DashboardFilter } from './dashboard.queries';
import { dashboardInProcess } from './dashboard-in-process';

/**
 * The SQL dashboard against the in-process tally it replaced (`scorecardsOf` for the cards), on
 * generated cases: recommendations of two delegations to a province, two districts and a ward,
 * each living a story the domain's decider accepts (answered on time or late, judged
 * unsatisfactory, deadlines extended, done, closed, reopened, passed from a district to its
 * ward), obstacles beside them, any day, any filter.
 */

const PROVINCE = 'ubnd-tinh';
const DISTRICTS = ['ubnd-huyen-a', 'ubnd-huyen-b'];
const WARDS = ['ubnd-phuong-a', 'ubnd-phuong-b'];
const AGENCIES = [PROVINCE, ...DISTRICTS, WARDS[0]!];
const NAMES: Record<string, string> = {
  [PROVINCE]: 'Ủy ban nhân dân tỉnh',
  [DISTRICTS[0]!]: 'Ủy ban nhân dân huyện Ân Thi',
  [DISTRICTS[1]!]: 'UBND huyện Bến Cầu',
  [WARDS[0]!]: 'Ủy ban nhân dân phường An Tịnh',
  [WARDS[1]!]: 'UBND phường Bình Minh',
};
/** Each district is succeeded by its ward (once: an agency is succeeded only once). */
const successorOf = (agencyId: string) => {
  const i = DISTRICTS.indexOf(agencyId);
  return i < 0 ? undefined : WARDS[i];
};
const DELEGATIONS = ['dgs-a', 'dgs-b'];
const FIRST_DAY = '2024-01-01';
const day = (n: number) => addDays(FIRST_DAY, n);

/** What an arbitrary generates. */
type Generated<A> = A extends fc.Arbitrary<infer T> ? T : never;

const step = fc.record({
  // The steps of a case's life first more often than escalations and successions.
  first: fc.oneof(
    { weight: 6, arbitrary: fc.nat(5) },
    { weight: 2, arbitrary: fc.nat(8) },
    { weight: 1, arbitrary: fc.constant(STORY_KINDS.indexOf('transfer')) },
  ),
  gap: fc.integer({ min: 0, max: 60 }),
  pick: fc.nat(11),
});

const recommendation = fc.record({
  delegation: fc.constantFrom(...DELEGATIONS),
  agencyId: fc.constantFrom(...AGENCIES),
  issuedOn: fc.nat(540).map(day),
  dueIn: fc.integer({ min: 10, max: 60 }),
  steps: fc.array(step, { maxLength: 14 }),
});

const obstacle = fc.record({
  delegation: fc.constantFrom(...DELEGATIONS),
  agencyId: fc.constantFrom(...AGENCIES),
  recordedOn: fc.nat(540).map(day),
  then: fc.constantFrom('none', 'assigned', 'resolved', 'merged', 'transferred'),
});

const filterBy = {
  delegationId: fc.constantFrom(...DELEGATIONS, 'dgs-none'),
  // The wards most: what a successor was passed is found through the handovers.
  agencyId: fc.constantFrom(...AGENCIES, ...WARDS, ...WARDS),
  from: fc.nat(540).map(day),
  to: fc.nat(540).map(day),
};
/** Each filter alone as often as any mixture of them, and none. */
const filter: fc.Arbitrary<DashboardFilter> = fc.oneof(
  fc.record(filterBy, { requiredKeys: [] }),
  fc.record({ delegationId: filterBy.delegationId }),
  fc.record({ agencyId: filterBy.agencyId }),
  fc.record({ from: filterBy.from, to: filterBy.to }),
);

type Case = {
  recommendations: Generated<typeof recommendation>[];
  obstacles: Generated<typeof obstacle>[];
};

const cases = fc.record({
  recommendations: fc.array(recommendation, { minLength: 1, maxLength: 25 }),
  obstacles: fc.array(obstacle, { maxLength: 6 }),
});

/** Every event of the cases, in the order a log would hold them (agencies first). */
const eventsOf = (c: Case): DomainEvent[] => [
  ...Object.entries(NAMES).map(([agencyId, name]): DomainEvent => ({
    type: 'AgencyRegistered',
    data: { agencyId, name, level: 'commune', registeredOn: FIRST_DAY },
  })),
  ...c.recommendations.flatMap((r, i) =>
    storyOf(
      {
        recommendationId: `kn-${i}`,
        delegationId: r.delegation,
        findingId: 'kq-1',
        agencyId: r.agencyId,
        issuedOn: r.issuedOn,
        responseDueOn: addDays(r.issuedOn, r.dueIn),
      },
      r.steps as StoryStep[],
      successorOf,
    ),
  ),
  ...c.obstacles.flatMap((o, i) => obstacleEvents(o, `kk-${i}`)),
];

const obstacleEvents = (o: Generated<typeof obstacle>, obstacleId: string): ObstacleEvent[] => {
  const recorded: ObstacleEvent = {
    type: 'ObstacleRecorded',
    data: {
      obstacleId,
      delegationId: o.delegation,
      findingId: 'kq-1',
      sourceAgencyId: o.agencyId,
      statement: 'Vướng mắc',
      recordedOn: o.recordedOn,
    },
  };
  const on = addDays(o.recordedOn, 10);
  const successor = successorOf(o.agencyId);
  switch (o.then) {
    case 'assigned':
      return [
        recorded,
        {
          type: 'ObstacleAssigned',
          data: { obstacleId, agencyId: PROVINCE, competence: 'province', assignedOn: on },
        },
      ];
    case 'resolved':
      return [
        recorded,
        {
          type: 'ObstacleResolved',
          data: { obstacleId, resolvedOn: on, resolution: 'Đã gỡ', evidence: [] },
        },
      ];
    case 'merged':
      return obstacleId === 'kk-0'
        ? [recorded]
        : [
            recorded,
            { type: 'ObstacleMerged', data: { obstacleId, intoObstacleId: 'kk-0', mergedOn: on } },
          ];
    case 'transferred':
      return successor === undefined
        ? [recorded]
        : [
            recorded,
            {
              type: 'ObstacleTransferred',
              data: {
                obstacleId,
                fromAgencyId: o.agencyId,
                toAgencyId: successor,
                effectiveOn: on,
                basis: 'NQ 1682',
              },
            },
          ];
    default:
      return [recorded];
  }
};

const built: ReadModelDb[] = [];
const readModelOf = async (events: readonly DomainEvent[]): Promise<ReadModelDb> => {
  const db = openReadModelDatabase(':memory:');
  built.push(db);
  await buildReadModels(logOf(recordedLog(events)), db);
  return db;
};
afterEach(async () => {
  for (const db of built.splice(0)) await db.destroy();
});

const clockOn = (today: string) => ({ now: () => new Date(`${today}T05:00:00.000Z`) });
const sqlDashboard = (db: ReadModelDb, today: string, f: DashboardFilter = {}) =>
  new DashboardQueries(fixedSource(db), clockOn(today)).get(f);

const RUNS = Number(process.env.PROPERTY_RUNS ?? 60);
const runs = {
  numRuns: RUNS,
  ...(process.env.FUZZ_SEED && { seed: Number(process.env.FUZZ_SEED) }),
};
const today = fc.nat(900).map(day);

describe('the dashboard’s SQL figures', () => {
  it('are the in-process tally’s, every one, whatever the cases, the day and the filter (fast-check)', async () => {
    const seen = new Set<string>();
    let dueOnAHandover = 0;
    let bySuccessor = 0;
    await fc.assert(
      fc.asyncProperty(cases, today, filter, async (c, on, f) => {
        const events = eventsOf(c);
        for (const e of events) seen.add(e.type);
        const db = await readModelOf(events);
        expect(await sqlDashboard(db, on, f)).toEqual(await dashboardInProcess(db, on, f));
        // The cases where a charge could go astray: a deadline due the day a succession took
        // effect, and a filter by an agency that was passed cases.
        const handovers = await db.selectFrom('case_handovers').selectAll().execute();
        const deadlines = await db.selectFrom('response_deadlines').selectAll().execute();
        if (
          deadlines.some((d) =>
            handovers.some((h) => h.case_id === d.recommendation_id && h.effective_on === d.due_on),
          )
        )
          dueOnAHandover += 1;
        if (handovers.some((h) => h.to_agency_id === f.agencyId)) bySuccessor += 1;
      }),
      runs,
    );
    expect({ dueOnAHandover, bySuccessor }).toEqual({
      dueOnAHandover: expect.any(Number),
      bySuccessor: expect.any(Number),
    });
    expect(Math.min(dueOnAHandover, bySuccessor)).toBeGreaterThan(0);
    // Said of cases that never met a handover, a new deadline or a reopening, it would say little.
    // (Follow-up events and the sources' own move no figure.)
    const movesNoFigure = new Set(['ReminderIssued', 'DeadlineMissed', ...SOURCE_EVENTS]);
    expect(
      [...recommendationsProjection.handles].filter(
        (type) => !seen.has(type) && !movesNoFigure.has(type),
      ),
    ).toEqual([]);
  }, 120_000);

  it('under a filter, are what a read model holding only the cases it selects gives unfiltered (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(cases, today, filter, async (c, on, f) => {
        const everyEvent = eventsOf(c);
        const db = await readModelOf(everyEvent);
        const stories = everyEvent.filter(
          (e) => e.type !== 'AgencyRegistered' && 'recommendationId' in e.data,
        );
        const selected = new Set(
          c.recommendations.flatMap((r, i) => {
            const id = `kn-${i}`;
            // Ever addressed: the original addressee and each agency the case was passed to.
            const holders = [
              r.agencyId,
              ...stories.flatMap((e) =>
                e.type === 'RecommendationTransferred' && e.data.recommendationId === id
                  ? [e.data.toAgencyId]
                  : [],
              ),
            ];
            return (f.delegationId === undefined || r.delegation === f.delegationId) &&
              (f.from === undefined || r.issuedOn >= f.from) &&
              (f.to === undefined || r.issuedOn <= f.to) &&
              (f.agencyId === undefined || holders.includes(f.agencyId))
              ? [id]
              : [];
          }),
        );
        const only = await readModelOf(
          everyEvent.filter(
            (e) =>
              e.type === 'AgencyRegistered' ||
              ('recommendationId' in e.data && selected.has(e.data.recommendationId)),
          ),
        );
        const withoutObstacles = ({ obstacles: _, ...rest }: Dashboard) => rest;
        expect(withoutObstacles(await sqlDashboard(db, on, f))).toEqual(
          withoutObstacles(await sqlDashboard(only, on)),
        );
      }),
      { ...runs, numRuns: Math.ceil(RUNS / 2) },
    );
  }, 120_000);

  it('give each agency, filtered by it, the scorecard its own page shows (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(cases, today, async (c, on) => {
        const db = await readModelOf(eventsOf(c));
        for (const agencyId of [...AGENCIES, WARDS[1]!]) {
          const card = (await sqlDashboard(db, on, { agencyId })).agencies.find(
            (a) => a.agencyId === agencyId,
          );
          // An agency never addressed is on no card of the dashboard, and has an empty one.
          const {
            agencyId: _,
            name: __,
            overdue: ___,
            ...scorecard
          } = card ?? {
            agencyId,
            name: '',
            overdue: 0,
            ...EMPTY_SCORECARD,
          };
          expect({ agencyId, ...scorecard }).toEqual({
            agencyId,
            ...(await agencyScorecard(db, clockOn(on), agencyId)),
          });
        }
      }),
      { ...runs, numRuns: Math.ceil(RUNS / 3) },
    );
  }, 120_000);

  it('count as overdue what the tracker lists as overdue, by delegation and agency (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(
        cases,
        today,
        fc.record(
          { delegationId: fc.constantFrom(...DELEGATIONS), agencyId: fc.constantFrom(...AGENCIES) },
          { requiredKeys: [] },
        ),
        async (c, on, f) => {
          const db = await readModelOf(eventsOf(c));
          const listed = await new RecommendationQueries(fixedSource(db), clockOn(on)).list({
            ...f,
            overdue: true,
            pageSize: 1,
          });
          expect((await sqlDashboard(db, on, f)).recommendations.overdue).toBe(listed.total);
        },
      ),
      { ...runs, numRuns: Math.ceil(RUNS / 3) },
    );
  }, 120_000);
});
