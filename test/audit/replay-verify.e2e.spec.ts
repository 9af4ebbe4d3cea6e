import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { activeGenerationFile } from '@hdnd/read-models';
import { ids, tayNinhRequests } from '@hdnd/testing';
import { runCli } from '@hdnd/testing/cli';
import { startHttp } from '@hdnd/testing/http-harness';

/** npm run cli -- replay --verify, on the seed case's data directory with the api stopped. */
describe('ops CLI: replay --verify', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hdnd-replay-cli-'));
  const replay = (argv = ['replay', '--verify']) => runCli(argv, { DATA_DIR: dataDir });

  beforeAll(async () => {
    const app = await startHttp({ dataDir });
    try {
      for (const step of tayNinhRequests()) await app.command(step.path, step.body, step.status);
      await app.http().get(`/api/agencies?minPosition=${app.lastPosition()}`).expect(200);
    } finally {
      await app.close();
    }
  }, 30_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('finds the live read models identical to a replay from position 0', async () => {
    expect(await replay()).toEqual({
      code: 0,
      out: expect.stringMatching(
        /^identical: replayed \d+ events in .*every read-model table matches/,
      ),
    });
  });

  it('names the rows that differ when the live read models are wrong', async () => {
    const db = new Database(activeGenerationFile(dataDir));
    db.prepare('UPDATE recommendations SET text = ? WHERE id = ?').run('sai', ids.recommendation);
    db.prepare('DELETE FROM agencies WHERE id = ?').run(ids.ward1);
    db.close();
    const { code, out } = await replay();
    expect(code).toBe(1);
    expect(out).toContain(`agencies {"id":"${ids.ward1}"}: missing from the live read models`);
    expect(out).toContain(`recommendations {"id":"${ids.recommendation}"}: live {`);
    expect(out.split('\n').at(-1)).toMatch(/^DIFFERENT: 2 rows differ/);
  });

  it('asks for --verify', async () => {
    expect(await replay(['replay'])).toMatchObject({ code: 2 });
  });
});
