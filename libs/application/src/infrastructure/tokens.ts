import type { Clock } from '@hdnd/event-store';
import { timeOrderedId } from './time-ordered-ids';

export { EVENT_STORE } from '@hdnd/event-store';

/** Source of ids for events and new aggregates; replaced in tests to make runs repeatable. */
export interface IdGenerator {
  next(): string;
}

export const ID_GENERATOR = Symbol('ID_GENERATOR');
export const CLOCK = Symbol('CLOCK');

/** Time-ordered UUIDs (version 7): see time-ordered-ids.ts for why. */
export const uuidGenerator: IdGenerator = { next: timeOrderedId };
export type { Clock };
