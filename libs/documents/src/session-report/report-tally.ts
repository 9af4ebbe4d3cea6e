import { RECOMMENDATION_STATUSES, type RecommendationStatus } from '@hdnd/domain';
import type { RegisterLine } from '../register/register-columns';

/** What the report counts of one agency: the cases it answers for now. */
export interface AgencyFigures {
  readonly id: string;
  readonly name: string;
  total: number;
  /** With a response recorded. */
  answered: number;
  /** With a deadline past on the report's day. */
  overdue: number;
  /** Verified and closed. */
  closed: number;
}

/**
 * The summary's figures, counted line by line as the register streams past: the report's
 * tables are written before its summary is known, so nothing is read twice and the summary
 * agrees with the tables to the row.
 */
export class ReportTally {
  total = 0;
  overdue = 0;
  readonly byStatus = Object.fromEntries(RECOMMENDATION_STATUSES.map((s) => [s, 0])) as Record<
    RecommendationStatus,
    number
  >;
  private readonly agencies = new Map<string, AgencyFigures>();

  add(line: RegisterLine): void {
    const { row } = line;
    this.total += 1;
    this.byStatus[row.status] = (this.byStatus[row.status] ?? 0) + 1;
    const { id, name } = row.addressee.current;
    let agency = this.agencies.get(id);
    if (!agency) {
      agency = { id, name: name ?? id, total: 0, answered: 0, overdue: 0, closed: 0 };
      this.agencies.set(id, agency);
    }
    agency.total += 1;
    if (row.response !== null) agency.answered += 1;
    if (row.closedOn !== null) agency.closed += 1;
    if (line.workingDaysOverdue > 0) {
      agency.overdue += 1;
      this.overdue += 1;
    }
  }

  /** Every agency, by name as Vietnamese sorts it (then by id, so equal names keep one order). */
  byAgency(): AgencyFigures[] {
    return [...this.agencies.values()].sort(
      (a, b) => a.name.localeCompare(b.name, 'vi') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  }
}
