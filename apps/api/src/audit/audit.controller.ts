import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { NotFound } from '@hdnd/application';
import { StreamHistory, type UnfoldedEvent } from '@hdnd/audit';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@hdnd/event-store';
import { AuditEventsQuery, StreamAsOfQuery } from './audit-query.dto';
import { eventView, type EventView } from './recorded-event.view';
import { asOfInstant, fromInstant, toInstant } from '../http/as-of';
import { Allow, AUDIT_READERS } from '../auth/access.decorator';

/** How many events one page may scan for its filters before it answers with what it found. */
const SCAN_LIMIT = 10_000;

/** The log itself, read straight from the event store — what an auditor replays. */
@Controller('api/audit')
export class AuditController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly history: StreamHistory,
  ) {}

  /**
   * The log in order, filtered. A page holds at most `limit` events and scans at most
   * SCAN_LIMIT; `next` is the position to pass as `after` for the following page (null at the end).
   */
  @Get('events')
  @Allow(...AUDIT_READERS)
  async events(
    @Query() query: AuditEventsQuery,
  ): Promise<{ items: EventView[]; next: number | null }> {
    const limit = query.limit ?? 100;
    const from = query.from === undefined ? undefined : fromInstant(query.from).toISOString();
    const to = query.to === undefined ? undefined : toInstant(query.to).toISOString();
    const matches = (e: RecordedEvent) =>
      (query.streamId === undefined || e.streamId === query.streamId) &&
      (query.type === undefined || e.type === query.type) &&
      (query.correlationId === undefined || e.metadata.correlationId === query.correlationId) &&
      (query.actor === undefined ||
        e.metadata.actor.userId === query.actor ||
        e.metadata.actor.username === query.actor) &&
      (from === undefined || e.metadata.recordedAt >= from) &&
      (to === undefined || e.metadata.recordedAt < to);
    const items: EventView[] = [];
    let scanned = 0;
    let last: bigint | undefined;
    const source =
      query.streamId === undefined
        ? this.store.readAll({ fromPosition: BigInt((query.after ?? 0) + 1) })
        : this.streamAfter(query.streamId, query.after ?? 0);
    for await (const event of source) {
      scanned += 1;
      last = event.position;
      if (matches(event)) items.push(eventView(event));
      if (items.length === limit || scanned === SCAN_LIMIT) break;
    }
    const exhausted = last === undefined || (items.length < limit && scanned < SCAN_LIMIT);
    return { items, next: exhausted ? null : Number(last) };
  }

  /**
   * One stream, every event with its metadata and hash, and the state the domain folds from
   * them; with `asOf` or `atRevision`, as it stood then (replayed from the log).
   */
  @Get('streams/:streamId')
  @Allow(...AUDIT_READERS)
  async stream(
    @Param('streamId') streamId: string,
    @Query() query: StreamAsOfQuery,
  ): Promise<{
    streamId: string;
    state: unknown;
    events: EventView[];
    unfolded?: readonly UnfoldedEvent[];
  }> {
    const { events, state, unfolded } = await this.history.read(streamId, {
      ...(query.asOf !== undefined && { asOf: asOfInstant(query.asOf) }),
      ...(query.atRevision !== undefined && { atRevision: BigInt(query.atRevision) }),
    });
    if (events.length === 0 && (await this.history.read(streamId)).events.length === 0)
      throw new NotFound('stream', streamId);
    return {
      streamId,
      state,
      events: events.map(eventView),
      ...(unfolded.length > 0 && { unfolded }),
    };
  }

  private async *streamAfter(streamId: string, after: number): AsyncGenerator<RecordedEvent> {
    for await (const event of this.store.readStream(streamId))
      if (event.position > BigInt(after)) yield event;
  }
}
