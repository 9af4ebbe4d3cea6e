import type { ChartOption } from './EChart';
import type { DashboardAgency, MonthFigures } from './dashboard-view';

/** Words the charts need, in the reader's language. */
export interface ChartWords {
  readonly onTime: string;
  readonly overdue: string;
  readonly issued: string;
  readonly closed: string;
  readonly open: string;
  /** A number as the reader's language writes it (84,7 in Vietnamese). */
  readonly number: (value: number) => string;
}

/** Agencies drawn at most: the rest are in the table below the chart. */
export const AGENCIES_DRAWN = 15;

/** The council's palette: its red for what is late, a calm blue and grey for the rest. */
const COLOURS = {
  onTime: '#1c7ed6',
  overdue: '#a51d24',
  issued: '#1c7ed6',
  closed: '#2b8a3e',
  open: '#495057',
};

/**
 * Each agency's on-time response rate (percent, bars) and its overdue count (bars on a second
 * axis), the agencies with most overdue first.
 */
export const agencyChart = (
  agencies: readonly DashboardAgency[],
  words: ChartWords,
): ChartOption => {
  const drawn = [...agencies]
    .sort((a, b) => b.overdue - a.overdue || a.name.localeCompare(b.name, 'vi'))
    .slice(0, AGENCIES_DRAWN)
    .reverse();
  return {
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, data: [words.onTime, words.overdue] },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: [
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => `${v}%` } },
      { type: 'value', minInterval: 1, position: 'top', show: false },
    ],
    yAxis: {
      type: 'category',
      data: drawn.map((agency) => agency.name),
      axisLabel: { width: 220, overflow: 'truncate' },
    },
    series: [
      {
        name: words.onTime,
        type: 'bar',
        itemStyle: { color: COLOURS.onTime },
        data: drawn.map((agency) =>
          agency.onTimeRate === null ? 0 : Math.round(agency.onTimeRate * 1000) / 10,
        ),
        label: {
          show: true,
          position: 'right',
          formatter: ({ value }: { value: unknown }) => `${words.number(Number(value))}%`,
        },
      },
      {
        name: words.overdue,
        type: 'bar',
        xAxisIndex: 1,
        itemStyle: { color: COLOURS.overdue },
        data: drawn.map((agency) => agency.overdue),
        label: { show: true, position: 'right' },
      },
    ],
  };
};

/** Recommendations issued and closed each month (bars) and the open backlog at its end (line). */
export const monthChart = (months: readonly MonthFigures[], words: ChartWords): ChartOption => ({
  animation: false,
  tooltip: { trigger: 'axis' },
  legend: { top: 0, data: [words.issued, words.closed, words.open] },
  grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
  xAxis: { type: 'category', data: months.map((m) => monthLabel(m.month)) },
  yAxis: { type: 'value', minInterval: 1 },
  series: [
    {
      name: words.issued,
      type: 'bar',
      itemStyle: { color: COLOURS.issued },
      data: months.map((m) => m.issued),
    },
    {
      name: words.closed,
      type: 'bar',
      itemStyle: { color: COLOURS.closed },
      data: months.map((m) => m.closed),
    },
    {
      name: words.open,
      type: 'line',
      itemStyle: { color: COLOURS.open },
      lineStyle: { width: 3 },
      data: months.map((m) => m.openAtEnd),
    },
  ],
});

/** "2024-05" as mm/yyyy, in both languages. */
export const monthLabel = (month: string): string => {
  const [year, mm] = month.split('-');
  return `${mm}/${year}`;
};
