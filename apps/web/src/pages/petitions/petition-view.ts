import type { Supervisor } from '../delegations/SupervisorFields';

/*
 * The API's document leaves the rounds' answers untyped (its read models are interfaces, which
 * the OpenAPI generator cannot see), so the console names them here, as the API's read model
 * (libs/read-models/src/voter-petitions) gives them.
 */

export interface AgencyRef {
  readonly id: string;
  readonly name: string | null;
}

export interface PetitionRoundSummary {
  readonly id: string;
  readonly title: string;
  readonly meeting: string;
  readonly forwardedOn: string;
  readonly answerDueOn: string;
  readonly supervisor: Supervisor;
  readonly petitionCount: number;
}

export interface PetitionLine {
  readonly id: string;
  readonly text: string;
  readonly voters: string;
  readonly agency: AgencyRef;
  /** Null only while its item is still to be issued. */
  readonly recommendation: {
    readonly id: string;
    readonly status: string;
    readonly answeringAgency: AgencyRef;
    readonly responseDueOn: string;
    readonly firstRespondedOn: string | null;
  } | null;
}

export interface PetitionRoundView extends PetitionRoundSummary {
  readonly petitions: readonly PetitionLine[];
}

export interface PetitionCounts {
  readonly received: number;
  readonly answeredOnTime: number;
  readonly answeredLate: number;
  readonly unanswered: number;
  readonly overdue: number;
  readonly notYetDue: number;
}

export interface PetitionRoundReport {
  readonly round: PetitionRoundSummary;
  readonly asOf: string;
  readonly agencies: readonly (PetitionCounts & { readonly agency: AgencyRef })[];
  readonly total: PetitionCounts;
}

/** What became of one answer of a sitting, in the order sent (row from 1). */
export interface PetitionAnswerOutcome {
  readonly row: number;
  readonly petitionId: string | null;
  readonly recommendationId: string | null;
  readonly recorded: boolean;
  readonly code?: string;
  readonly message?: string;
}

export interface PetitionAnswersResult {
  readonly recorded: number;
  readonly refused: number;
  readonly position: number;
  readonly rows: readonly PetitionAnswerOutcome[];
}

/** The dry run's or the run's report of a table of petitions. */
export interface PetitionImportReport {
  readonly dryRun: boolean;
  readonly rows: number;
  readonly valid: number;
  readonly alreadyRecorded: readonly number[];
  readonly errors: readonly { row: number; column?: string; code: string; message: string }[];
  readonly recorded?: { petitions: number; items: number; events: number };
}
