import type { RecordedEvent } from './envelope';

/**
 * Given an event as stored, today's version of its data, or undefined when it is current. The
 * domain supplies it (its upcaster registry); the stores apply it to every event they read.
 */
export type Upcast = (event: {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}) => { schemaVersion: number; data: unknown } | undefined;

/** The event as readers should see it, keeping what was written beside it when that differs. */
export const upcasted = (upcast: Upcast | undefined, event: RecordedEvent): RecordedEvent => {
  const today = upcast?.(event);
  if (!today) return event;
  return {
    ...event,
    schemaVersion: today.schemaVersion,
    data: today.data,
    recordedAs: { schemaVersion: event.schemaVersion, data: event.data },
  };
};
