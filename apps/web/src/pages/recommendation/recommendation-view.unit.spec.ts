import { missedDeadline } from './recommendation-view';

const commitment = (dueOn: string, metOn: string | null = null) => ({
  id: dueOn,
  text: 'Cam kết',
  dueOn,
  originalDueOn: dueOn,
  metOn,
});

describe('which deadline an overdue recommendation has missed', () => {
  it('is the response’s while no response has come', () => {
    expect(missedDeadline({ responses: [], responseDueOn: '2024-06-14', commitments: [] })).toBe(
      '2024-06-14',
    );
  });

  it('is the earliest commitment not yet met once the agency has answered', () => {
    const responses = [
      { id: 'r', respondedOn: '2024-06-10', position: 'accepted', assessment: null },
    ];
    expect(
      missedDeadline({
        responses,
        responseDueOn: '2024-06-14',
        commitments: [
          commitment('2025-03-31'),
          commitment('2024-09-30', '2024-09-01'),
          commitment('2024-12-31'),
        ],
      }),
    ).toBe('2024-12-31');
  });
});
