import type { LocalDate, SourceStanding, Supervisor } from '../shared';

export type StartedCommitteeSupervision = Readonly<{
  status: 'started' | 'concluded';
  committeeSupervisionId: string;
  startedOn: LocalDate;
  supervisor: Supervisor;
  concludedOn?: LocalDate;
}>;

export type CommitteeSupervisionState = Readonly<{ status: 'none' }> | StartedCommitteeSupervision;

export const initialCommitteeSupervisionState: CommitteeSupervisionState = { status: 'none' };

/** What IssueRecommendation needs to know of the supervision an item comes from. */
export const committeeSupervisionStandingOf = (
  state: CommitteeSupervisionState,
  committeeSupervisionId: string,
): SourceStanding =>
  state.status === 'none'
    ? { kind: 'committee-supervision', id: committeeSupervisionId, recorded: false, parts: {} }
    : {
        kind: 'committee-supervision',
        id: committeeSupervisionId,
        recorded: true,
        openedOn: state.startedOn,
        supervisor: state.supervisor,
        parts: {},
      };
