/** How many recommendations something happened to on one day (YYYY-MM-DD). */
export interface DayCount {
  readonly day: string;
  readonly n: number;
}

/** One month of the line charts. */
export interface MonthFigures {
  /** YYYY-MM. */
  readonly month: string;
  /** Recommendations issued in the month. */
  readonly issued: number;
  /** Recommendations closed in the month, by the closure that stands (see `openAtEnd`). */
  readonly closed: number;
  /**
   * Open at the month's end: issued by then and not closed by then. A reopening sets its case's
   * closure aside (the verification was not enough), so a case reopened and open again counts
   * as open since its issue, and a case closed again counts from its last closure.
   */
  readonly openAtEnd: number;
}

const monthOf = (day: string) => day.slice(0, 7);

const nextMonth = (month: string): string => {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
};

const perMonth = (days: readonly DayCount[]): Map<string, number> => {
  const months = new Map<string, number>();
  for (const { day, n } of days) months.set(monthOf(day), (months.get(monthOf(day)) ?? 0) + n);
  return months;
};

/**
 * Every month from the first in which one of the recommendations was issued to today's (or the
 * last in which one was issued or closed, if later), a month with nothing in it as zeros: the
 * line does not skip a quiet month. Nothing issued, no months.
 */
export const monthlySeries = (
  issued: readonly DayCount[],
  closed: readonly DayCount[],
  today: string,
): MonthFigures[] => {
  if (issued.length === 0) return [];
  const [issuedIn, closedIn] = [perMonth(issued), perMonth(closed)];
  const months = [...issuedIn.keys(), ...closedIn.keys()];
  const first = months.reduce((a, b) => (b < a ? b : a));
  const last = [monthOf(today), ...months].reduce((a, b) => (b > a ? b : a));
  const series: MonthFigures[] = [];
  let open = 0;
  for (let month = first; month <= last; month = nextMonth(month)) {
    const figures = { issued: issuedIn.get(month) ?? 0, closed: closedIn.get(month) ?? 0 };
    open += figures.issued - figures.closed;
    series.push({ month, ...figures, openAtEnd: open });
  }
  return series;
};
