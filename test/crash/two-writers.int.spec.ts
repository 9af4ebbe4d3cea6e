import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore, verifyStreamChain } from '@hdnd/event-store';
import { newEvent } from '@hdnd/testing/event-store-contract';

/**
 * Two processes append to one log file at once (an api and an ops CLI, say): both make
 * progress, neither sees an error, and every stream's revisions and hash chain stay whole.
 */
describe('two processes appending to one SQLite log', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hdnd-two-writers-'));
  const file = join(dir, 'events.sqlite');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('interleaves their appends without errors, gaps or duplicates', async () => {
    const store = new SqliteEventStore({ file });
    await store.append('shared', [newEvent()], { expectedRevision: 'no-stream' });
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', join(__dirname, 'crash-appender.ts'), file, '0'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let childAcks = 0;
    let childErrors = '';
    child.stdout.on(
      'data',
      (chunk: Buffer) =>
        (childAcks += chunk
          .toString()
          .split('\n')
          .filter((l) => l.startsWith('ack ')).length),
    );
    child.stderr.on('data', (chunk: Buffer) => (childErrors += chunk.toString()));
    while (childAcks === 0 && child.exitCode === null) await new Promise((r) => setTimeout(r, 10));

    // While the child appends, this process appends too, to its own streams and to a shared one.
    let mine = 0;
    const until = Date.now() + 1500;
    while (Date.now() < until) {
      await Promise.all([
        store.append(`parent-${mine % 5}`, [newEvent(), newEvent()], { expectedRevision: 'any' }),
        store.append('shared', [newEvent()], { expectedRevision: 'any' }),
      ]);
      mine += 1;
    }
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;

    expect(childErrors).toBe('');
    expect(childAcks).toBeGreaterThan(10);
    expect(mine).toBeGreaterThan(10);
    for (const streamId of [
      'shared',
      ...Array.from({ length: 5 }, (_, i) => `parent-${i}`),
      ...Array.from({ length: 7 }, (_, i) => `crash-${i}`),
    ]) {
      expect(await verifyStreamChain(store.readStream(streamId))).toBeUndefined();
    }
    let count = 0;
    for await (const _e of store.readStream('shared')) count++;
    expect(count).toBe(mine + 1);
    await store.close();
  }, 30_000);
});
