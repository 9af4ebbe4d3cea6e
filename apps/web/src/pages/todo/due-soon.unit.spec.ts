import { dueSoon, todayInVietnam } from './due-soon';
import type { TrackerItem } from './tracker-item';

const item = (id: string, responseDueOn: string, overdue = false): TrackerItem => ({
  id,
  text: `Kiến nghị ${id}`,
  status: 'awaiting-response',
  overdue,
  daysOverdue: 0,
  responseDueOn,
  addresseeAgencies: { current: { id: 'ubnd-tinh', name: 'UBND tỉnh Tây Ninh' } },
});

describe('what falls due soon', () => {
  it('lists those due today up to 15 days ahead, soonest first', () => {
    const items = [
      item('later', '2024-04-17'),
      item('today', '2024-04-02'),
      item('too-far', '2024-04-18'),
      item('past', '2024-04-01'),
      item('overdue', '2024-04-05', true),
    ];
    expect(dueSoon(items, '2024-04-02').map((i) => i.id)).toEqual(['today', 'later']);
  });

  it('counts today in Việt Nam, not in the browser’s time zone', () => {
    expect(todayInVietnam(new Date('2024-04-01T18:00:00Z'))).toBe('2024-04-02');
  });
});
