import type { Clock } from '@hdnd/event-store';
import { randomUUID } from 'node:crypto';

export { EVENT_STORE } from '@hdnd/event-store';

/** Source of ids for events and new aggregates; replaced in tests to make runs repeatable. */
export interface IdGenerator {
  next(): string;
}

export const ID_GENERATOR = Symbol('ID_GENERATOR');
export const CLOCK = Symbol('CLOCK');

export const uuidGenerator: IdGenerator = { next: () => randomUUID() };
export type { Clock };
