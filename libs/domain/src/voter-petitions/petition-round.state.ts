import type { LocalDate, SourceStanding, Supervisor } from '../shared';
import type { Petition } from './petition-round.events';

export type OpenedPetitionRound = Readonly<{
  status: 'opened';
  petitionRoundId: string;
  forwardedOn: LocalDate;
  answerDueOn: LocalDate;
  supervisor: Supervisor;
  /** petition id → the petition as recorded */
  petitions: Readonly<Record<string, Petition>>;
}>;

export type PetitionRoundState = Readonly<{ status: 'none' }> | OpenedPetitionRound;

export const initialPetitionRoundState: PetitionRoundState = { status: 'none' };

/**
 * What IssueRecommendation needs to know about the round an item comes from: nothing comes
 * before the petitions were forwarded, and each item names its petition, forwarded that day.
 */
export const petitionRoundStandingOf = (
  state: PetitionRoundState,
  petitionRoundId: string,
): SourceStanding =>
  state.status === 'none'
    ? { kind: 'voter-petitions', id: petitionRoundId, recorded: false, parts: {} }
    : {
        kind: 'voter-petitions',
        id: petitionRoundId,
        recorded: true,
        openedOn: state.forwardedOn,
        supervisor: state.supervisor,
        parts: Object.fromEntries(
          Object.keys(state.petitions).map((id) => [id, state.forwardedOn]),
        ),
      };
