import type { Event, LocalDate, Supervisor } from '../shared';

/**
 * A round of voters' petitions (kiến nghị cử tri): before a regular council session, deputies
 * meet voters, and the Standing Committee forwards what voters raised to the agencies that
 * must answer before the session.
 */
export type PetitionRoundOpened = Event<
  'PetitionRoundOpened',
  {
    petitionRoundId: string;
    title: string;
    /** The council session the petitions are for, e.g. "Kỳ họp thứ 19, HĐND tỉnh khóa X". */
    meeting: string;
    /** The day the petitions were forwarded to the agencies: their items are issued that day. */
    forwardedOn: LocalDate;
    /** The day the agencies must answer by: every item's response deadline. */
    answerDueOn: LocalDate;
    /** Who supervises the answers: normally the council's Standing Committee. */
    supervisor: Supervisor;
  }
>;

/** One petition as voters raised it, and the agency that must answer it. */
export type Petition = Readonly<{
  petitionId: string;
  text: string;
  /** Where it was raised: a commune or ward, or the group of deputies who met the voters. */
  voters: string;
  agencyId: string;
}>;

/** Petitions of the round put on record, often hundreds at once. */
export type PetitionsRecorded = Event<
  'PetitionsRecorded',
  {
    petitionRoundId: string;
    petitions: readonly Petition[];
  }
>;

export type PetitionRoundEvent = PetitionRoundOpened | PetitionsRecorded;
