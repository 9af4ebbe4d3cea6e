import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@hdnd/event-store';

/** What an auditor narrows the log to; every field given must match. */
export interface LogFilter {
  /** One stream, e.g. "recommendation-kn-1". */
  readonly streamId?: string;
  /** One case, whatever its kind: the part of a stream's id after its kind ("kn-1"). */
  readonly caseId?: string;
  readonly type?: string;
  /** A user id or a username. */
  readonly actor?: string;
  /** The command that caused the event. */
  readonly command?: string;
  readonly correlationId?: string;
  /** Recorded at or after this ISO instant. */
  readonly from?: string;
  /** Recorded before this ISO instant. */
  readonly to?: string;
  /** Log positions, both inclusive. */
  readonly fromPosition?: bigint;
  readonly toPosition?: bigint;
}

export interface LogPage {
  readonly events: RecordedEvent[];
  /** The position to continue after, or null when the log (or the range) has no more. */
  readonly next: bigint | null;
}

/** The case a stream is about: its id after the kind ("recommendation-kn-1" → "kn-1"). */
export const caseIdOf = (streamId: string): string => streamId.slice(streamId.indexOf('-') + 1);

const matches =
  (f: LogFilter) =>
  (e: RecordedEvent): boolean =>
    (f.caseId === undefined || caseIdOf(e.streamId) === f.caseId) &&
    (f.type === undefined || e.type === f.type) &&
    (f.command === undefined || e.metadata.command === f.command) &&
    (f.correlationId === undefined || e.metadata.correlationId === f.correlationId) &&
    (f.actor === undefined ||
      e.metadata.actor.userId === f.actor ||
      e.metadata.actor.username === f.actor) &&
    (f.from === undefined || e.metadata.recordedAt >= f.from) &&
    (f.to === undefined || e.metadata.recordedAt < f.to);

/**
 * The log in order, filtered, a page at a time, read straight from the event store. A page
 * holds at most `limit` events and reads at most `scanLimit`, so a filter that matches little
 * never reads the whole log in one request: `next` says where to go on.
 */
@Injectable()
export class LogSearch {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async page(
    filter: LogFilter,
    options: { after?: bigint; limit: number; scanLimit: number },
  ): Promise<LogPage> {
    const start = [
      options.after === undefined ? 1n : options.after + 1n,
      filter.fromPosition ?? 1n,
    ].reduce((a, b) => (a > b ? a : b));
    const end = filter.toPosition;
    if (end !== undefined && start > end) return { events: [], next: null };
    const keep = matches(filter);
    const events: RecordedEvent[] = [];
    let scanned = 0;
    let last: bigint | undefined;
    let ended = true;
    for await (const event of this.source(filter.streamId, start)) {
      if (end !== undefined && event.position > end) break;
      scanned += 1;
      last = event.position;
      if (keep(event)) events.push(event);
      if (events.length === options.limit || scanned === options.scanLimit) {
        ended = end !== undefined && event.position >= end;
        break;
      }
    }
    const full = events.length === options.limit || scanned === options.scanLimit;
    return { events, next: full && !ended && last !== undefined ? last : null };
  }

  private source(streamId: string | undefined, start: bigint): AsyncIterable<RecordedEvent> {
    return streamId === undefined
      ? this.store.readAll({ fromPosition: start })
      : this.streamFrom(streamId, start);
  }

  private async *streamFrom(streamId: string, start: bigint): AsyncGenerator<RecordedEvent> {
    for await (const event of this.store.readStream(streamId))
      if (event.position >= start) yield event;
  }
}
