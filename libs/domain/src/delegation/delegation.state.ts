import type { LegalBasis, LocalDate, SourceStanding, Supervisor } from '../shared';
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

/**
 * What IssueRecommendation needs to know about the delegation it comes from: the date of the
 * resolution that established it (nothing it issues comes earlier), who supervises through it,
 * and its findings with the day each was recorded (a recommendation cannot cite a later one).
 */
export const delegationStandingOf = (
  state: DelegationState,
  delegationId: string,
): SourceStanding =>
  state.status === 'none'
    ? { kind: 'delegation', id: delegationId, recorded: false, parts: {} }
    : {
        kind: 'delegation',
        id: delegationId,
        recorded: true,
        openedOn: state.legalBasis.issuedOn,
        supervisor: state.supervisor,
        parts: Object.fromEntries(state.findings.map((f) => [f.findingId, f.recordedOn])),
      };
