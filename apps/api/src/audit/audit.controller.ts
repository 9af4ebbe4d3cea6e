import { Controller, Get, Param, Query } from '@nestjs/common';
import { NotFound } from '@hdnd/application';
import { LogSearch, StreamHistory, type UnfoldedEvent } from '@hdnd/audit';
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
    private readonly history: StreamHistory,
    private readonly search: LogSearch,
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
    const { events, next } = await this.search.page(
      {
        ...(query.streamId !== undefined && { streamId: query.streamId }),
        ...(query.caseId !== undefined && { caseId: query.caseId }),
        ...(query.type !== undefined && { type: query.type }),
        ...(query.actor !== undefined && { actor: query.actor }),
        ...(query.command !== undefined && { command: query.command }),
        ...(query.correlationId !== undefined && { correlationId: query.correlationId }),
        ...(query.from !== undefined && { from: fromInstant(query.from).toISOString() }),
        ...(query.to !== undefined && { to: toInstant(query.to).toISOString() }),
        ...(query.fromPosition !== undefined && { fromPosition: BigInt(query.fromPosition) }),
        ...(query.toPosition !== undefined && { toPosition: BigInt(query.toPosition) }),
      },
      {
        ...(query.after !== undefined && { after: BigInt(query.after) }),
        limit: query.limit ?? 100,
        scanLimit: SCAN_LIMIT,
      },
    );
    return { items: events.map(eventView), next: next === null ? null : Number(next) };
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
}
