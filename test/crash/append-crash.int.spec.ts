import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuplicateEventId, SqliteEventStore, verifyStreamChain } from '@hdnd/event-store';
import { crashAppend } from './crash-append';

const ROUNDS = 5;

/** Runs the appender until a random moment after it started acknowledging, then SIGKILLs it. */
const runAndKill = (file: string, first: number): Promise<{ acknowledged: number[] }> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', join(__dirname, 'crash-appender.ts'), file, String(first)],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const acknowledged: number[] = [];
    let buffered = '';
    let errors = '';
    let killTimer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('ack ')) acknowledged.push(Number(line.slice(4)));
        if (acknowledged.length === 1 && killTimer === undefined) {
          killTimer = setTimeout(() => child.kill('SIGKILL'), 150 + Math.random() * 600);
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`appender exited by itself: ${errors}`));
      if (buffered.startsWith('ack ')) acknowledged.push(Number(buffered.slice(4)));
      resolve({ acknowledged });
    });
  });

describe('kill -9 during appends', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hdnd-crash-'));
  const file = join(dir, 'events.sqlite');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`loses nothing acknowledged and half-writes nothing, over ${ROUNDS} random kills`, async () => {
    let next = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const { acknowledged } = await runAndKill(file, next);
      expect(acknowledged.length).toBeGreaterThan(0);
      const lastAcknowledged = Math.max(...acknowledged);

      const db = new Database(file, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const duplicates = db
        .prepare(
          'SELECT stream_id, revision, count(*) n FROM events GROUP BY stream_id, revision HAVING n > 1',
        )
        .all();
      expect(duplicates).toEqual([]);
      // Which appends are in the log, and is each one whole?
      const rows = db
        .prepare(
          "SELECT json_extract(data, '$.i') i, count(*) n, max(json_extract(data, '$.of')) size FROM events GROUP BY i ORDER BY i",
        )
        .all() as {
        i: number;
        n: number;
        size: number;
      }[];
      db.close();
      for (const row of rows) expect(row.n).toBe(row.size);
      const persisted = rows.map((r) => r.i);
      expect(persisted).toEqual(Array.from({ length: persisted.length }, (_, k) => k));
      const lastPersisted = persisted.at(-1)!;
      // acknowledged ≤ persisted ≤ acknowledged + 1 (one append in flight when the kill came)
      expect(lastPersisted).toBeGreaterThanOrEqual(lastAcknowledged);
      expect(lastPersisted).toBeLessThanOrEqual(lastAcknowledged + 1);

      const store = new SqliteEventStore({ file });
      for (let s = 0; s < 7; s++)
        expect(await verifyStreamChain(store.readStream(`crash-${s}`))).toBeUndefined();
      // Retrying the append that was in flight (or the one after the last) adds it at most once.
      const head = await store.headPosition();
      const retry = crashAppend(lastAcknowledged + 1);
      const landedBefore = lastPersisted === lastAcknowledged + 1;
      if (landedBefore) {
        await expect(
          store.append(retry.streamId, retry.events, { expectedRevision: 'any' }),
        ).rejects.toBeInstanceOf(DuplicateEventId);
        expect(await store.headPosition()).toBe(head);
      }
      await store.close();
      next = lastPersisted + 1;
    }
  }, 120_000);
});
