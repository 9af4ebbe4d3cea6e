import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  CHECKPOINT_EVENT,
  CHECKPOINT_STREAM,
  EVENT_STORE,
  LOG_GENESIS,
  nextLogHash,
  signCheckpoint,
  type Clock,
  type EventStore,
  type LogCheckpoint,
} from '@hdnd/event-store';
import { CLOCK, SYSTEM_ACTOR } from '@hdnd/application';
import { CheckpointWitness } from './checkpoint-witness';
import { AUDIT_SIGNING_KEY, type SigningKey } from './signing-key';

/** Where the chain over the log stood after the events this process has folded so far. */
interface Folded {
  readonly count: number;
  readonly head: string;
  readonly position: bigint;
}

/**
 * Signs where the log stands — how many events, the chain over them — with the deployment's
 * key, appends the checkpoint to the audit stream and writes a copy to the witness file. From
 * then on, no event it covers can be changed, removed, reordered or cut away unnoticed.
 */
@Injectable()
export class AuditCheckpoints {
  private folded: Folded = { count: 0, head: LOG_GENESIS, position: 0n };
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(AUDIT_SIGNING_KEY) private readonly key: SigningKey,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly witness: CheckpointWitness,
  ) {}

  /**
   * Signs a checkpoint over the whole log as it is now. Unless `always`, nothing is signed when
   * nothing but the last checkpoint was appended since it (a quiet night adds no checkpoints).
   */
  sign(options: { always?: boolean } = {}): Promise<LogCheckpoint | undefined> {
    // One at a time: each folds on from where the previous one stopped.
    const next = this.queue.then(() => this.signNow(options.always ?? false));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Every checkpoint in the log, oldest first. */
  async list(): Promise<LogCheckpoint[]> {
    const out: LogCheckpoint[] = [];
    for await (const e of this.store.readStream(CHECKPOINT_STREAM))
      if (e.type === CHECKPOINT_EVENT) out.push(e.data as LogCheckpoint);
    return out;
  }

  private async signNow(always: boolean): Promise<LogCheckpoint | undefined> {
    const folded = await this.foldToHead();
    if (!always) {
      if (folded.count === 0) return undefined;
      const [last] = await this.lastCheckpoint();
      if (last && last.eventCount === folded.count - 1) return undefined;
    }
    const checkpoint = signCheckpoint(
      {
        eventCount: folded.count,
        headHash: folded.head,
        position: folded.position.toString(),
        signedAt: this.clock.now().toISOString(),
      },
      this.key.privateKey,
    );
    const id = randomUUID();
    await this.store.append(
      CHECKPOINT_STREAM,
      [
        {
          eventId: id,
          type: CHECKPOINT_EVENT,
          schemaVersion: 1,
          data: checkpoint,
          metadata: {
            actor: SYSTEM_ACTOR,
            correlationId: id,
            causationId: id,
            command: 'SignLogCheckpoint',
          },
        },
      ],
      { expectedRevision: 'any' },
    );
    this.witness.record(checkpoint);
    return checkpoint;
  }

  /** Folds the chain on from where this process left it to the log's head. */
  private async foldToHead(): Promise<Folded> {
    let { count, head, position } = this.folded;
    for await (const e of this.store.readAll({ fromPosition: position + 1n })) {
      head = nextLogHash(head, e.hash);
      count += 1;
      position = e.position;
    }
    this.folded = { count, head, position };
    return this.folded;
  }

  private async lastCheckpoint(): Promise<LogCheckpoint[]> {
    const out: LogCheckpoint[] = [];
    for await (const e of this.store.readStream(CHECKPOINT_STREAM, {
      direction: 'backwards',
      maxCount: 1,
    }))
      out.push(e.data as LogCheckpoint);
    return out;
  }
}
