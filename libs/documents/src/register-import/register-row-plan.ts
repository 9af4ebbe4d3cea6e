import type { ClosureOutcome, EscalationStep, ResponsePosition } from '@hdnd/domain';

/** A row's fault: where (the spreadsheet's row and the column's Vietnamese header) and what. */
export interface RowError {
  readonly row: number;
  /** The column's header as the export writes it; empty for a fault of the whole row. */
  readonly column: string;
  readonly code: RowErrorCode;
  /** What is wrong, in Vietnamese, as a clerk reads it. */
  readonly message: string;
}

export const ROW_ERROR_CODES = [
  'import.required',
  'import.too-long',
  'import.date-invalid',
  'import.word-unknown',
  'import.formula',
  'import.id-invalid',
  'import.id-repeated',
  'import.commitment-invalid',
  'import.response-incomplete',
  'import.verification-incomplete',
  'import.agency-unknown',
  'import.agency-ambiguous',
  'import.refused',
] as const;

export type RowErrorCode = (typeof ROW_ERROR_CODES)[number];

export interface PlannedCommitment {
  readonly text: string;
  readonly dueOn: string;
  /** The due date first promised, when an extension moved it. */
  readonly originalDueOn: string | null;
}

/**
 * What one row of the register says happened to a recommendation, read back into values: the
 * facts the import records with commands, in the order they happened. Agencies are still
 * names here; the API matches them against the agency directory.
 */
export interface RowPlan {
  readonly row: number;
  /** `Mã kiến nghị`, kept as the recommendation's id when the file gives one. */
  readonly recommendationId: string | null;
  readonly delegation: {
    readonly title: string;
    readonly resolutionNumber: string;
    readonly resolutionDate: string;
  };
  /** The agency answering for it now. */
  readonly addressee: string;
  /** The agency it was addressed to, when a succession or transfer moved it since. */
  readonly originalAddressee: string | null;
  readonly text: string;
  readonly issuedOn: string;
  readonly responseDueOn: string;
  /** The response deadline first set, when an extension moved it. */
  readonly originalResponseDueOn: string | null;
  readonly response: {
    readonly respondedOn: string;
    readonly position: ResponsePosition;
    readonly text: string;
  } | null;
  readonly commitments: readonly PlannedCommitment[];
  readonly implementation: {
    readonly track: 'not-started' | 'in-progress' | 'reported-done';
    readonly percent: number | null;
  };
  readonly completedOn: string | null;
  readonly verification: { readonly outcome: ClosureOutcome; readonly closedOn: string } | null;
  readonly escalationStep: EscalationStep | null;
}

/** A row read: its plan, or every fault found in it. */
export type RowResult =
  | { readonly row: number; readonly plan: RowPlan; readonly errors?: undefined }
  | { readonly row: number; readonly plan?: undefined; readonly errors: readonly RowError[] };
