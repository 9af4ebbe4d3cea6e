import type {
  ImplementationTrack,
  LegalBasis,
  RecommendationStatus,
  ResponseTrack,
  SourceKind,
  Supervisor,
  VerificationTrack,
} from '@hdnd/domain';
import type { AgencyRef } from '../history/history-entry';

/**
 * One recommendation as a register line: everything an office's follow-up spreadsheet and the
 * session report show of it, read in batches by RecommendationRegister. Words and date formats
 * are the documents' business; this holds data.
 */
export interface RegisterRow {
  readonly id: string;
  readonly delegation: {
    readonly id: string;
    readonly title: string;
    /** The council resolution that set the delegation up (its number and date). */
    readonly legalBasis: LegalBasis | null;
  };
  /** Where it comes from (for a delegation's, the delegation above), and under whose name. */
  readonly source: { readonly kind: SourceKind; readonly id: string; readonly title: string };
  readonly supervisor: Supervisor;
  readonly addressee: { readonly original: AgencyRef; readonly current: AgencyRef };
  readonly text: string;
  readonly issuedOn: string;
  readonly responseDueOn: string;
  readonly originalResponseDueOn: string;
  /** The latest response, or null while none was recorded. */
  readonly response: {
    readonly respondedOn: string;
    readonly position: string;
    readonly text: string;
  } | null;
  readonly responseTrack: ResponseTrack;
  readonly commitments: readonly {
    readonly text: string;
    readonly dueOn: string;
    readonly originalDueOn: string;
    readonly metOn: string | null;
  }[];
  readonly implementation: ImplementationTrack;
  readonly percent: number | null;
  /** The day of the latest completion report, or null. */
  readonly completedOn: string | null;
  readonly verification: VerificationTrack;
  /** The day of the verification that closed it, or null while open. */
  readonly closedOn: string | null;
  readonly status: RecommendationStatus;
  /** The earliest deadline still to meet, or null: overdue when it lies before today. */
  readonly nextDueOn: string | null;
  readonly escalationStep: string | null;
}
