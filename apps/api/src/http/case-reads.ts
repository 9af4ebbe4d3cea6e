import { Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { EVENT_STORE, type Clock, type EventStore } from '@hdnd/event-store';
import { NotFound } from '@hdnd/application';
import { readModelsAsOf, type ParkedInTimeTravel, type ReadModelSource } from '@hdnd/read-models';
import { BadInput } from '../problem/bad-input';
import { asOfInstant } from './as-of';
import { ReadYourWrites } from './read-your-writes';
import type { TimeTravelQuery } from './time-travel-query.dto';

/** What a case's GET answers besides its view: the revision to send back as If-Match. */
export type CaseAnswer<T> = T & {
  /** The revision of the case's stream this view shows: send it as `If-Match: "<revision>"`. */
  revision: number;
  /** Time travel only, when some event could not be applied: which, and why. */
  parked?: readonly ParkedInTimeTravel[];
};

export interface CaseRead<T> {
  /** What the case is called in a 404 ("recommendation"), and what made it exist ("issued"). */
  readonly kind: string;
  readonly began: string;
  readonly id: string;
  readonly streamId: string;
  /** The view now, from the live read models. */
  readonly current: () => Promise<T | undefined>;
  /** The view from a scratch read model of the past; `then` is the clock "overdue" reads. */
  readonly past?: (source: ReadModelSource, then: Clock) => Promise<T | undefined>;
  /**
   * Throws when the caller may not see this case, given its current view (undefined: no such
   * case). Asked before a 404, so a case the caller may not see and one that does not exist
   * answer alike.
   */
  readonly authorize?: (current: T | undefined) => void;
}

/**
 * GET of one case, now or in the past, with its revision: in the body and as the ETag, so the
 * value a client read works as If-Match on that case's commands (a weak hash of the body, as
 * Express makes, would be refused there).
 */
@Injectable()
export class CaseReads {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly freshness: ReadYourWrites,
  ) {}

  async answer<T extends object>(
    query: TimeTravelQuery,
    read: CaseRead<T>,
    response: Response,
  ): Promise<CaseAnswer<T>> {
    await this.freshness.atLeast(query.minPosition);
    const head = await this.head(read.streamId);
    // The read models must hold the revision the ETag names, or a client would send If-Match
    // for changes it has not seen.
    if (head) await this.freshness.atLeast(Number(head.position));
    const current = head && (await read.current());
    read.authorize?.(current);
    if (!head || !current) throw new NotFound(read.kind, read.id);
    const answer =
      read.past && this.isTimeTravel(query)
        ? await this.past(query, read, read.past)
        : { ...current, revision: Number(head.revision) };
    response.setHeader('ETag', `"${answer.revision}"`);
    // The ETag names the case's own stream, but the view also shows others (the items that
    // carry it on, the sessions it was put to, agencies' names): a browser revalidating with
    // If-None-Match would get a 304 and keep a stale view. It is never stored, so never reused.
    response.setHeader('Cache-Control', 'private, no-store');
    return answer;
  }

  private isTimeTravel(query: TimeTravelQuery): boolean {
    if (query.asOf !== undefined && query.asRecordedAt !== undefined)
      throw new BadInput('asOf is the older name of asRecordedAt: give one of them.', [
        {
          field: 'asOf',
          code: 'notWith',
          message: 'give asOf or asRecordedAt, not both',
          other: 'asRecordedAt',
        },
      ]);
    return (
      query.asOf !== undefined || query.asRecordedAt !== undefined || query.asOfDate !== undefined
    );
  }

  private async past<T extends object>(
    query: TimeTravelQuery,
    read: CaseRead<T>,
    past: NonNullable<CaseRead<T>['past']>,
  ): Promise<CaseAnswer<T>> {
    const recordedAt = query.asRecordedAt ?? query.asOf;
    const { view, revision, parked } = await readModelsAsOf(
      this.store,
      {
        ...(recordedAt !== undefined && { recordedBy: asOfInstant(recordedAt) }),
        ...(query.asOfDate !== undefined && { businessDate: query.asOfDate }),
      },
      read.streamId,
      past,
    );
    if (view === undefined || revision === undefined) {
      const when = [
        ...(query.asOf !== undefined ? [`as of ${query.asOf}`] : []),
        ...(query.asRecordedAt !== undefined ? [`as recorded at ${query.asRecordedAt}`] : []),
        ...(query.asOfDate !== undefined ? [`on ${query.asOfDate}`] : []),
      ].join(', ');
      throw new NotFound(read.kind, read.id, `It had not been ${read.began} ${when}.`);
    }
    return { ...view, revision, ...(parked.length > 0 && { parked }) };
  }

  private async head(streamId: string) {
    for await (const event of this.store.readStream(streamId, {
      direction: 'backwards',
      maxCount: 1,
    }))
      return event;
    return undefined;
  }
}
