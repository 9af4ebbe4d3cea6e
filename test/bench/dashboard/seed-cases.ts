import type { DomainEvent } from '@hdnd/domain';
import { EVENT_SCHEMA_VERSIONS } from '@hdnd/domain';
import { addDays, storyOf, type StoryStep } from '@hdnd/testing/recommendation-stories';
import { SqliteEventStore, type NewEvent } from '../../../libs/event-store/src';

/**
 * A province's follow-up over five years, as a log: 60 districts (each succeeded by a ward),
 * 30 departments and the province, 300 delegations each issuing its recommendations on the day
 * it concluded, and `count` recommendations living stories the domain's decider accepts
 * (answered on time or late, judged unsatisfactory, extended, done, closed, reopened, passed to
 * the ward), with an obstacle for every hundred. Random but the same every run (a fixed seed).
 */

const DISTRICTS = Array.from({ length: 60 }, (_, i) => `ubnd-huyen-${i}`);
const WARDS = DISTRICTS.map((_, i) => `ubnd-phuong-${i}`);
const DEPARTMENTS = Array.from({ length: 30 }, (_, i) => `so-${i}`);
export const PROVINCE = 'ubnd-tinh';
export const DELEGATIONS = Array.from({ length: 300 }, (_, i) => `dgs-${i}`);
/** A district with cases passed to its ward, and that ward: the agency filters the bench asks. */
export const BENCH_DISTRICT = DISTRICTS[0]!;
export const BENCH_WARD = WARDS[0]!;

const actor = { userId: 'bench', username: 'bench', role: 'secretariat' };
const newEvent = (event: DomainEvent, id: string): NewEvent => ({
  eventId: id,
  type: event.type,
  schemaVersion: EVENT_SCHEMA_VERSIONS[event.type],
  data: event.data,
  metadata: { actor, correlationId: id, causationId: id, command: 'BenchSeed' },
});

/** mulberry32: the same cases every run. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};

export const seedCases = async (file: string, count: number): Promise<bigint> => {
  const store = new SqliteEventStore({ file });
  const next = random(20_240_510);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const successorOf = (agencyId: string) => {
    const i = DISTRICTS.indexOf(agencyId);
    return i < 0 ? undefined : WARDS[i];
  };
  const agencies = [PROVINCE, ...DISTRICTS, ...WARDS, ...DEPARTMENTS];
  await Promise.all(
    agencies.map((agencyId) =>
      store.append(
        `agency-${agencyId}`,
        [
          newEvent(
            {
              type: 'AgencyRegistered',
              data: {
                agencyId,
                name: `Ủy ban ${agencyId}`,
                level: 'other',
                registeredOn: '2020-01-01',
              },
            },
            `a-${agencyId}`,
          ),
        ],
        { expectedRevision: 'no-stream' },
      ),
    ),
  );
  const concludedOn = (d: number) => addDays('2021-01-04', d * 6);
  for (let first = 0; first < count; first += 1000) {
    await Promise.all(
      Array.from({ length: Math.min(1000, count - first) }, (_, i) => {
        const n = first + i;
        const d = Math.floor(next() * DELEGATIONS.length);
        const roll = next();
        const agencyId =
          roll < 0.45
            ? pick(DISTRICTS)
            : roll < 0.55
              ? pick(WARDS)
              : roll < 0.85
                ? pick(DEPARTMENTS)
                : PROVINCE;
        const issuedOn = concludedOn(d);
        const steps: StoryStep[] = Array.from({ length: Math.floor(next() * 7) }, () => ({
          first: next() < 0.8 ? Math.floor(next() * 5) : Math.floor(next() * 9),
          gap: Math.floor(next() * 70),
          pick: Math.floor(next() * 12),
        }));
        const events = storyOf(
          {
            recommendationId: `kn-${n}`,
            delegationId: DELEGATIONS[d]!,
            findingId: `kq-${d}`,
            agencyId,
            issuedOn,
            responseDueOn: addDays(issuedOn, 30),
          },
          steps,
          successorOf,
        );
        return store.append(
          `recommendation-kn-${n}`,
          events.map((event, k) => newEvent(event, `r-${n}-${k}`)),
          { expectedRevision: 'no-stream' },
        );
      }),
    );
  }
  for (let n = 0; n < count / 100; n++) {
    const d = Math.floor(next() * DELEGATIONS.length);
    await store.append(
      `obstacle-kk-${n}`,
      [
        newEvent(
          {
            type: 'ObstacleRecorded',
            data: {
              obstacleId: `kk-${n}`,
              delegationId: DELEGATIONS[d]!,
              findingId: `kq-${d}`,
              sourceAgencyId: pick(DISTRICTS),
              statement: 'Vướng mắc về biên chế',
              recordedOn: concludedOn(d),
            },
          },
          `o-${n}`,
        ),
      ],
      { expectedRevision: 'no-stream' },
    );
  }
  const head = await store.headPosition();
  await store.close();
  return head;
};
