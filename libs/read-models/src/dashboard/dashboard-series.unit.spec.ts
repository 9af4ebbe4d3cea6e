import { monthlySeries } from './dashboard-series';

describe('monthlySeries', () => {
  it('runs from the first month issued to today’s, across a new year, quiet months as zeros', () => {
    expect(
      monthlySeries(
        [
          { day: '2024-11-05', n: 3 },
          { day: '2024-11-20', n: 1 },
        ],
        [{ day: '2025-01-10', n: 2 }],
        '2025-02-03',
      ),
    ).toEqual([
      { month: '2024-11', issued: 4, closed: 0, openAtEnd: 4 },
      { month: '2024-12', issued: 0, closed: 0, openAtEnd: 4 },
      { month: '2025-01', issued: 0, closed: 2, openAtEnd: 2 },
      { month: '2025-02', issued: 0, closed: 0, openAtEnd: 2 },
    ]);
  });

  it('goes on to a later month than today’s when something was issued or closed then', () => {
    expect(
      monthlySeries([{ day: '2024-03-01', n: 1 }], [{ day: '2024-05-02', n: 1 }], '2024-03-15').map(
        (m) => m.month,
      ),
    ).toEqual(['2024-03', '2024-04', '2024-05']);
  });

  it('has no months when nothing was issued', () => {
    expect(monthlySeries([], [], '2024-03-15')).toEqual([]);
  });
});
