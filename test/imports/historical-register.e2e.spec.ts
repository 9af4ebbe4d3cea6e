import {
  HISTORICAL_AGENCIES,
  historicalRegister,
  PLANTED_FAULTS,
} from '@hdnd/testing/historical-register';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';
import { importRegister, uploadRegister } from '@hdnd/testing/import-client';

/**
 * 200 historical recommendations with four rows at fault: the dry run names exactly those
 * rows, records nothing; a run records the other 196; a second run of the same file records
 * nothing new.
 */
describe('a register of 200 historical recommendations with four bad rows', () => {
  let app: HttpHarness;
  const file = historicalRegister(200, PLANTED_FAULTS);

  beforeAll(async () => {
    app = await startHttp();
    for (const agency of HISTORICAL_AGENCIES) await app.command('/api/agencies', agency, 201);
  });
  afterAll(() => app.close());

  it('dry run: names exactly the bad rows, each in its column, and records nothing', async () => {
    const before = await app.head();
    const res = await uploadRegister(app.http(), file, true).expect(200);
    expect(await app.head()).toBe(before);
    const errors = res.body.errors as { row: number; column: string; message: string }[];
    expect(errors.map((e) => [e.row, e.column])).toEqual(
      PLANTED_FAULTS.map((f) => [f.row, f.column]),
    );
    expect(res.body).toMatchObject({
      dryRun: true,
      rows: 200,
      valid: 196,
      alreadyRecorded: [],
      creates: { delegations: 2, recommendations: 196, findings: 196 },
    });
  });

  it('records the 196 good rows once; the same file again records nothing new', async () => {
    const start = await app.head();
    const first = await importRegister(app.http(), file);
    const afterFirst = await app.head();
    expect(first).toMatchObject({ state: 'completed', processed: 196, total: 196, percent: 100 });
    expect(first.report).toMatchObject({ recorded: { rows: 196 } });
    const events = (first.report as { recorded: { events: number } }).recorded.events;
    expect(Number(afterFirst - start)).toBe(events);
    expect(events).toBeGreaterThanOrEqual(2 + 196 * 2);

    const second = await importRegister(app.http(), file);
    expect(await app.head()).toBe(afterFirst);
    expect(second.report).toMatchObject({ valid: 0, recorded: { events: 0, rows: 0 } });
    expect((second.report as { alreadyRecorded: number[] }).alreadyRecorded).toHaveLength(196);

    const list = await app.http().get('/api/recommendations?pageSize=1').expect(200);
    expect(list.body.total).toBe(196);
  }, 120_000);
});
