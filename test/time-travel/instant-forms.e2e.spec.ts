import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

const rec = `/api/recommendations/${ids.recommendation}`;
const stream = `/api/audit/streams/recommendation-${ids.recommendation}`;

const DATE_FIELDS = [
  'registeredOn',
  'date',
  'recordedOn',
  'issuedOn',
  'respondedOn',
  'assignedOn',
  'resolvedOn',
] as const;

/** The business date of a seed step, to record it on that day. */
const dayOf = (body: Record<string, unknown>): string | undefined =>
  DATE_FIELDS.map((f) => body[f]).find((v): v is string => typeof v === 'string');

/** Every query field that takes an instant or a date, and how to ask with it. */
const FIELDS: readonly { name: string; url: (value: string) => string }[] = [
  { name: 'asOf', url: (v) => `${rec}?asOf=${encodeURIComponent(v)}` },
  { name: 'asRecordedAt', url: (v) => `${rec}?asRecordedAt=${encodeURIComponent(v)}` },
  { name: 'asOf', url: (v) => `${stream}?asOf=${encodeURIComponent(v)}` },
  { name: 'from', url: (v) => `/api/audit/events?from=${encodeURIComponent(v)}` },
  { name: 'to', url: (v) => `/api/audit/events?to=${encodeURIComponent(v)}` },
];

/** Forms ISO-8601 allows (and class-validator's IsISO8601 passed) that new Date() cannot read. */
const REFUSED = [
  '2024-W01',
  '2024-W01-1',
  '20240101T000000Z',
  '20240101',
  '2024-001',
  '2024-01-01T00:00:00', // no offset: which day it is depends on where the server runs
  '2024-01-01T24:00:00Z',
  '2024-02-30T00:00:00Z', // new Date() reads it as 1 March
  '2024-01-01T00:00Z',
  '2024-01-01T00:00:00+0700',
  '2024-01-01T00:00:00+24:00',
  '2024-01-01 00:00:00Z',
  '2024-01-01t00:00:00z',
  '2024-1-1',
  '2024-01',
  '2024',
  '+002024-01-01T00:00:00Z',
  '2024-01-01T00:00:00.Z',
  '2024-01-01T00:00:00.1234567890Z',
];

const ACCEPTED = [
  '2024-06-01',
  '2024-06-01T00:00:00Z',
  '2024-06-01T00:00:00.5Z',
  '2024-06-01T10:20:30.123+07:00',
  '2024-06-01T23:59:59-05:30',
];

/**
 * An instant or a date the validator let through but `new Date()` could not
 * read answered 500. One documented form each; everything else is 400 problem+json.
 */
describe('instants and dates in queries: one form, 400 for the rest', () => {
  let app: HttpHarness;

  let now = new Date('2023-12-08T03:00:00.000Z');

  beforeAll(async () => {
    // Each step is recorded at 01:00 in Vietnam on its day, which is the day before in UTC.
    app = await startHttp({ clock: { now: () => now } });
    for (const step of tayNinhRequests()) {
      const day = dayOf(step.body as Record<string, unknown>);
      if (day) now = new Date(`${day}T01:00:00+07:00`);
      await app.command(step.path, step.body, step.status);
    }
  });
  afterAll(() => app.close());

  it.each([
    ['asOf=2024-W01', `${rec}?asOf=2024-W01`, 'asOf'],
    ['asOf=20240101T000000Z', `${rec}?asOf=20240101T000000Z`, 'asOf'],
    ['audit from=20240101', '/api/audit/events?from=20240101', 'from'],
  ])('answers the probe %s with 400 problem+json naming the field', async (_, url, field) => {
    const res = await app.auditor().get(url);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.errors).toEqual([
      {
        field,
        code: 'isInstantOrDate',
        message: expect.stringContaining('YYYY-MM-DDTHH:mm:ss'),
      },
    ]);
  });

  it('refuses every other form with 400 on every field, and accepts the documented ones', async () => {
    for (const { name, url } of FIELDS) {
      for (const value of REFUSED) {
        const res = await app.auditor().get(url(value));
        expect({ name, value, status: res.status }).toEqual({ name, value, status: 400 });
        expect(res.body.errors).toEqual([
          { field: name, code: 'isInstantOrDate', message: expect.any(String) },
        ]);
      }
      for (const value of ACCEPTED) {
        const res = await app.auditor().get(url(value));
        expect({ name, value, status: res.status }).toEqual({ name, value, status: 200 });
      }
    }
  });

  it('reads a date in from/to as whole days in Vietnam', async () => {
    const all = (await app.auditor().get('/api/audit/events?limit=200').expect(200)).body.items;
    const day = '2024-05-15';
    const start = new Date(`${day}T00:00:00+07:00`).toISOString();
    const end = new Date(`2024-05-16T00:00:00+07:00`).toISOString();
    const expected = all.filter(
      (e: { metadata: { recordedAt: string } }) =>
        e.metadata.recordedAt >= start && e.metadata.recordedAt < end,
    );
    expect(expected.length).toBeGreaterThan(0);
    const res = await app.auditor().get(`/api/audit/events?from=${day}&to=${day}&limit=200`);
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual(expected);
  });
});
