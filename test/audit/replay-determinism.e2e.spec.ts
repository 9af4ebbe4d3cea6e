import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ActiveReadModels,
  buildReadModels,
  compareReadModels,
  openReadModelDatabase,
} from '@hdnd/read-models';
import { ids, tayNinhRequests } from '@hdnd/testing';
import { startHttp } from '@hdnd/testing/http-harness';

const AGENCIES = [ids.province, ids.city, ids.ward1];
const RECOMMENDATIONS = [ids.recommendation, 'kn-p-1', 'kn-p-2', 'kn-p-3'];
const OBSTACLES = [ids.vneidObstacle, 'kk-p-1', 'kk-p-2'];
const RESPONSES = [ids.response, 'tl-p-1', 'tl-p-2'];
const d = `/api/delegations/${ids.delegation}`;
const r = (id: string) => `/api/recommendations/${id}`;
const day = fc
  .integer({ min: 0, max: 600 })
  .map((n) => new Date(Date.UTC(2024, 4, 1) + n * 86_400_000).toISOString().slice(0, 10));
const text = fc.constantFrom('Đã xử lý', 'Đang đồng bộ dữ liệu', 'Chưa thực hiện', 'Giải trình');
const one = <T>(items: readonly T[]) => fc.constantFrom(...items);

/** Besides the seed's: the other recommendations and obstacles the commands below name. */
const OPENING = [
  ...OBSTACLES.slice(1).map((obstacleId) => ({
    path: `${d}/findings`,
    body: { agencyId: ids.ward1, kind: 'obstacle', statement: 'Vướng mắc', obstacleId },
  })),
  ...RECOMMENDATIONS.slice(1).map((id, i) => ({
    path: `${d}/recommendations`,
    body: {
      id,
      addresseeAgencyId: AGENCIES[i % AGENCIES.length],
      text: `Kiến nghị ${id}`,
      findingIds: [ids.vneidFinding],
      responseDueOn: '2024-09-30',
      issuedOn: '2024-06-01',
    },
  })),
];

/** A command the secretariat could send about the seed case; many are refused, as in life. */
const command = fc.oneof(
  fc
    .record({
      path: fc.constant(`${d}/findings`),
      body: fc.record({
        agencyId: one(AGENCIES),
        kind: one(['achievement', 'limitation', 'obstacle'] as const),
        statement: text,
        obstacleId: one(OBSTACLES.slice(1)),
      }),
    })
    .map(({ path, body }) => ({
      path,
      body: body.kind === 'obstacle' ? body : { ...body, obstacleId: undefined },
    })),
  fc.record({
    path: fc.constant(`${d}/recommendations`),
    body: fc.record({
      id: one(RECOMMENDATIONS.slice(1)),
      addresseeAgencyId: one(AGENCIES),
      text,
      findingIds: fc.constant([ids.vneidFinding]),
      responseDueOn: day,
    }),
  }),
  fc.record({
    path: one(RECOMMENDATIONS).map((id) => `${r(id)}/responses`),
    body: fc.record({
      id: one(RESPONSES.slice(1)),
      respondedOn: day,
      position: one(['accepted', 'partially-accepted', 'rejected'] as const),
      text,
    }),
  }),
  fc
    .tuple(
      one(RECOMMENDATIONS),
      one(RESPONSES),
      day,
      one(['satisfactory', 'unsatisfactory'] as const),
    )
    .map(([rec, response, assessedOn, verdict]) => ({
      path: `${r(rec)}/responses/${response}/assessment`,
      body: { assessedOn, verdict, note: 'Nhận xét' },
    })),
  fc.record({
    path: one(RECOMMENDATIONS).map((id) => `${r(id)}/progress`),
    body: fc.record({ reportedOn: day, text, percent: fc.integer({ min: 0, max: 100 }) }),
  }),
  fc.record({
    path: one(RECOMMENDATIONS).map((id) => `${r(id)}/closure`),
    body: fc.record({
      closedOn: day,
      outcome: one(['implemented', 'partially-implemented', 'not-implemented'] as const),
      assessment: text,
    }),
  }),
  fc.record({
    path: one(RECOMMENDATIONS).map((id) => `${r(id)}/reopening`),
    body: fc.record({ reason: text }),
  }),
  fc.record({
    path: one(RECOMMENDATIONS).map((id) => `${r(id)}/extension`),
    body: fc.record({ newDueOn: day, reason: text, approvedBy: fc.constant('Thường trực HĐND') }),
  }),
  fc.record({
    path: one(RECOMMENDATIONS).map((id) => `${r(id)}/escalation`),
    body: fc.record({
      step: one(['first-reminder', 'further-reminder', 'explanation-session'] as const),
      note: text,
    }),
  }),
  fc.record({
    path: one(OBSTACLES).map((id) => `/api/obstacles/${id}/assignment`),
    body: fc.record({ agencyId: one(AGENCIES), competence: one(['commune', 'province'] as const) }),
  }),
  fc.record({
    path: one(OBSTACLES).map((id) => `/api/obstacles/${id}/resolution`),
    body: fc.record({ resolvedOn: day, resolution: text }),
  }),
);

/**
 * Replay determinism (docs/audit.md): random command sequences through the API, then the read
 * models rebuilt from the log in a scratch database must equal, row for row, the ones the
 * projection runner kept live while the commands came in.
 */
describe('replay determinism (fast-check through the API)', () => {
  it('rebuilds exactly what was projected live, whatever the commands', async () => {
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 5, maxLength: 25 }), async (commands) => {
        const app = await startHttp({ clock: { now: () => new Date('2025-01-10T03:00:00Z') } });
        const scratchDir = mkdtempSync(join(tmpdir(), 'hdnd-replay-prop-'));
        const scratch = openReadModelDatabase(join(scratchDir, 'read-models.sqlite'));
        try {
          for (const step of tayNinhRequests())
            await app.command(step.path, step.body, step.status);
          // The cases the random commands are about: so that many of them land.
          for (const step of OPENING) await app.command(step.path, step.body, 201);
          for (const c of commands) {
            const res = await app.http().post(c.path).send(c.body);
            expect(res.status).toBeLessThan(500);
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          }
          const head = await app.head();
          await app.http().get(`/api/agencies?minPosition=${head}`).expect(200);
          await buildReadModels(app.store, scratch);
          const live = app.get(ActiveReadModels).generation.db;
          expect(await compareReadModels(live, scratch)).toEqual([]);
        } finally {
          await scratch.destroy();
          rmSync(scratchDir, { recursive: true, force: true });
          await app.close();
        }
      }),
      { numRuns: 12, ...(process.env.FUZZ_SEED && { seed: Number(process.env.FUZZ_SEED) }) },
    );
    // The sequences must change the record, not only bounce off its rules.
    const count = (keep: (status: number) => boolean) =>
      [...statuses].filter(([status]) => keep(status)).reduce((n, [, k]) => n + k, 0);
    expect(count((status) => status < 300) / count(() => true)).toBeGreaterThan(0.2);
  }, 180_000);
});
