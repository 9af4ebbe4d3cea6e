import { Inject, Injectable } from '@nestjs/common';
import {
  AnnouncedCalendar,
  businessToday,
  CLOCK,
  DeciderExecutor,
  Standings,
  type DelegationInput,
  type RecommendationInput,
} from '@hdnd/application';
import {
  delegationDecider,
  delegationStandingOf,
  DomainRuleViolation,
  recommendationDecider,
  streamIds,
  type AgencyStanding,
  type DelegationCommand,
  type DelegationState,
  type RecommendationCommand,
  type RecommendationState,
  type WorkingCalendar,
} from '@hdnd/domain';
import type { Clock } from '@hdnd/event-store';
import { REGISTER_HEADERS as H, type RegisterImportReading, type RowPlan } from '@hdnd/documents';
import { messageOf } from '@hdnd/messages';
import { ImportDirectories, type ImportDirectory } from './import-directory';
import { importIds } from './import-ids';
import { noCounts, type ImportCounts, type ImportRowError } from './import-report';
import { stepsOfRow, type ImportStep } from './import-steps';

/** A row ready to run: its commands, each already decided once against the current state. */
export interface PlannedRow {
  readonly row: number;
  readonly recommendationId: string;
  readonly steps: readonly ImportStep[];
}

export interface ImportPlan {
  readonly rows: readonly PlannedRow[];
  readonly errors: readonly ImportRowError[];
  readonly alreadyRecorded: readonly number[];
  readonly creates: ImportCounts;
}

/** The column a refused step points at, so the clerk knows which cell to correct. */
const COLUMN_OF_STEP: Readonly<Record<string, string>> = {
  delegation: H.resolutionDate,
  finding: H.addressee,
  issue: H.issuedOn,
  transfer: H.originalAddressee,
  'extend-response': H.responseDueOn,
  respond: H.respondedOn,
  progress: H.implementation,
  completion: H.completedOn,
  escalate: H.escalation,
  close: H.closedOn,
};

const columnOfStep = (step: string) =>
  step.startsWith('extend-commitment') ? H.commitments : (COLUMN_OF_STEP[step] ?? '');

const count = (counts: ImportCounts, steps: readonly ImportStep[]) => {
  for (const { input } of steps)
    switch (input.type) {
      case 'EstablishDelegation':
        counts.delegations += 1;
        break;
      case 'RecordFinding':
        counts.findings += 1;
        break;
      case 'IssueRecommendation':
        counts.recommendations += 1;
        break;
      case 'TransferRecommendation':
        counts.transfers += 1;
        break;
      case 'ExtendDeadline':
        counts.extensions += 1;
        break;
      case 'RecordResponse':
        counts.responses += 1;
        counts.commitments += input.data.commitments?.length ?? 0;
        break;
      case 'ReportProgress':
        counts.progressReports += 1;
        break;
      case 'ReportCompletion':
        counts.completions += 1;
        break;
      case 'CloseRecommendation':
        counts.closures += 1;
        break;
      case 'Escalate':
        counts.escalations += 1;
        break;
      default:
        break;
    }
};

/**
 * Turns a register's rows into commands and decides each of them once, in memory, with the
 * domain's own deciders on the state the log holds now: the dry run finds every rule a row
 * breaks (a response dated before the issue, progress on a rejected recommendation…) before
 * anything is recorded, and a run records only rows that passed. A row is planned whole or
 * not at all; the delegations it establishes count only once a row of theirs passes.
 */
@Injectable()
export class ImportPlanner {
  constructor(
    private readonly executor: DeciderExecutor,
    private readonly standings: Standings,
    private readonly calendar: AnnouncedCalendar,
    private readonly directories: ImportDirectories,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async plan(reading: RegisterImportReading, source: string): Promise<ImportPlan> {
    const directory = await this.directories.read();
    const calendar = await this.calendar.workingCalendar();
    const today = businessToday(this.clock);
    const rehearsal = new Rehearsal(this.executor, this.standings, calendar, today);
    const errors: ImportRowError[] = [...reading.errors];
    const rows: PlannedRow[] = [];
    const alreadyRecorded: number[] = [];
    const creates = noCounts();
    const rowOf = new Map<string, number>();
    for (const plan of reading.plans) {
      const resolved = this.resolve(plan, directory);
      if (resolved.errors !== undefined) {
        errors.push(...resolved.errors);
        continue;
      }
      const { delegationId, addresseeId, originalAddresseeId, recommendationId } = resolved;
      const same = rowOf.get(recommendationId);
      if (same !== undefined) {
        errors.push({
          row: plan.row,
          column: H.text,
          code: 'import.id-repeated',
          message: `Kiến nghị này trùng với dòng ${same} (cùng đoàn, cơ quan, ngày ban hành và nội dung).`,
        });
        continue;
      }
      rowOf.set(recommendationId, plan.row);
      if (await rehearsal.recorded(recommendationId)) {
        alreadyRecorded.push(plan.row);
        continue;
      }
      const establishes = !(await rehearsal.established(delegationId));
      const steps = stepsOfRow(
        plan,
        { delegationId, establishes, addresseeId, originalAddresseeId, recommendationId },
        source,
      );
      const refused = await rehearsal.row(delegationId, steps);
      if (refused) {
        errors.push({ row: plan.row, column: columnOfStep(refused.step), ...refused.error });
        continue;
      }
      count(creates, steps);
      rows.push({ row: plan.row, recommendationId, steps });
    }
    errors.sort((a, b) => a.row - b.row);
    return { rows, errors, alreadyRecorded, creates };
  }

  /** The ids a row's names stand for, or why one cannot be told. */
  private resolve(plan: RowPlan, directory: ImportDirectory) {
    const errors: ImportRowError[] = [];
    const agency = (name: string, column: string): string | undefined => {
      const match = directory.agency(name);
      if ('id' in match) return match.id;
      errors.push(
        'unknown' in match
          ? {
              row: plan.row,
              column,
              code: 'import.agency-unknown',
              message: `Không tìm thấy cơ quan "${name}" trong danh mục cơ quan; vui lòng thêm cơ quan hoặc sửa tên cho đúng.`,
            }
          : {
              row: plan.row,
              column,
              code: 'import.agency-ambiguous',
              message: `Có ${match.ambiguous.length} cơ quan cùng tên "${name}" (${match.ambiguous.join(', ')}); vui lòng ghi tên phân biệt.`,
            },
      );
      return undefined;
    };
    const addresseeId = agency(plan.addressee, H.addressee);
    const originalAddresseeId =
      plan.originalAddressee === null ? null : agency(plan.originalAddressee, H.originalAddressee);
    if (errors.length > 0) return { errors };
    return {
      errors: undefined,
      delegationId: directory.delegation(plan.delegation) ?? importIds.delegation(plan.delegation),
      addresseeId: addresseeId!,
      originalAddresseeId: originalAddresseeId ?? null,
      recommendationId: plan.recommendationId ?? importIds.recommendation(plan),
    };
  }
}

/**
 * The log's state as the import's rows would leave it, kept in memory: delegations (with the
 * findings earlier rows add) and agencies' standings, so each row is decided after the ones
 * before it, as the run will record them.
 */
class Rehearsal {
  private readonly delegations = new Map<string, DelegationState>();
  private readonly agencies = new Map<string, Promise<AgencyStanding>>();

  constructor(
    private readonly executor: DeciderExecutor,
    private readonly standings: Standings,
    private readonly calendar: WorkingCalendar,
    private readonly today: string,
  ) {}

  async recorded(recommendationId: string): Promise<boolean> {
    const { revision } = await this.executor.loadState(
      streamIds.recommendation(recommendationId),
      recommendationDecider,
    );
    return revision !== 'no-stream';
  }

  private async delegation(id: string): Promise<DelegationState> {
    const known = this.delegations.get(id);
    if (known) return known;
    const { state } = await this.executor.loadState(streamIds.delegation(id), delegationDecider);
    this.delegations.set(id, state);
    return state;
  }

  async established(id: string): Promise<boolean> {
    return (await this.delegation(id)).status !== 'none';
  }

  private agency(id: string): Promise<AgencyStanding> {
    let standing = this.agencies.get(id);
    if (!standing) this.agencies.set(id, (standing = this.standings.agency(id)));
    return standing;
  }

  /** Decides a row's steps in order; keeps what they change only when every one passes. */
  async row(
    delegationId: string,
    steps: readonly ImportStep[],
  ): Promise<{ step: string; error: { code: string; message: string } } | undefined> {
    let delegation = await this.delegation(delegationId);
    let recommendation: RecommendationState = recommendationDecider.initialState;
    for (const { step, to, input } of steps) {
      try {
        if (to === 'delegation') {
          const command = await this.delegationCommand(input);
          for (const event of delegationDecider.decide(command, delegation))
            delegation = delegationDecider.evolve(delegation, event);
        } else {
          const command = await this.recommendationCommand(
            input,
            recommendation,
            delegation,
            delegationId,
          );
          for (const event of recommendationDecider.decide(command, recommendation))
            recommendation = recommendationDecider.evolve(recommendation, event);
        }
      } catch (error) {
        if (!(error instanceof DomainRuleViolation)) throw error;
        return { step, error: { code: error.code, message: messageOf(error.code, 'vi') } };
      }
    }
    this.delegations.set(delegationId, delegation);
    return undefined;
  }

  private async delegationCommand(input: DelegationInput): Promise<DelegationCommand> {
    if (input.type === 'RecordFinding')
      return { ...input, agency: await this.agency(input.data.agencyId), today: this.today };
    return { ...input, today: this.today } as DelegationCommand;
  }

  /** The command as SubmitRecommendationCommand's handler builds it, with these standings. */
  private async recommendationCommand(
    input: RecommendationInput,
    state: RecommendationState,
    delegation: DelegationState,
    delegationId: string,
  ): Promise<RecommendationCommand> {
    const today = this.today;
    switch (input.type) {
      case 'IssueRecommendation':
        return {
          ...input,
          origin: delegationStandingOf(delegation, delegationId),
          addressee: await this.agency(input.data.addresseeAgencyId),
          calendar: this.calendar,
          today,
        };
      case 'RecordResponse': {
        const current = state.status === 'none' ? '' : state.addressee.currentAgencyId;
        const agencyId = input.data.agencyId ?? current;
        return { ...input, data: { ...input.data, agencyId }, calendar: this.calendar, today };
      }
      case 'ExtendDeadline':
      case 'AssessResponse':
        return { ...input, calendar: this.calendar, today };
      default:
        return { ...input, today };
    }
  }
}
