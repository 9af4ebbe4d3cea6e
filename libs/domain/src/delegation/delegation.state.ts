import type { LegalBasis, LocalDate } from '../shared';
import type { FindingKind } from './delegation.events';

export type EstablishedDelegation = Readonly<{
  status: 'established' | 'concluded';
  delegationId: string;
  legalBasis: LegalBasis;
  periodFrom: LocalDate;
  periodTo: LocalDate;
  /** working group id → number ("01", "02") */
  workingGroups: Readonly<Record<string, string>>;
  /** survey id → the agencies it visited and its date */
  surveys: Readonly<Record<string, Readonly<{ date: LocalDate; agencyIds: readonly string[] }>>>;
  findings: Readonly<Record<string, Readonly<{ kind: FindingKind; agencyId: string }>>>;
  concludedOn?: LocalDate;
}>;

export type DelegationState = Readonly<{ status: 'none' }> | EstablishedDelegation;

export const initialDelegationState: DelegationState = { status: 'none' };

/** What IssueRecommendation needs to know about the delegation it comes from. */
export type DelegationStanding = Readonly<{
  delegationId: string;
  established: boolean;
  findingIds: readonly string[];
}>;

export const delegationStandingOf = (
  state: DelegationState,
  delegationId: string,
): DelegationStanding =>
  state.status === 'none'
    ? { delegationId, established: false, findingIds: [] }
    : { delegationId, established: true, findingIds: Object.keys(state.findings) };
