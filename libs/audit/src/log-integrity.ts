import { Inject, Injectable } from '@nestjs/common';
import type { KeyObject } from 'node:crypto';
import {
  EVENT_STORE,
  SqliteEventStore,
  verifyLog,
  type EventStore,
  type IntegrityReport,
  type LogCheckpoint,
} from '@hdnd/event-store';
import { CheckpointWitness } from './checkpoint-witness';
import { TrustedKeys } from './trusted-keys';

/** The whole log checked against its chains, its signed checkpoints and their witnessed copies. */
@Injectable()
export class LogIntegrity {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly keys: TrustedKeys,
    private readonly witness: CheckpointWitness,
  ) {}

  check(
    options: {
      /** Checkpoints an auditor kept, verified besides the deployment's witness file. */
      extraCheckpoints?: readonly LogCheckpoint[];
      /** Keys to trust instead of the deployment's (an auditor's own copy of it). */
      trustedKeys?: readonly KeyObject[];
      onProgress?: (eventsChecked: number, position: bigint) => void;
      /** How many events between two calls of `onProgress` (10 000 unless given). */
      progressEvery?: number;
    } = {},
  ): Promise<IntegrityReport> {
    return verifyLog(this.store, {
      trustedKeys: options.trustedKeys ?? this.keys.all(),
      witnessed: [...this.witness.all(), ...(options.extraCheckpoints ?? [])],
      // SQLite hands out positions 1, 2, 3 … with no gaps; EventStoreDB's have gaps.
      contiguousPositions: this.store instanceof SqliteEventStore,
      ...(options.onProgress && { onProgress: options.onProgress }),
      ...(options.progressEvery !== undefined && { progressEvery: options.progressEvery }),
    });
  }
}
