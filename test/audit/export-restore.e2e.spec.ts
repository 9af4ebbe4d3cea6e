import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ActiveReadModels } from '@hdnd/read-models';
import { ids, tayNinhRequests } from '@hdnd/testing';
import { runCli } from '@hdnd/testing/cli';
import { EsdbEmulator } from '@hdnd/testing/esdb-emulator';
import { startHttp } from '@hdnd/testing/http-harness';
import { dumpReadModels } from '@hdnd/read-models';
import { asText } from '@hdnd/testing/text-body';

type Dump = Record<string, unknown[]>;

/** Log positions differ between stores; everything else a read model holds must not. */
const withoutPositions = (dump: Dump): Dump =>
  Object.fromEntries(
    Object.entries(dump).map(([table, rows]) => [
      table,
      rows.map((row) => {
        const {
          log_position: _logPosition,
          position: _position,
          ...rest
        } = row as Record<string, unknown>;
        return rest;
      }),
    ]),
  );

/**
 * Issue 7, Done when: export → restore → rebuild gives identical read models; a file whose
 * chain does not verify is refused with nothing written.
 */
describe('export and restore: the log moves between stores whole, and only whole', () => {
  const dirs: string[] = [];
  const dir = (name: string) => {
    const d = mkdtempSync(join(tmpdir(), `hdnd-${name}-`));
    dirs.push(d);
    return d;
  };
  const source = dir('source');
  const exported = join(dir('export'), 'log.ndjson');
  let sourceDump: Dump;
  let head: number;

  const cli = runCli;
  /** The api on a restored data directory; its credentials come from their own backup. */
  const serve = async (dataDir: string, eventStoreUrl?: string) => {
    copyFileSync(join(source, 'identity.sqlite'), join(dataDir, 'identity.sqlite'));
    const app = await startHttp({ dataDir, ...(eventStoreUrl && { eventStoreUrl }) });
    await app.auditor().get(`/api/agencies?minPosition=${head}`).expect(200);
    return app;
  };

  beforeAll(async () => {
    const app = await startHttp({ dataDir: source });
    try {
      for (const step of tayNinhRequests()) await app.command(step.path, step.body, step.status);
      await app.admin().post('/api/audit/checkpoints').expect(201);
      await app.command(
        `/api/delegations/${ids.delegation}/findings`,
        { agencyId: ids.ward1, kind: 'limitation', statement: 'Ghi sau mốc ký' },
        201,
      );
      head = Number(await app.head());
      await app.auditor().get(`/api/agencies?minPosition=${head}`).expect(200);
      sourceDump = await dumpReadModels(app.get(ActiveReadModels).generation.db);
      const res = await asText(app.auditor().get('/api/audit/export')).expect(200);
      expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
      writeFileSync(exported, res.body as string);
    } finally {
      await app.close();
    }
  }, 60_000);
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('exports a header with the public key, then every event with its hashes', () => {
    const lines = readFileSync(exported, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(head + 1);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      format: 'hdnd-log-export/1',
      publicKeys: [
        { keyId: expect.any(String), publicKey: expect.stringContaining('BEGIN PUBLIC KEY') },
      ],
    });
    expect(JSON.parse(lines[1]!)).toMatchObject({
      position: '1',
      revision: '0',
      hash: expect.any(String),
    });
  });

  it('exports the same lines from the CLI as over HTTP', async () => {
    const out = join(dir('cli-export'), 'log.ndjson');
    expect(await cli(['export', '--out', out], { DATA_DIR: source })).toEqual({
      code: 0,
      out: expect.stringMatching(new RegExp(`^exported ${head} events in .* to ${out}`)),
    });
    const body = (text: string) => text.trimEnd().split('\n').slice(1);
    expect(body(readFileSync(out, 'utf8'))).toEqual(body(readFileSync(exported, 'utf8')));
  });

  it('restores into an empty SQLite store: same log, same checkpoints, identical read models', async () => {
    const target = dir('restored');
    const restored = await cli(['restore', exported], {
      DATA_DIR: target,
      EVENTSTORE_URL: undefined,
    });
    expect(restored).toEqual({
      code: 0,
      out: expect.stringMatching(
        new RegExp(`^restored ${head} events in .*; 1 signed checkpoints verify`),
      ),
    });
    const app = await serve(target);
    try {
      expect(await dumpReadModels(app.get(ActiveReadModels).generation.db)).toEqual(sourceDump);
      expect((await app.auditor().get('/api/audit/integrity').expect(200)).body).toMatchObject({
        ok: true,
        eventsChecked: head,
        checkpointsVerified: 1,
      });
    } finally {
      await app.close();
    }
    // And a second time into the same store: refused, the store is not empty.
    expect(
      await cli(['restore', exported], { DATA_DIR: target, EVENTSTORE_URL: undefined }),
    ).toEqual({
      code: 1,
      out: expect.stringContaining('not empty'),
    });
  }, 60_000);

  it('restores into EventStoreDB through the adapter, with identical read models', async () => {
    const emulator = await new EsdbEmulator().start(0);
    const target = dir('restored-esdb');
    try {
      const restored = await cli(['restore', exported], {
        DATA_DIR: target,
        EVENTSTORE_URL: emulator.connectionString,
      });
      expect(restored).toMatchObject({ code: 0 });
      const app = await serve(target, emulator.connectionString);
      try {
        // Read models wait for the log's own positions on EventStoreDB: wait for the last event.
        const last = (await app.auditor().get('/api/audit/integrity').expect(200)).body as {
          ok: boolean;
          eventsChecked: number;
          head: { position: string };
        };
        expect(last).toMatchObject({ ok: true, eventsChecked: head });
        await app.auditor().get(`/api/agencies?minPosition=${last.head.position}`).expect(200);
        expect(
          withoutPositions(await dumpReadModels(app.get(ActiveReadModels).generation.db)),
        ).toEqual(withoutPositions(sourceDump));
      } finally {
        await app.close();
      }
    } finally {
      await emulator.stop();
    }
  }, 60_000);

  it('refuses a file whose chain does not verify, and writes nothing', async () => {
    const lines = readFileSync(exported, 'utf8').split('\n');
    lines[12] = lines[12]!
      .replace(/"text":"([^"]*)"/, '"text":"$1 (sửa)"')
      .replace(/"statement":"([^"]*)"/, '"statement":"$1 (sửa)"');
    const tampered = join(dir('tampered'), 'log.ndjson');
    writeFileSync(tampered, lines.join('\n'));
    expect(lines[12]).toContain('(sửa)');
    const target = dir('refused');
    expect(
      await cli(['restore', tampered], { DATA_DIR: target, EVENTSTORE_URL: undefined }),
    ).toEqual({
      code: 1,
      out: expect.stringMatching(
        /^refused: the file does not verify — first break at position 12 \(hash-mismatch\).*Nothing was written/,
      ),
    });
    const app = await startHttp({ dataDir: target });
    try {
      // Only what the api's own first start wrote (its admin and the harness's two users).
      const events = (await app.auditor().get('/api/audit/events?limit=200').expect(200)).body
        .items as { type: string }[];
      expect(events.every((e) => e.type.startsWith('User') || e.type === 'RoleGranted')).toBe(true);
    } finally {
      await app.close();
    }
  }, 60_000);
});
