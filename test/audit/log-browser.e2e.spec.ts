import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

interface Item {
  position: number;
  streamId: string;
  type: string;
  hash: string;
  logHash?: string;
  metadata: { command: string; correlationId: string };
}

/**
 * What the console's audit pages ask of the log (docs/audit.md): the filters of
 * GET /api/audit/events, and the integrity check run as a job with its progress and report.
 */
describe('the audit log browser and the integrity job', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hdnd-audit-browser-'));
  let app: HttpHarness;
  let all: Item[];

  const events = async (query: string): Promise<{ items: Item[]; next: number | null }> =>
    (await app.auditor().get(`/api/audit/events?${query}`).expect(200)).body;

  beforeAll(async () => {
    app = await startHttp({ dataDir });
    for (const step of tayNinhRequests()) await app.command(step.path, step.body, step.status);
    all = (await events('limit=200')).items;
  }, 60_000);
  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows each event with its hash and its link in the chain over the log', () => {
    expect(all.length).toBeGreaterThan(10);
    for (const e of all) {
      expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(e.logHash).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('filters by the command that caused the events', async () => {
    const { items } = await events('command=IssueRecommendation');
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((e) => e.metadata.command))).toEqual(new Set(['IssueRecommendation']));
    expect(items).toEqual(all.filter((e) => e.metadata.command === 'IssueRecommendation'));
  });

  it('filters by a case id, whatever the kind of its stream', async () => {
    const { items } = await events(`caseId=${ids.recommendation}`);
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((e) => e.streamId))).toEqual(
      new Set([`recommendation-${ids.recommendation}`]),
    );
  });

  it('keeps to a range of positions, both ends included, and pages within it', async () => {
    const { items } = await events('fromPosition=3&toPosition=7');
    expect(items.map((e) => e.position)).toEqual([3, 4, 5, 6, 7]);
    const first = await events('fromPosition=3&toPosition=7&limit=2');
    expect(first.items.map((e) => e.position)).toEqual([3, 4]);
    expect(first.next).toBe(4);
    const last = await events('fromPosition=3&toPosition=7&limit=3&after=4');
    expect(last.items.map((e) => e.position)).toEqual([5, 6, 7]);
    expect(last.next).toBeNull();
    expect((await events('fromPosition=7&toPosition=3')).items).toEqual([]);
  });

  it.each([
    ['fromPosition=0', 'fromPosition', 'min'],
    ['toPosition=abc', 'toPosition', 'isInt'],
    ['fromPosition=1e308', 'fromPosition', 'max'],
    ['command=Issue%20Recommendation', 'command', 'matches'],
  ])('refuses %s with 400 and a stable code', async (query, field, code) => {
    const res = await app.auditor().get(`/api/audit/events?${query}`).expect(400);
    expect(res.body).toMatchObject({ code: 'bad-input', errors: [{ field, code }] });
  });

  /** Starts a verification and follows it to its end, as the console does. */
  const verifyAsJob = async () => {
    const started = await app.auditor().post('/api/audit/integrity/verifications').expect(202);
    const jobId = started.body.jobId as string;
    for (let i = 0; i < 100; i += 1) {
      const job = await app
        .auditor()
        .get(`/api/audit/integrity/verifications/${jobId}`)
        .expect(200);
      if (job.body.state !== 'active') return job.body;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the verification never ended');
  };

  it('runs the integrity check as a job, which reports the same as the synchronous check', async () => {
    const head = Number(await app.head());
    const job = await verifyAsJob();
    // An auditor may start it because it only reads: the log has not moved.
    expect(Number(await app.head())).toBe(head);
    expect(job).toMatchObject({
      name: 'audit.verify',
      state: 'completed',
      processed: head,
      total: head,
      percent: 100,
      report: { ok: true, eventsChecked: head, head: { position: String(head) } },
    });
    const sync = await app.auditor().get('/api/audit/integrity').expect(200);
    expect(job.report).toEqual(sync.body);
  });

  it('answers 404 for a job it does not know', async () => {
    await app.auditor().get('/api/audit/integrity/verifications/no-such-job').expect(404);
  });

  it('names the position a changed byte broke', async () => {
    const db = new Database(join(dataDir, 'events.sqlite'));
    try {
      const { data } = db.prepare('SELECT data FROM events WHERE position = 5').get() as {
        data: string;
      };
      const i = data.search(/[a-z]/);
      const edited = `${data.slice(0, i)}${data[i] === 'a' ? 'b' : 'a'}${data.slice(i + 1)}`;
      db.prepare('UPDATE events SET data = ? WHERE position = 5').run(edited);
    } finally {
      db.close();
    }
    const job = await verifyAsJob();
    expect(job).toMatchObject({
      state: 'completed',
      report: { ok: false, firstBroken: { position: '5', reason: 'hash-mismatch' } },
    });
  });
});
