import type { TFunction } from 'i18next';
import { historyChanges } from './history-changes';

/** The catalogue's key itself: what the list says, without the catalogue. */
const t = ((key: string) => key) as unknown as TFunction;
const clerk = { username: 'thu-ky', displayName: 'Thư ký HĐND tỉnh' };
const issued = { at: '2024-05-15T02:00:00.000Z', type: 'RecommendationIssued', actor: clerk };
const transferred = {
  at: '2025-07-01T01:00:00.000Z',
  type: 'RecommendationTransferred',
  actor: { username: 'he-thong' },
  basis: 'Nghị quyết 202/2025/QH15',
};

describe('the steps recorded between two instants', () => {
  it('lists each step the later history has, with who recorded it, when, and on what basis', () => {
    expect(historyChanges(t, [issued], [issued, transferred])).toEqual([
      {
        key: `${transferred.at}|RecommendationTransferred|he-thong`,
        title: 'events.RecommendationTransferred',
        by: { who: 'he-thong', at: transferred.at },
        basis: 'Nghị quyết 202/2025/QH15',
      },
    ]);
  });

  it('lists every step when the case did not exist at the first instant', () => {
    expect(historyChanges(t, [], [issued]).map((line) => line.by?.who)).toEqual([
      'Thư ký HĐND tỉnh',
    ]);
  });

  it('lists nothing when nothing was recorded between them', () => {
    expect(historyChanges(t, [issued], [issued])).toEqual([]);
  });
});
