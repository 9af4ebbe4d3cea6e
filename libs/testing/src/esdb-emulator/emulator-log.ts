/**
 * The emulator's log: every stream in memory, each event with one global position. Positions
 * step by POSITION_STRIDE, not by one — as on a real server, where they are byte offsets — so
 * that nothing above it may assume the next event is at position + 1.
 */
export const POSITION_STRIDE = 128n;

export interface StoredEvent {
  readonly streamName: string;
  readonly revision: bigint;
  readonly eventId: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
  /** .NET ticks (100 ns since 0001-01-01), as the server sends `created`. */
  readonly created: bigint;
  readonly position: bigint;
}

export type Expected =
  | { kind: 'any' }
  | { kind: 'no-stream' }
  | { kind: 'stream-exists' }
  | { kind: 'revision'; revision: bigint };

export type AppendOutcome =
  | { ok: true; revision: bigint; position: bigint }
  | { ok: false; current: bigint | undefined }
  | { ok: false; deleted: true };

export interface ProposedEvent {
  readonly eventId: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly customMetadata: Uint8Array;
}

const EPOCH_TICKS = 621_355_968_000_000_000n;

export class EmulatorLog {
  private readonly all: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private readonly tombstoned = new Set<string>();
  private readonly listeners = new Set<(event: StoredEvent) => void>();

  /** Appends atomically if the expectation holds; an empty append only checks it. */
  append(streamName: string, expected: Expected, events: readonly ProposedEvent[]): AppendOutcome {
    if (this.tombstoned.has(streamName)) return { ok: false, deleted: true };
    const stream = this.streams.get(streamName) ?? [];
    const current = stream.at(-1)?.revision;
    const holds =
      expected.kind === 'any' ||
      (expected.kind === 'no-stream' && current === undefined) ||
      (expected.kind === 'stream-exists' && current !== undefined) ||
      (expected.kind === 'revision' && current === expected.revision);
    if (!holds) return { ok: false, current };
    const created = BigInt(Date.now()) * 10_000n + EPOCH_TICKS;
    let revision = current ?? -1n;
    const added = events.map((event) => {
      revision += 1n;
      const stored: StoredEvent = {
        ...event,
        streamName,
        revision,
        created,
        position: BigInt(this.all.length + 1) * POSITION_STRIDE,
      };
      this.all.push(stored);
      return stored;
    });
    this.streams.set(streamName, [...stream, ...added]);
    for (const event of added) for (const listener of this.listeners) listener(event);
    return { ok: true, revision, position: added.at(-1)?.position ?? this.head() };
  }

  stream(streamName: string): readonly StoredEvent[] | undefined {
    return this.streams.get(streamName);
  }

  events(): readonly StoredEvent[] {
    return this.all;
  }

  head(): bigint {
    return this.all.at(-1)?.position ?? 0n;
  }

  isTombstoned(streamName: string): boolean {
    return this.tombstoned.has(streamName);
  }

  /** Soft delete: the stream reads as not found and may be written again (revisions go on). */
  delete(streamName: string): boolean {
    if (!this.streams.has(streamName)) return false;
    this.streams.delete(streamName);
    return true;
  }

  /** Hard delete: the stream can never be written again. */
  tombstone(streamName: string): void {
    this.streams.delete(streamName);
    this.tombstoned.add(streamName);
  }

  onAppended(listener: (event: StoredEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
