import type Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newEvent } from '@hdnd/testing/event-store-contract';
import { encodeEvents } from '../encoding/encode-events';
import { verifyLog } from '../integrity/verify-log';
import { AppendWriter, type PendingAppend } from './append-writer';
import { openDurableConnection } from './connection';
import { SqliteEventStore } from './sqlite-event-store';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const pending = (streamId: string, expected: PendingAppend['expected']): PendingAppend => ({
  streamId,
  events: encodeEvents(streamId, [newEvent()], '2024-04-02T08:30:00.000Z', 1024 * 1024),
  expected,
});

/**
 * The connection as the writer sees it, with `afterCommit` run right after each of its
 * transactions commits and before the writer's next statement: where another process's
 * append may land.
 */
const withGapAfterCommit = (db: Database.Database, afterCommit: () => void): Database.Database =>
  new Proxy(db, {
    get(target, property) {
      if (property === 'transaction') {
        return (body: (batch: readonly PendingAppend[]) => unknown) => {
          const transaction = target.transaction(body);
          const then =
            (run: (batch: readonly PendingAppend[]) => unknown) =>
            (batch: readonly PendingAppend[]) => {
              const result = run(batch);
              afterCommit();
              return result;
            };
          return Object.assign(then(transaction), {
            deferred: then(transaction.deferred),
            immediate: then(transaction.immediate),
          });
        };
      }
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });

describe('append writer', () => {
  it('links to an append another process committed right after its own commit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hdnd-writer-'));
    dirs.push(dir);
    const file = join(dir, 'events.sqlite');
    await new SqliteEventStore({ file }).close(); // the schema
    const other = new AppendWriter(openDurableConnection(file));
    let gap: (() => void) | undefined;
    const writer = new AppendWriter(
      withGapAfterCommit(openDurableConnection(file), () => {
        gap?.();
        gap = undefined;
      }),
    );

    gap = () => other.commit([pending('other-process', 'no-stream')]);
    writer.commit([pending('ours', 'no-stream')]);
    const [next] = writer.commit([pending('ours', 0n)]);

    // The other process's event sits between our two: our second must link to it.
    expect(next).toEqual({ ok: true, result: expect.objectContaining({ position: 3n }) });
    const store = new SqliteEventStore({ file });
    const report = await verifyLog(store, { trustedKeys: [] });
    await store.close();
    expect(report).toMatchObject({ ok: true, eventsChecked: 3 });
  });
});
