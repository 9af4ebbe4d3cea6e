import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { nextLogHash } from '../hashing/log-chain';
import type { RecordedEvent } from '../port/envelope';
import { SqliteEventStore } from './sqlite-event-store';

const event = (n: number) => ({
  eventId: randomUUID(),
  type: 'Noted',
  schemaVersion: 1,
  data: { n },
  metadata: {
    actor: { userId: 'u', username: 'u', role: 'system' },
    correlationId: 'c',
    causationId: 'c',
    command: 'Note',
  },
});

const readAll = async (store: SqliteEventStore) => {
  const out: RecordedEvent[] = [];
  for await (const e of store.readAll()) out.push(e);
  return out;
};

/** A log written before schema version 2 gains the chain over the log when it is opened. */
describe('SQLite log chain: the version 1 → 2 migration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hdnd-log-chain-'));
  const file = join(dir, 'events.sqlite');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('links every row of an old log exactly as appends would have', async () => {
    const store = new SqliteEventStore({ file });
    for (let n = 0; n < 25; n++)
      await store.append(`s-${n % 4}`, [event(n), event(n + 100)], { expectedRevision: 'any' });
    const linked = (await readAll(store)).map((e) => e.logHash);
    await store.close();
    expect(new Set(linked).size).toBe(50);

    // What a version 1 file looks like: no log_hash column at all.
    const raw = new Database(file);
    raw.exec('ALTER TABLE events DROP COLUMN log_hash');
    raw.close();

    const reopened = new SqliteEventStore({ file });
    expect((await readAll(reopened)).map((e) => e.logHash)).toEqual(linked);
    // And appends go on from the migrated chain.
    await reopened.append('s-0', [event(999)], { expectedRevision: 'any' });
    const all = await readAll(reopened);
    expect(all.at(-1)!.logHash).toBe(nextLogHash(linked.at(-1)!, all.at(-1)!.hash));
    expect(all.slice(0, 50).map((e) => e.logHash)).toEqual(linked);
    await reopened.close();
  });
});
