import Database from 'better-sqlite3';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createPublicKey, generateKeyPairSync, randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  canonicalJson,
  CHECKPOINT_EVENT,
  CHECKPOINT_STREAM,
  checkpointIsSigned,
  eventHash,
  keyIdOf,
  GENESIS_HASH,
  LOG_GENESIS,
  nextLogHash,
  signCheckpoint,
  SqliteEventStore,
  type LogCheckpoint,
} from '@hdnd/event-store';
import { ids, tayNinhRequests } from '@hdnd/testing';
import { runCli } from '@hdnd/testing/cli';
import { startHttp } from '@hdnd/testing/http-harness';

type Row = Record<string, unknown> & { position: number; data: string };

/**
 * Tamper evidence (docs/audit.md): the seed case's log is tampered with directly in a copy of
 * its SQLite file, one way per test, and the auditor's `npm run cli -- verify` must name the
 * first broken position; the untouched log passes, over HTTP and in the CLI.
 */
describe('tamper evidence: every way of altering the record is caught', () => {
  const source = mkdtempSync(join(tmpdir(), 'hdnd-tamper-'));
  const copies: string[] = [];
  let checkpoint: LogCheckpoint;
  let publicKeyPem: string;
  let head: number;

  /** A copy of the data directory, its log open for tampering. */
  const tamperWith = (change: (db: Database.Database, dir: string) => void): string => {
    const dir = mkdtempSync(join(tmpdir(), 'hdnd-tampered-'));
    copies.push(dir);
    cpSync(source, dir, { recursive: true });
    const db = new Database(join(dir, 'events.sqlite'));
    try {
      change(db, dir);
    } finally {
      db.close();
    }
    return dir;
  };
  const verify = (dir: string) => runCli(['verify'], { DATA_DIR: dir });
  const rowAt = (db: Database.Database, position: number) =>
    db.prepare('SELECT * FROM events WHERE position = ?').get(position) as Row;

  beforeAll(async () => {
    const app = await startHttp({ dataDir: source });
    try {
      for (const step of tayNinhRequests()) await app.command(step.path, step.body, step.status);
      checkpoint = (await app.admin().post('/api/audit/checkpoints').expect(201)).body;
      publicKeyPem = (await app.auditor().get('/api/audit/public-key').expect(200)).body.publicKey;
      // Recorded after the checkpoint: the tail a forger would cut.
      for (const n of [1, 2, 3])
        await app.command(
          `/api/delegations/${ids.delegation}/findings`,
          { agencyId: ids.ward1, kind: 'limitation', statement: `Ghi sau mốc ký, lần ${n}` },
          201,
        );
      head = Number(await app.head());
      const integrity = await app.auditor().get('/api/audit/integrity').expect(200);
      expect(integrity.body).toMatchObject({
        ok: true,
        eventsChecked: head,
        checkpointsVerified: 1,
        head: { position: String(head) },
      });
      expect(integrity.body.firstBroken).toBeUndefined();
    } finally {
      await app.close();
    }
  }, 60_000);
  afterAll(() => {
    for (const dir of [source, ...copies]) rmSync(dir, { recursive: true, force: true });
  });

  it('signs checkpoints that a copy of the public key verifies, and only as signed', () => {
    const key = createPublicKey(publicKeyPem);
    expect(checkpoint).toMatchObject({
      eventCount: Number(checkpoint.position),
      headHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      keyId: keyIdOf(key),
    });
    expect(checkpointIsSigned(checkpoint, [key])).toBe(true);
    expect(
      checkpointIsSigned({ ...checkpoint, eventCount: checkpoint.eventCount - 1 }, [key]),
    ).toBe(false);
  });

  it('passes the untouched log', async () => {
    expect(await verify(tamperWith(() => undefined))).toEqual({
      code: 0,
      out: expect.stringMatching(
        new RegExp(`^ok: ${head} events in \\d+ streams, 1 signed checkpoints verified`),
      ),
    });
  });

  it('names the event one byte of which was changed', async () => {
    const dir = tamperWith((db) => {
      const { data } = rowAt(db, 10);
      const i = data.search(/[a-z]/);
      const edited = `${data.slice(0, i)}${data[i] === 'a' ? 'b' : 'a'}${data.slice(i + 1)}`;
      db.prepare('UPDATE events SET data = ? WHERE position = 10').run(edited);
    });
    expect(await verify(dir)).toEqual({
      code: 1,
      out: expect.stringMatching(/^BROKEN at position 10 \(hash-mismatch\)/),
    });
  });

  it('names the position of a deleted row', async () => {
    const dir = tamperWith((db) => db.prepare('DELETE FROM events WHERE position = 10').run());
    expect(await verify(dir)).toEqual({
      code: 1,
      out: expect.stringMatching(/^BROKEN at position 10 \(position-gap\)/),
    });
  });

  it('names the first of two swapped rows', async () => {
    const dir = tamperWith((db) => {
      const [a, b] = [rowAt(db, 10), rowAt(db, 20)];
      db.prepare('DELETE FROM events WHERE position IN (10, 20)').run();
      const insert = db.prepare(
        'INSERT INTO events VALUES (@position, @event_id, @stream_id, @revision, @type, @schema_version, @data, @metadata, @recorded_at, @hash, @log_hash)',
      );
      insert.run({ ...b, position: 10 });
      insert.run({ ...a, position: 20 });
    });
    expect(await verify(dir)).toEqual({
      code: 1,
      out: expect.stringMatching(/^BROKEN at position 10 \((revision-gap|log-chain-mismatch)\)/),
    });
  });

  it('catches a tail cut below a signed checkpoint, by the witnessed copy', async () => {
    const keep = checkpoint.eventCount - 5;
    const dir = tamperWith((db) => db.prepare('DELETE FROM events WHERE position > ?').run(keep));
    expect(await verify(dir)).toEqual({
      code: 1,
      out: expect.stringMatching(
        new RegExp(
          `^BROKEN at position ${keep + 1} \\(log-truncated\\).*covers ${checkpoint.eventCount} events; the log holds ${keep}`,
        ),
      ),
    });
  });

  it('catches history rewritten with every hash recomputed, by the signed checkpoint', async () => {
    const dir = tamperWith((db) => {
      const { data } = rowAt(db, 10);
      db.prepare('UPDATE events SET data = ? WHERE position = 10').run(data.replace(/[a-z]/, 'x'));
      rechain(db);
    });
    expect(await verify(dir)).toEqual({
      code: 1,
      out: expect.stringMatching(
        new RegExp(`^BROKEN at position ${checkpoint.position} \\(checkpoint-mismatch\\)`),
      ),
    });
  });

  it('catches a checkpoint forged with another key, in the log or in the witness file', async () => {
    const forged = signCheckpoint(
      { eventCount: 3, headHash: LOG_GENESIS, position: '3', signedAt: new Date().toISOString() },
      generateKeyPairSync('ed25519').privateKey,
    );
    const inLog = tamperWith(() => undefined);
    const store = new SqliteEventStore({ file: join(inLog, 'events.sqlite') });
    const id = randomUUID();
    const { position } = await store.append(
      CHECKPOINT_STREAM,
      [
        {
          eventId: id,
          type: CHECKPOINT_EVENT,
          schemaVersion: 1,
          data: forged,
          metadata: {
            actor: { userId: 'system', username: 'system', role: 'system' },
            correlationId: id,
            causationId: id,
            command: 'SignLogCheckpoint',
          },
        },
      ],
      { expectedRevision: 'any' },
    );
    await store.close();
    expect(await verify(inLog)).toEqual({
      code: 1,
      out: expect.stringMatching(
        new RegExp(`^BROKEN at position ${position} \\(checkpoint-forged\\)`),
      ),
    });

    const inWitness = tamperWith((_, dir) =>
      appendFileSync(join(dir, 'audit-checkpoints.ndjson'), `${JSON.stringify(forged)}\n`),
    );
    expect(await verify(inWitness)).toEqual({
      code: 1,
      out: expect.stringMatching(/^BROKEN at position 3 \(checkpoint-forged\)/),
    });
  });
});

/** What a forger with write access but without the signing key would do: recompute every hash. */
const rechain = (db: Database.Database): void => {
  const rows = db.prepare('SELECT * FROM events ORDER BY position').all() as (Row &
    Record<string, string | number>)[];
  const update = db.prepare(
    'UPDATE events SET data = ?, hash = ?, log_hash = ? WHERE position = ?',
  );
  const streams = new Map<string, string>();
  let log = LOG_GENESIS;
  for (const r of rows) {
    const dataJson = canonicalJson(JSON.parse(r.data as string));
    const hash = eventHash({
      streamId: r.stream_id as string,
      revision: r.revision as number,
      eventId: r.event_id as string,
      type: r.type as string,
      schemaVersion: r.schema_version as number,
      dataJson,
      metadataJson: r.metadata as string,
      previousHash: streams.get(r.stream_id as string) ?? GENESIS_HASH,
    });
    streams.set(r.stream_id as string, hash);
    log = nextLogHash(log, hash);
    update.run(dataJson, hash, log, r.position);
  }
};
