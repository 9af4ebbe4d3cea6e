import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { turnsDuring } from '@hdnd/testing/event-loop-turns';
import { eventStoreContract, newEvent } from '@hdnd/testing/event-store-contract';
import { verifyLog } from '../integrity/verify-log';
import { SqliteEventStore } from './sqlite-event-store';

const dirs: string[] = [];
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'hdnd-store-'));
  dirs.push(dir);
  return join(dir, 'events.sqlite');
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

eventStoreContract('SQLite', async (clock) => new SqliteEventStore({ file: tempFile(), clock }));

describe('SQLite event store', () => {
  it('sets WAL and synchronous=FULL on its connection, also when reopening a WAL file', async () => {
    const file = tempFile();
    const first = new SqliteEventStore({ file });
    expect(first.connectionPragmas()).toEqual([{ journalMode: 'wal', synchronous: 2 }]);
    await first.close();
    // A plain better-sqlite3 connection to the same WAL file runs at NORMAL (1) by default…
    const plain = new Database(file);
    expect(plain.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(plain.pragma('synchronous', { simple: true })).toBe(1);
    plain.close();
    // …which is why the store sets FULL (2) on every connection it opens.
    const reopened = new SqliteEventStore({ file });
    expect(reopened.connectionPragmas()).toEqual([{ journalMode: 'wal', synchronous: 2 }]);
    await reopened.close();
  });

  it('keeps what it acknowledged across a reopen', async () => {
    const file = tempFile();
    const store = new SqliteEventStore({ file });
    const result = await store.append('keep-1', [newEvent(), newEvent()], {
      expectedRevision: 'no-stream',
    });
    await store.close();
    const again = new SqliteEventStore({ file });
    expect(await again.headPosition()).toBe(result.position);
    expect((await again.append('keep-1', [newEvent()], { expectedRevision: 1n })).revision).toBe(
      2n,
    );
    await again.close();
  });

  it('keeps idempotency keys across a reopen', async () => {
    const file = tempFile();
    const store = new SqliteEventStore({ file });
    await store.append('k-1', [newEvent()], {
      expectedRevision: 'no-stream',
      idempotency: { key: 'k', fingerprint: 'f', answer: { id: 'a' } },
    });
    await store.close();
    const again = new SqliteEventStore({ file });
    expect(await again.findIdempotency('k')).toMatchObject({
      fingerprint: 'f',
      answer: { id: 'a' },
      result: { revision: 0n, position: 1n },
    });
    await again.close();
  });

  it('enforces unique (stream, revision) and unique event id in the schema itself', async () => {
    const file = tempFile();
    const store = new SqliteEventStore({ file });
    const event = newEvent();
    await store.append('u-1', [event], { expectedRevision: 'no-stream' });
    await store.close();
    const db = new Database(file);
    const insert = db.prepare(
      `INSERT INTO events (event_id, stream_id, revision, type, schema_version, data, metadata, recorded_at, hash)
       VALUES (?, ?, ?, 'T', 1, '{}', '{}', '2024-01-01T00:00:00.000Z', 'x')`,
    );
    expect(() => insert.run('another-id', 'u-1', 0)).toThrow(
      /UNIQUE constraint failed: events.stream_id, events.revision/,
    );
    expect(() => insert.run(event.eventId, 'u-2', 0)).toThrow(
      /UNIQUE constraint failed: events.event_id/,
    );
    db.close();
  });

  it('group-commits appends that arrive together: 64 concurrent appends in far fewer transactions', async () => {
    const store = new SqliteEventStore({ file: tempFile() });
    await Promise.all(
      Array.from({ length: 64 }, (_, i) =>
        store.append(`g-${i}`, [newEvent()], { expectedRevision: 'no-stream' }),
      ),
    );
    expect(store.stats().appends).toBe(64);
    expect(store.stats().batches).toBeLessThanOrEqual(2);
    await store.close();
  });

  it('delivers to a live subscription what another connection to the same file appends', async () => {
    const file = tempFile();
    const reader = new SqliteEventStore({ file, pollIntervalMs: 20 });
    const writer = new SqliteEventStore({ file });
    const subscription = reader.subscribe();
    const first = (async () => {
      for await (const e of subscription) return e;
      return undefined;
    })();
    const event = newEvent();
    await writer.append('other-process', [event], { expectedRevision: 'no-stream' });
    expect((await first)?.eventId).toBe(event.eventId);
    await subscription.close();
    await writer.close();
    await reader.close();
  });

  it('reads a stream again when another connection appended to it, though it knew where it ended', async () => {
    const file = tempFile();
    const api = new SqliteEventStore({ file });
    const worker = new SqliteEventStore({ file });
    const ids = async (store: SqliteEventStore, fromRevision: bigint) => {
      const read: string[] = [];
      for await (const e of store.readStream('shared', { fromRevision })) read.push(e.eventId);
      return read;
    };
    const own = newEvent();
    await api.append('shared', [own], { expectedRevision: 'no-stream' });
    // The api knows the stream ends at 0, from its own append and from reading it to the end.
    expect(await ids(api, 1n)).toEqual([]);
    expect(await ids(api, 0n)).toEqual([own.eventId]);
    const theirs = newEvent();
    await worker.append('shared', [theirs], { expectedRevision: 0n });
    expect(await ids(api, 1n)).toEqual([theirs.eventId]);
    // And its own next append is read back after it, from memory of where the stream ends.
    const next = newEvent();
    await api.append('shared', [next], { expectedRevision: 1n });
    expect(await ids(api, 2n)).toEqual([next.eventId]);
    expect(await ids(api, 3n)).toEqual([]);
    expect(await ids(api, 0n)).toHaveLength(3);
    // A stream it read as absent is read again once someone created it.
    const later = async () => {
      const read: string[] = [];
      for await (const e of api.readStream('later')) read.push(e.streamId);
      return read;
    };
    expect(await later()).toEqual([]);
    await worker.append('later', [newEvent()], { expectedRevision: 'no-stream' });
    expect(await later()).toEqual(['later']);
    // Each writer remembers the log's last link and its streams' last events between its own
    // commits: written alternately, the chains must still hold.
    await api.append('shared', [newEvent()], { expectedRevision: 2n });
    await worker.append('shared', [newEvent()], { expectedRevision: 3n });
    await api.append('later', [newEvent()], { expectedRevision: 0n });
    const report = await verifyLog(api, { trustedKeys: [] });
    expect(report).toMatchObject({ ok: true, eventsChecked: 7 });
    await worker.close();
    await api.close();
  });

  it('copies the WAL into the database file from its own thread, before the writer would', async () => {
    const file = tempFile();
    const store = new SqliteEventStore({ file });
    const big = { text: 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính. '.repeat(20) };
    for (let i = 0; i < 20; i++)
      await store.append(
        `checkpointed-${i}`,
        Array.from({ length: 50 }, () => ({ ...newEvent(), data: big })),
        { expectedRevision: 'no-stream' },
      );
    // 1000 events of ~1.5 KB: a few hundred pages in the WAL, under the 1000 at which the writer
    // itself would checkpoint. The database file has only what a checkpoint copied into it.
    const deadline = Date.now() + 5000;
    while (statSync(file).size < 1_000_000 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(statSync(file).size).toBeGreaterThan(1_000_000);
    let read = 0;
    for await (const _ of store.readAll()) read += 1;
    expect(read).toBe(1000);
    await store.close();
  });

  it('lets a process whose last work is closing the store finish: close waits for the checkpoint thread', () => {
    const file = tempFile();
    const script = join(dirname(file), 'close-last.ts');
    writeFileSync(
      script,
      `import { SqliteEventStore } from ${JSON.stringify(join(__dirname, 'sqlite-event-store'))};
      void (async () => {
        const store = new SqliteEventStore({ file: ${JSON.stringify(file)} });
        await store.close();
        process.stdout.write('closed');
      })();`,
    );
    const child = spawnSync(process.execPath, ['-r', '@swc-node/register', script], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(child.stdout).toBe('closed');
    expect(child.status).toBe(0);
  });

  it('answers unavailable while another process holds the write lock, appends nothing, then recovers', async () => {
    const file = tempFile();
    const store = new SqliteEventStore({ file, busyTimeoutMs: 50 });
    await store.append('busy-1', [newEvent()], { expectedRevision: 'no-stream' });
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    await expect(
      store.append('busy-1', [newEvent()], { expectedRevision: 'any' }),
    ).rejects.toMatchObject({
      code: 'event-store-unavailable',
    });
    other.exec('ROLLBACK');
    other.close();
    expect(await store.headPosition()).toBe(1n);
    expect((await store.append('busy-1', [newEvent()], { expectedRevision: 0n })).revision).toBe(
      1n,
    );
    await store.close();
  });

  it('lets the event loop run between the pages of a long read, whole log or one stream', async () => {
    const store = new SqliteEventStore({ file: tempFile() });
    const events = Array.from({ length: 1_000 }, (_, n) => newEvent('T', { n }));
    await store.append('long', events, { expectedRevision: 'no-stream' });
    // SQLite reads synchronously: without a pause between pages, reading a large log (an
    // integrity check, an export) would hold every request, timer and health check until done.
    const readAll = async (read: AsyncIterable<unknown>) => {
      let count = 0;
      for await (const _event of read) count += 1;
      return count;
    };
    const whole = await turnsDuring(() => readAll(store.readAll()));
    expect(whole).toEqual({ result: 1_000, turns: expect.any(Number) });
    expect(whole.turns).toBeGreaterThanOrEqual(4); // 1 000 events in pages of 200
    const stream = await turnsDuring(() => readAll(store.readStream('long')));
    expect(stream.result).toBe(1_000);
    expect(stream.turns).toBeGreaterThanOrEqual(4);
    await store.close();
  });

  it('refuses appends after close with a store-unavailable error', async () => {
    const store = new SqliteEventStore({ file: tempFile() });
    await store.close();
    await expect(
      store.append('x', [newEvent()], { expectedRevision: 'any' }),
    ).rejects.toMatchObject({
      code: 'event-store-unavailable',
    });
  });
});
