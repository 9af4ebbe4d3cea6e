import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ids } from '@hdnd/testing';
import { runCli } from '@hdnd/testing/cli';
import { startHttp, TEST_PASSWORD, type HttpHarness } from '@hdnd/testing/http-harness';
import { asText } from '@hdnd/testing/text-body';

/** The seed case as written before RecommendationIssued reached schema version 2. */
const FIXTURE = join(__dirname, '../fixtures/logs/tay-ninh-schema-v1.ndjson');

/**
 * Issue 7, schema evolution: a log with old-version events, restored as it was written, reads
 * back in today's shapes through the upcasters — while its hashes, its export and its
 * integrity still speak of what was written.
 */
describe('schema evolution: old events read in today’s shapes', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hdnd-schema-'));
  let app: HttpHarness;
  const cli = (argv: string[], stdin = '') => runCli(argv, { DATA_DIR: dataDir }, stdin);

  beforeAll(async () => {
    expect(readFileSync(FIXTURE, 'utf8')).toMatch(
      /"type":"RecommendationIssued","schemaVersion":1/,
    );
    expect(await cli(['restore', FIXTURE])).toEqual({
      code: 0,
      out: expect.stringContaining('3 accounts came back locked'),
    });
    // The log has the fixture's users; their passwords were never in it.
    for (const username of ['admin', 'thu-ky', 'kiem-toan'])
      expect(
        await cli(
          ['users:reset-password', '--username', username, '--password-stdin'],
          `${TEST_PASSWORD}\n`,
        ),
      ).toEqual({ code: 0, out: expect.any(String) });
    app = await startHttp({ dataDir });
  }, 30_000);
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('reads a version 1 RecommendationIssued as today’s version 3, keeping what was written beside it', async () => {
    const stream = (
      await app.auditor().get(`/api/audit/streams/recommendation-${ids.recommendation}`).expect(200)
    ).body;
    const [issued] = stream.events;
    expect(issued).toMatchObject({
      type: 'RecommendationIssued',
      schemaVersion: 3,
      data: {
        issuedOn: '2024-05-15',
        supervisionLaw: '87/2015/QH13',
        source: { kind: 'delegation', id: ids.delegation },
      },
      recordedAs: { schemaVersion: 1 },
    });
    expect(issued.recordedAs.data).not.toHaveProperty('supervisionLaw');
    expect(issued.recordedAs.data).toMatchObject({ delegationId: ids.delegation });
    expect(stream.state).toMatchObject({ status: 'open', issuedOn: '2024-05-15' });
    await app.http().get(`/api/recommendations/${ids.recommendation}`).expect(200);
  });

  it('still verifies, and exports the event as it was written', async () => {
    expect((await app.auditor().get('/api/audit/integrity').expect(200)).body).toMatchObject({
      ok: true,
    });
    const exported = (await asText(app.auditor().get('/api/audit/export')).expect(200))
      .body as string;
    const line = exported.split('\n').find((l) => l.includes('"type":"RecommendationIssued"'))!;
    expect(JSON.parse(line)).toMatchObject({ schemaVersion: 1 });
    expect(line).not.toContain('supervisionLaw');
  });

  it('writes new recommendations in version 3, under the law in force on their date', async () => {
    await app.command(
      `/api/delegations/${ids.delegation}/recommendations`,
      {
        id: 'kn-luat-moi',
        addresseeAgencyId: ids.province,
        text: 'Kiến nghị theo luật mới',
        findingIds: [ids.vneidFinding],
        issuedOn: '2026-03-02',
        responseDueOn: '2026-04-02',
      },
      201,
    );
    const [issued] = (
      await app.auditor().get('/api/audit/streams/recommendation-kn-luat-moi').expect(200)
    ).body.events;
    expect(issued).toMatchObject({
      schemaVersion: 3,
      data: {
        supervisionLaw: '121/2025/QH15',
        source: { kind: 'delegation', id: ids.delegation },
      },
    });
    expect(issued).not.toHaveProperty('recordedAs');
  });
});
