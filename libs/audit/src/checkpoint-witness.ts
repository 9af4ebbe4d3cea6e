import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LogCheckpoint } from '@hdnd/event-store';

/**
 * A copy of every checkpoint outside the log, one JSON line each, appended and fsynced. Cut the
 * log's tail and its checkpoints go with it; this copy still says how long the log was. An
 * auditor keeps their own (GET /api/audit/checkpoints) and verifies against it.
 */
export class CheckpointWitness {
  readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, 'audit-checkpoints.ndjson');
  }

  record(checkpoint: LogCheckpoint): void {
    appendFileSync(this.file, `${JSON.stringify(checkpoint)}\n`, { flush: true });
  }

  all(): LogCheckpoint[] {
    return existsSync(this.file) ? parseCheckpoints(readFileSync(this.file, 'utf8')) : [];
  }
}

/** Checkpoints from JSON lines (a witness file, an auditor's copy); blank lines skipped. */
export const parseCheckpoints = (text: string): LogCheckpoint[] =>
  text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LogCheckpoint);
