import { businessDateOf } from '@hdnd/domain';
import type { Clock } from '@hdnd/event-store';

/** Today, as a calendar date in Vietnam, by the injected clock. */
export const businessToday = (clock: Clock): string => businessDateOf(clock.now());
