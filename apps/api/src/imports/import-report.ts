/** A fault of a row, as the import's report gives it: where, what, and its stable code. */
export interface ImportRowError {
  readonly row: number;
  /** The column's Vietnamese header; empty when the fault is the whole row's. */
  readonly column: string;
  /** A register code (`import.date-invalid`…) or the business rule's (`recommendation.due-not-after-issue`). */
  readonly code: string;
  /** In Vietnamese. */
  readonly message: string;
}

/** How many of each thing an import creates (dry run: would create). */
export interface ImportCounts {
  delegations: number;
  findings: number;
  recommendations: number;
  transfers: number;
  extensions: number;
  responses: number;
  commitments: number;
  progressReports: number;
  completions: number;
  closures: number;
  escalations: number;
}

export const noCounts = (): ImportCounts => ({
  delegations: 0,
  findings: 0,
  recommendations: 0,
  transfers: 0,
  extensions: 0,
  responses: 0,
  commitments: 0,
  progressReports: 0,
  completions: 0,
  closures: 0,
  escalations: 0,
});

/** What an import found in a file and what it did or would do with it. */
export interface ImportReport {
  readonly dryRun: boolean;
  /** SHA-256 of the file: the idempotency keys derive from it. */
  readonly fileHash: string;
  readonly format: 'xlsx' | 'csv';
  /** Rows under the header (empty rows left out). */
  readonly rows: number;
  /** Rows that pass every check and would be (or were) recorded. */
  readonly valid: number;
  /** Rows whose recommendation is already recorded: left as they are. */
  readonly alreadyRecorded: readonly number[];
  readonly errors: readonly ImportRowError[];
  /** What the valid rows create. */
  readonly creates: ImportCounts;
  /** After a run: events appended, and steps an earlier run of the same file had recorded. */
  readonly recorded?: { readonly events: number; readonly replayed: number; readonly rows: number };
}
