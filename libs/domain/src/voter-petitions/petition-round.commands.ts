import type { AgencyStanding } from '../agency';
import type { Command, RecordedToday } from '../shared';
import type { PetitionRoundOpened, PetitionsRecorded } from './petition-round.events';

export type OpenPetitionRound = Command<'OpenPetitionRound', PetitionRoundOpened['data']>;

/**
 * The application hands in how each agency named stands on record (`agencies`, by id), so a
 * petition to an agency unknown or abolished refuses the whole command before anything is kept.
 */
export type RecordPetitions = Command<'RecordPetitions', PetitionsRecorded['data']> &
  Readonly<{ agencies: Readonly<Record<string, AgencyStanding>> }>;

/** Each command comes with the day it is recorded (`today`), when the application knows it. */
export type PetitionRoundCommand = (OpenPetitionRound | RecordPetitions) & RecordedToday;
