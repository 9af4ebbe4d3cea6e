import { SqliteEventStore, type NewEvent } from '../../../libs/event-store/src';

const actor = { userId: 'bench', username: 'bench', role: 'secretariat' };
const event = (type: string, data: unknown, n: string): NewEvent => ({
  eventId: `${type}-${n}`,
  type,
  schemaVersion: 1,
  data,
  metadata: { actor, correlationId: `seed-${n}`, causationId: `seed-${n}`, command: 'BenchSeed' },
});

export const BENCH_AGENCY = 'ubnd-bench';
export const BENCH_DELEGATION = 'dgs-bench';
const FINDING = 'kq-bench';

/**
 * Writes a log holding one agency, one delegation with a finding, and `count` recommendations
 * to that agency, through the event store (events, not read-model rows): the server's
 * projections then build the read models from it, as they would in production.
 */
export const seedLog = async (file: string, count: number): Promise<bigint> => {
  const store = new SqliteEventStore({ file });
  await store.append(
    `agency-${BENCH_AGENCY}`,
    [
      event(
        'AgencyRegistered',
        {
          agencyId: BENCH_AGENCY,
          name: 'Ủy ban nhân dân tỉnh (đo tải)',
          level: 'province',
          registeredOn: '2024-01-01',
        },
        'a',
      ),
    ],
    { expectedRevision: 'no-stream' },
  );
  const legalBasis = {
    number: '135/NQ-HĐND',
    issuedOn: '2023-12-08',
    issuedBy: 'Hội đồng nhân dân tỉnh Tây Ninh',
  };
  await store.append(
    `delegation-${BENCH_DELEGATION}`,
    [
      event(
        'DelegationEstablished',
        {
          delegationId: BENCH_DELEGATION,
          title: 'Đoàn giám sát (đo tải)',
          topic: 'CCHC',
          legalBasis,
          periodFrom: '2021-01-01',
          periodTo: '2023-12-31',
          chair: { name: 'Nguyễn Đài Thy', position: 'PCT' },
          members: [],
        },
        'd',
      ),
      event(
        'FindingRecorded',
        {
          delegationId: BENCH_DELEGATION,
          findingId: FINDING,
          agencyId: BENCH_AGENCY,
          kind: 'limitation',
          statement: 'Tỷ lệ số hóa hồ sơ chưa cao',
          indicators: [],
          recordedOn: '2024-04-02',
        },
        'f',
      ),
    ],
    { expectedRevision: 'no-stream' },
  );
  for (let first = 0; first < count; first += 1000) {
    await Promise.all(
      Array.from({ length: Math.min(1000, count - first) }, (_, i) => {
        const n = first + i;
        const day = String(1 + (n % 28)).padStart(2, '0');
        return store.append(
          `recommendation-kn-${n}`,
          [
            event(
              'RecommendationIssued',
              {
                recommendationId: `kn-${n}`,
                delegationId: BENCH_DELEGATION,
                addresseeAgencyId: BENCH_AGENCY,
                text: `Kiến nghị số ${n} về chuyển đổi số`,
                findingIds: [FINDING],
                issuedOn: '2024-05-01',
                responseDueOn: `2024-06-${day}`,
              },
              String(n),
            ),
          ],
          { expectedRevision: 'no-stream' },
        );
      }),
    );
  }
  const head = await store.headPosition();
  await store.close();
  return head;
};
