import type { DomainEvent } from '@hdnd/domain';
import { EVENT_SCHEMA_VERSIONS } from '@hdnd/domain';
import {
  addDays,
  storyOf,
  STORY_KINDS,
  type StoryStep,
} from '@hdnd/testing/recommendation-stories';
import { SqliteEventStore, type NewEvent } from '../../../libs/event-store/src';

/**
 * A province's follow-up over five years, as a log: 60 districts (each succeeded by a ward),
 * 30 departments and the province, 300 delegations each issuing its recommendations on the day
 * it concluded, and `count` recommendations each living a plausible life (`lifeOf`) as the
 * domain's decider records it, with an obstacle for every hundred. Random but the same every run
 * (a fixed seed).
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

const SUCCESSION_DAY = '2025-07-01';
const kind = (k: (typeof STORY_KINDS)[number]) => STORY_KINDS.indexOf(k);

/**
 * A plausible life, as dated steps: most answered (about two in three by the due date), some
 * judged unsatisfactory and answered again, some extended or escalated, many carried out and
 * closed, a few reopened; a district's case still open on 2025-07-01 passes to its ward then.
 */
const lifeOf = (
  issuedOn: string,
  agencyId: string,
  between: (min: number, max: number) => number,
  chance: (p: number) => boolean,
  pick: <T>(items: readonly T[]) => T,
): StoryStep[] => {
  const steps: { kind: number; on: string; pick: number }[] = [];
  let on = issuedOn;
  const then = (k: number, min: number, max: number, choice: number) => {
    on = addDays(on, between(min, max));
    steps.push({ kind: k, on, pick: choice });
  };
  if (chance(0.1)) then(kind('extend'), 5, 20, 0);
  if (chance(0.85)) {
    // accepted with a commitment, partially accepted, or (one in ten) rejected.
    then(kind('respond'), 5, 45, chance(0.1) ? 2 : pick([0, 0, 0, 3, 4, 7]));
    if (chance(0.7)) {
      const unsatisfactory = chance(0.2);
      then(kind('assess'), 5, 20, unsatisfactory ? 1 : 0);
      if (unsatisfactory) then(kind('respond'), 10, 40, 0);
    }
    if (chance(0.5)) then(kind('progress'), 30, 120, between(1, 11));
    if (chance(0.5)) {
      then(kind('complete'), 60, 400, 0);
      if (chance(0.85)) {
        then(kind('close'), 10, 60, chance(0.7) ? 0 : 1);
        if (chance(0.03)) {
          then(kind('reopen'), 30, 90, 0);
          then(kind('complete'), 30, 120, 0);
          then(kind('close'), 10, 60, 0);
        }
      }
    } else if (chance(0.15)) then(kind('close'), 200, 600, 2);
  } else if (chance(0.3)) then(kind('escalate'), 40, 90, between(0, 6));
  if (agencyId.startsWith('ubnd-huyen-') && issuedOn < SUCCESSION_DAY)
    steps.push({ kind: kind('transfer'), on: SUCCESSION_DAY, pick: 0 });
  steps.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  let previous = issuedOn;
  return steps.map((step) => {
    const gap = Math.round((Date.parse(step.on) - Date.parse(previous)) / 86_400_000);
    previous = step.on;
    return { first: step.kind, gap, pick: step.pick };
  });
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
  const between = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const chance = (p: number) => next() < p;
  for (let first = 0; first < count; first += 1000) {
    await Promise.all(
      Array.from({ length: Math.min(1000, count - first) }, (_, i) => {
        const n = first + i;
        const d = Math.floor(next() * DELEGATIONS.length);
        const issuedOn = concludedOn(d);
        const roll = next();
        // The districts were abolished on 2025-07-01: later cases go to their wards.
        const district = pick(DISTRICTS);
        const agencyId =
          roll < 0.45
            ? issuedOn < SUCCESSION_DAY
              ? district
              : successorOf(district)!
            : roll < 0.55
              ? pick(WARDS)
              : roll < 0.85
                ? pick(DEPARTMENTS)
                : PROVINCE;
        const events = storyOf(
          {
            recommendationId: `kn-${n}`,
            delegationId: DELEGATIONS[d]!,
            findingId: `kq-${d}`,
            agencyId,
            issuedOn,
            responseDueOn: addDays(issuedOn, 30),
          },
          lifeOf(issuedOn, agencyId, between, chance, pick),
          successorOf,
          { strict: true },
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
