import type { LegalBasis, LocalDate, Supervisor } from '../shared';
import type { FindingKind } from './delegation.events';

export type EstablishedDelegation = Readonly<{
  status: 'established' | 'concluded';
  delegationId: string;
  legalBasis: LegalBasis;
  supervisor: Supervisor;
  periodFrom: LocalDate;
  periodTo: LocalDate;
  /** working group id → number ("01", "02") */
  workingGroups: Readonly<Record<string, string>>;
  /** survey id → the agencies it visited and its date */
  surveys: Readonly<Record<string, Readonly<{ date: LocalDate; agencyIds: readonly string[] }>>>;
  /**
   * In the order recorded. A list, not a dictionary keyed by id: each finding adds one element,
   * and copying a list of references stays cheap where re-spreading a large dictionary did not
   * (a delegation gathers hundreds of findings, each folded on every command to it).
   */
  findings: readonly Readonly<{
    findingId: string;
    kind: FindingKind;
    agencyId: string;
    recordedOn: LocalDate;
  }>[];
  concludedOn?: LocalDate;
  /** While its results are public: the day they were published. */
  publishedOn?: LocalDate;
  /** The last day its publication was published or withdrawn: the next change is not earlier. */
  publicationChangedOn?: LocalDate;
}>;

export type DelegationState = Readonly<{ status: 'none' }> | EstablishedDelegation;

export const initialDelegationState: DelegationState = { status: 'none' };

/** What IssueRecommendation needs to know about the delegation it comes from. */
export type DelegationStanding = Readonly<{
  delegationId: string;
  established: boolean;
  findingIds: readonly string[];
  /** Who supervises through it: what it issues is followed up in that body's name. */
  supervisor?: Supervisor;
  /** The date of the resolution that established it: nothing it issues comes earlier. */
  establishedOn?: LocalDate;
  /** finding id → the day it was recorded: a recommendation cannot cite a later finding. */
  findingsRecordedOn?: Readonly<Record<string, LocalDate>>;
}>;

export const delegationStandingOf = (
  state: DelegationState,
  delegationId: string,
): DelegationStanding =>
  state.status === 'none'
    ? { delegationId, established: false, findingIds: [] }
    : {
        delegationId,
        established: true,
        findingIds: state.findings.map((f) => f.findingId),
        supervisor: state.supervisor,
        establishedOn: state.legalBasis.issuedOn,
        findingsRecordedOn: Object.fromEntries(
          state.findings.map((f) => [f.findingId, f.recordedOn]),
        ),
      };
