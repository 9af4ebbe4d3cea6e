import { Inject, Injectable } from '@nestjs/common';
import {
  agencyDecider,
  CALENDAR_STREAM_ID,
  calendarDecider,
  delegationDecider,
  obstacleDecider,
  recommendationDecider,
  userDecider,
  webhookDecider,
  type Decider,
} from '@hdnd/domain';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@hdnd/event-store';

type AnyDecider = Pick<
  Decider<unknown, { type: string; data: unknown }, unknown>,
  'evolve' | 'initialState'
>;

/** Which aggregate a stream holds, by its prefix (see streamIds in the domain). */
const DECIDERS: readonly [prefix: string, decider: AnyDecider][] = [
  ['agency-', agencyDecider as unknown as AnyDecider],
  ['delegation-', delegationDecider as unknown as AnyDecider],
  ['recommendation-', recommendationDecider as unknown as AnyDecider],
  ['obstacle-', obstacleDecider as unknown as AnyDecider],
  ['user-', userDecider as unknown as AnyDecider],
  ['webhook-', webhookDecider as unknown as AnyDecider],
  [CALENDAR_STREAM_ID, calendarDecider as unknown as AnyDecider],
];

/** An event of the stream the domain could not fold (data it does not expect): left out of the state. */
export interface UnfoldedEvent {
  readonly position: number;
  readonly revision: number;
  readonly type: string;
  readonly reason: string;
}

export interface StreamAsOf {
  readonly events: readonly RecordedEvent[];
  /** The aggregate's state folded from those events; null for a stream no decider holds. */
  readonly state: unknown;
  /** Events left out of `state` because folding them failed; empty for a sound stream. */
  readonly unfolded: readonly UnfoldedEvent[];
}

/**
 * A stream as it stood at an instant (the events recorded by then) or at a revision, and the
 * state the domain folds from exactly those events: what the decision-makers saw then.
 */
@Injectable()
export class StreamHistory {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async read(streamId: string, at: { asOf?: Date; atRevision?: bigint } = {}): Promise<StreamAsOf> {
    const until = at.asOf?.toISOString();
    const events: RecordedEvent[] = [];
    for await (const e of this.store.readStream(streamId)) {
      if (at.atRevision !== undefined && e.revision > at.atRevision) break;
      if (until !== undefined && e.metadata.recordedAt > until) break;
      events.push(e);
    }
    const decider = DECIDERS.find(([prefix]) => streamId.startsWith(prefix))?.[1];
    const unfolded: UnfoldedEvent[] = [];
    // An event the domain cannot fold (written before a rule was enforced) is left out and
    // named: the auditor still sees the stream, and the log, which cannot be edited, is not
    // turned into a permanent 500.
    const fold = (state: unknown, e: RecordedEvent): unknown => {
      try {
        return decider!.evolve(state, { type: e.type, data: e.data });
      } catch (error) {
        unfolded.push({
          position: Number(e.position),
          revision: Number(e.revision),
          type: e.type,
          reason: error instanceof Error ? error.message : String(error),
        });
        return state;
      }
    };
    const state = decider ? events.reduce(fold, decider.initialState) : null;
    return { events, state, unfolded };
  }
}
