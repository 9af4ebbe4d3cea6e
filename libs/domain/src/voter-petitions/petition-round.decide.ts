import { isAbolishedOn } from '../agency';
import {
  assertNever,
  ensure,
  ensureNotAfterToday,
  ensureShape,
  hasText,
  NAMED_BODIES,
} from '../shared';
import type { PetitionRoundCommand, RecordPetitions } from './petition-round.commands';
import type { Petition, PetitionRoundEvent } from './petition-round.events';
import { PETITION_ROUND_SHAPES } from './petition-round.shapes';
import type { OpenedPetitionRound, PetitionRoundState } from './petition-round.state';

const samePetition = (a: Petition, b: Petition): boolean =>
  a.text === b.text && a.voters === b.voters && a.agencyId === b.agencyId;

/**
 * The petitions of a command that are new to the round. One already recorded exactly as sent is
 * left out rather than refused, so sending the same batch again (a retry, an import run twice)
 * records nothing; the same id with other content is a conflict, and so is an id sent twice.
 */
const newPetitions = (command: RecordPetitions, round: OpenedPetitionRound): Petition[] => {
  const seen = new Set<string>();
  const fresh: Petition[] = [];
  for (const petition of command.data.petitions) {
    ensure(
      !seen.has(petition.petitionId),
      'petition.repeated',
      `Petition ${petition.petitionId} is sent twice.`,
    );
    seen.add(petition.petitionId);
    const recorded = round.petitions[petition.petitionId];
    if (recorded !== undefined) {
      ensure(
        samePetition(recorded, petition),
        'petition.already-recorded',
        `Petition ${petition.petitionId} is already on record with other content.`,
      );
      continue;
    }
    ensure(hasText(petition.text), 'petition.text-required', 'Write the petition down.');
    ensure(hasText(petition.voters), 'petition.voters-required', 'Say where voters raised it.');
    const agency = command.agencies[petition.agencyId];
    ensure(
      agency?.registered === true,
      'agency.not-registered',
      `Agency ${petition.agencyId} is not registered.`,
    );
    ensure(
      !isAbolishedOn(agency!, round.forwardedOn),
      'agency.abolished',
      `Agency ${petition.agencyId} no longer existed when the petitions were forwarded.`,
    );
    fresh.push(petition);
  }
  return fresh;
};

/**
 * A round is opened once, on the day the petitions were forwarded, with the day the agencies
 * must answer by after it. Its petitions come in batches; each petition is recorded once.
 */
export const decidePetitionRound = (
  command: PetitionRoundCommand,
  state: PetitionRoundState,
): PetitionRoundEvent[] => {
  const { subject, shape } = PETITION_ROUND_SHAPES[command.type];
  ensureShape(command.data, shape, subject);
  switch (command.type) {
    case 'OpenPetitionRound': {
      const { data } = command;
      ensureNotAfterToday(data.forwardedOn, command.today);
      ensure(
        state.status === 'none',
        'petition-round.already-opened',
        'This round of voters’ petitions is already on record.',
      );
      ensure(hasText(data.title), 'petition-round.title-required', 'A round needs a title.');
      ensure(
        hasText(data.meeting),
        'petition-round.meeting-required',
        'A round names the council session its petitions are for.',
      );
      ensure(
        data.answerDueOn > data.forwardedOn,
        'petition-round.due-not-after-forwarding',
        'The agencies must be given a day to answer by after the petitions were forwarded.',
      );
      ensure(
        !NAMED_BODIES.includes(data.supervisor.body) || hasText(data.supervisor.name),
        'petition-round.supervisor-name-required',
        'A committee, a group of deputies or a deputy supervising must be named.',
      );
      return [{ type: 'PetitionRoundOpened', data }];
    }
    case 'RecordPetitions': {
      ensure(
        state.status === 'opened',
        'petition-round.not-opened',
        'No round of voters’ petitions is on record under this id.',
      );
      const round = state as OpenedPetitionRound;
      ensure(command.data.petitions.length > 0, 'petition.none', 'Send at least one petition.');
      const petitions = newPetitions(command, round);
      if (petitions.length === 0) return [];
      return [
        {
          type: 'PetitionsRecorded',
          data: { petitionRoundId: command.data.petitionRoundId, petitions },
        },
      ];
    }
    default:
      return assertNever(command);
  }
};
