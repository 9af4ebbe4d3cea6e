import { given } from '@hdnd/testing';
import { calendarDecider, type CalendarEvent } from '.';

const announce = (over = {}) => ({
  type: 'AnnounceCalendarAdjustment' as const,
  data: {
    date: '2026-02-20',
    kind: 'day-off' as const,
    basis: 'Thông báo của Bộ Nội vụ về nghỉ Tết Bính Ngọ 2026',
    announcedOn: '2025-11-10',
    ...over,
  },
});
const announced: CalendarEvent = { type: 'CalendarAdjustmentAnnounced', data: announce().data };

describe('Announced calendar', () => {
  it('records an announced day off with its basis', () => {
    expect(given(calendarDecider, []).when(announce())).toEqual([announced]);
    expect(given(calendarDecider, [announced]).state().adjustments['2026-02-20']).toEqual({
      date: '2026-02-20',
      kind: 'day-off',
      basis: 'Thông báo của Bộ Nội vụ về nghỉ Tết Bính Ngọ 2026',
    });
  });

  it('refuses a second announcement for the same day, a missing basis, a date that is not one, an unknown kind', () => {
    expect(given(calendarDecider, [announced]).rejects(announce())).toBe(
      'calendar.date-already-adjusted',
    );
    expect(given(calendarDecider, []).rejects(announce({ basis: ' ' }))).toBe(
      'calendar.basis-required',
    );
    expect(given(calendarDecider, []).rejects(announce({ date: '2026-02-30' }))).toBe(
      'calendar.date-invalid',
    );
    expect(given(calendarDecider, []).rejects(announce({ kind: 'holiday' }))).toBe(
      'calendar.kind-unknown',
    );
  });

  it('withdraws an announcement with a reason, after which the day can be announced again', () => {
    const withdraw = {
      type: 'WithdrawCalendarAdjustment' as const,
      data: { date: '2026-02-20', reason: 'Thông báo được thay thế', withdrawnOn: '2025-12-01' },
    };
    const withdrawn = given(calendarDecider, [announced]).when(withdraw);
    expect(given(calendarDecider, [announced, ...withdrawn]).state().adjustments).toEqual({});
    expect(
      given(calendarDecider, [announced, ...withdrawn]).when(announce({ kind: 'working-day' })),
    ).toHaveLength(1);
    expect(given(calendarDecider, []).rejects(withdraw)).toBe('calendar.no-adjustment');
    expect(
      given(calendarDecider, [announced]).rejects({
        ...withdraw,
        data: { ...withdraw.data, reason: '' },
      }),
    ).toBe('calendar.reason-required');
  });
});
