/*
 * The command path, and the shapes one intent takes along it. Each exists because it crosses a
 * boundary the others cannot:
 *
 * 1. The request DTO (apps/api, `*.dto.ts`): the JSON a client may send, checked field by field
 *    by class-validator and described in the OpenAPI document. Only HTTP knows it.
 * 2. The bus command (`Submit<Aggregate>Command`, e.g. SubmitRecommendationCommand): what the
 *    caller says (its `input`, typed `<Aggregate>Input` where it differs from the domain command)
 *    and who says it (its `context`, a CommandContext: actor, correlation, If-Match,
 *    Idempotency-Key). The controllers, the CLI and the application's own policies (a
 *    succession passing its open cases on) all send this one, so it holds nothing HTTP-only and
 *    nothing the caller cannot know: no standings of other aggregates, no calendar, no date.
 * 3. The domain command (`RecommendationCommand`, …): the input with what its handler looked up
 *    in other streams (standings, the announced calendar, today's business date), built anew
 *    against each folded state. The decider is pure, so everything it weighs must be in it.
 *
 * Work that is not a caller's request (the deadline sweep) hands the executor its domain command
 * directly. The answer takes one shape, CommandResult, from the executor to the handler to the
 * caller; the HTTP edge only writes it as JSON (`answer()` in apps/api).
 */
import { Inject, Injectable } from '@nestjs/common';
import { EVENT_SCHEMA_VERSIONS, type Decider, type DomainEvent } from '@hdnd/domain';
import {
  ConcurrencyConflict,
  IdempotencyKeyTaken,
  EVENT_STORE,
  type EventStore,
  type IdempotencyRecord,
  type NewEvent,
} from '@hdnd/event-store';
import { IdempotencyKeyInFlight, IdempotencyKeyReused, NotFound } from './application-errors';
import type { CommandContext, CommandResult } from './command-context';
import { ID_GENERATOR, type IdGenerator } from '../infrastructure/tokens';

/** If-Match against the stream: a revision must be the stream's; `*` (`stream-exists`) any. */
const revisionMatches = (
  expected: CommandContext['expectedRevision'],
  revision: bigint | 'no-stream',
): boolean =>
  expected === undefined ||
  (expected === 'stream-exists' ? revision !== 'no-stream' : revision === expected);

/** Conflicts retried when the caller sent no expected revision: enough for a burst, bounded. */
export const MAX_CONFLICT_RETRIES = 10;

/** Concurrent writers of one stream that all lost would collide again at once: spread them out. */
const backoff = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * 2 * Math.min(attempt + 1, 8)));

export interface Execution<C, E extends DomainEvent, S> {
  readonly streamId: string;
  readonly decider: Decider<C, E, S>;
  /**
   * Builds the command from the folded state and what it looks up in other streams; run again
   * on each retry, so it always sees the state it is decided against.
   */
  readonly command: (state: S) => Promise<C>;
  readonly context: CommandContext;
  /**
   * Who may touch this aggregate, decided on its folded state (throws Forbidden). It runs before
   * anything else is answered: whether the case exists, the answer an Idempotency-Key recorded,
   * the revision an If-Match is compared with — each of those tells a refused caller something.
   */
  readonly authorize?: (state: S) => void;
  /** For commands on an existing aggregate: what to call it when the stream is empty (404). */
  readonly mustExist?: Readonly<{ kind: string; id: string }>;
  /** What the command answers besides where its append landed; kept with an idempotency key. */
  readonly answer: Pick<CommandResult, 'id' | 'related'>;
  /** Event ids from the events themselves, for work that must record each fact once (sweeps). */
  readonly eventIdOf?: (event: E) => string;
}

/** How many folded aggregate states the executor keeps (a few MB at most). */
const STATE_CACHE_SIZE = 10_000;

interface FoldedStream<S> {
  readonly revision: bigint;
  readonly state: S;
}

/**
 * The one way a command changes the record: load the stream, fold it, decide, append with the
 * revision that was folded. Without an If-Match from the caller, a conflict means someone else
 * appended first: load again and decide again, a bounded number of times.
 */
@Injectable()
export class DeciderExecutor {
  private readonly states = new Map<string, FoldedStream<unknown>>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  /** Folds a stream into its aggregate's state; the revision is what an append must expect. */
  async loadState<E extends DomainEvent, S>(
    streamId: string,
    decider: Pick<Decider<unknown, E, S>, 'evolve' | 'initialState'>,
  ): Promise<{ state: S; revision: bigint | 'no-stream' }> {
    const cached = this.states.get(streamId) as FoldedStream<S> | undefined;
    let state = cached?.state ?? decider.initialState;
    let revision: bigint | 'no-stream' = cached?.revision ?? 'no-stream';
    const fromRevision = cached ? cached.revision + 1n : 0n;
    for await (const recorded of this.store.readStream(streamId, { fromRevision })) {
      // A stream holds only its own aggregate's events (see streamIds).
      state = decider.evolve(state, { type: recorded.type, data: recorded.data } as E);
      revision = recorded.revision;
    }
    if (revision !== 'no-stream') this.remember(streamId, { revision, state });
    return { state, revision };
  }

  /**
   * Folded states by stream, least recently used first. States are immutable values, and the
   * log is read from the cached revision on every load, so what another process appended is
   * still folded in: the cache saves re-folding a long stream, never freshness.
   */
  private remember(streamId: string, folded: FoldedStream<unknown>): void {
    this.states.delete(streamId);
    this.states.set(streamId, folded);
    if (this.states.size > STATE_CACHE_SIZE) this.states.delete(this.states.keys().next().value!);
  }

  /**
   * The append landed right after the revision that was folded (the store checked it), so the
   * stream is now that state and these events: keep it, and the next command on this stream
   * reads nothing back. Events are folded as the log will return them (JSON: no undefined).
   */
  private foldAppended<E extends DomainEvent, S>(
    streamId: string,
    decider: Pick<Decider<unknown, E, S>, 'evolve'>,
    state: S,
    folded: bigint | 'no-stream',
    events: readonly E[],
    revision: bigint,
  ): void {
    if (revision !== (folded === 'no-stream' ? -1n : folded) + BigInt(events.length)) return;
    let next = state;
    for (const event of events)
      next = decider.evolve(next, { type: event.type, data: asStored(event.data) } as E);
    this.remember(streamId, { revision, state: next });
  }

  async execute<C extends { readonly type: string }, E extends DomainEvent, S>(
    execution: Execution<C, E, S>,
  ): Promise<CommandResult> {
    const { streamId, decider, context } = execution;
    for (let attempt = 0; ; attempt++) {
      const { state, revision } = await this.loadState(streamId, decider);
      execution.authorize?.(state);
      if (execution.mustExist && revision === 'no-stream') {
        throw new NotFound(execution.mustExist.kind, execution.mustExist.id);
      }
      // Before If-Match: a retry of a request that landed names the revision it saw then.
      if (attempt === 0) {
        const earlier = await this.earlierAnswer(context);
        if (earlier) return earlier;
      }
      if (!revisionMatches(context.expectedRevision, revision)) {
        throw new ConcurrencyConflict(streamId, context.expectedRevision!, revision);
      }
      const command = await execution.command(state);
      const events = decider.decide(command, state);
      // An idempotent command with nothing to record (a sweep that finds nothing new).
      if (events.length === 0)
        return {
          ...execution.answer,
          streamId,
          revision: revision === 'no-stream' ? -1n : revision,
          position: 0n,
          replayed: false,
          appended: 0,
        };
      try {
        const appended = await this.store.append(
          streamId,
          this.envelope(events, command.type, context, execution.eventIdOf),
          {
            expectedRevision: revision,
            ...(context.idempotency && {
              idempotency: { ...callersKey(context), answer: { ...execution.answer } },
            }),
          },
        );
        this.foldAppended(streamId, decider, state, revision, events, appended.revision);
        return {
          ...execution.answer,
          streamId,
          revision: appended.revision,
          position: appended.position,
          replayed: false,
          appended: events.length,
        };
      } catch (error) {
        // The same key won a race with this request: answer what it answered.
        if (error instanceof IdempotencyKeyTaken) {
          const earlier = await this.earlierAnswer(context);
          if (earlier) return earlier;
          throw new IdempotencyKeyInFlight(context.idempotency!.key);
        }
        // A revision the caller named is a precondition; `*` only asks that the case exists,
        // which the next attempt checks again.
        const retry =
          error instanceof ConcurrencyConflict && typeof context.expectedRevision !== 'bigint';
        if (!retry || attempt >= MAX_CONFLICT_RETRIES) throw error;
        await backoff(attempt);
      }
    }
  }

  /**
   * The answer recorded with this caller's Idempotency-Key, if any; the same caller's key with
   * another request is refused. Another caller's key of the same name is another key.
   */
  private async earlierAnswer(context: CommandContext): Promise<CommandResult | undefined> {
    if (!context.idempotency) return undefined;
    const record =
      (await this.store.findIdempotency(callersKey(context).key)) ??
      (await this.unscopedRecord(context));
    if (!record) return undefined;
    if (record.fingerprint !== context.idempotency.fingerprint)
      throw new IdempotencyKeyReused(context.idempotency.key);
    // Claimed by an earlier attempt of this very request that has not landed: decide again.
    if (!record.result) return undefined;
    return {
      ...(record.answer as unknown as Pick<CommandResult, 'id' | 'related'>),
      ...record.result,
      replayed: true,
      appended: 0,
    };
  }

  /**
   * A key recorded before keys were the caller's own was stored as the client sent it. It still
   * answers a retry across the upgrade, but only to the caller whose events it answered for.
   */
  private async unscopedRecord(context: CommandContext): Promise<IdempotencyRecord | undefined> {
    const record = await this.store.findIdempotency(context.idempotency!.key);
    if (!record?.result) return undefined;
    const { streamId, revision } = record.result;
    for await (const event of this.store.readStream(streamId, {
      fromRevision: revision,
      maxCount: 1,
    }))
      if (event.metadata.actor.userId === context.actor.userId) return record;
    return undefined;
  }

  private envelope<E extends DomainEvent>(
    events: readonly E[],
    command: string,
    context: CommandContext,
    eventIdOf?: (event: E) => string,
  ): NewEvent[] {
    return events.map((event) => ({
      eventId: eventIdOf?.(event) ?? this.ids.next(),
      type: event.type,
      schemaVersion: EVENT_SCHEMA_VERSIONS[event.type],
      data: event.data,
      metadata: {
        actor: context.actor,
        correlationId: context.correlationId,
        causationId: context.commandId,
        command,
        ...(context.legalBasis !== undefined && { legalBasis: context.legalBasis }),
      },
    }));
  }
}

/**
 * Keys are the caller's own: stored under the user's id, so that one caller's key never answers
 * (nor refuses with 422) another caller's request. A client key is visible ASCII without spaces
 * (the HTTP edge checks it), so the space keeps the two parts apart.
 */
const callersKey = (context: CommandContext): { key: string; fingerprint: string } => {
  const { key, fingerprint } = context.idempotency!;
  return { key: `${context.actor.userId} ${key}`, fingerprint };
};

const asStored = (data: unknown): unknown => JSON.parse(JSON.stringify(data)) as unknown;
