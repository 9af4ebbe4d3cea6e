import type { AgencyStanding } from '../agency';
import type { PetitionRoundCommand, RecordPetitions } from './petition-round.commands';
import { petitionRoundDecider } from './petition-round.decider';
import type { Petition, PetitionRoundEvent } from './petition-round.events';
import { petitionItemId } from './petition-item-id';
import { petitionRoundStandingOf, type PetitionRoundState } from './petition-round.state';

const ROUND = 'kn-ct-ky-19';
const today = '2024-06-20';
const opened: PetitionRoundCommand = {
  type: 'OpenPetitionRound',
  data: {
    petitionRoundId: ROUND,
    title: 'Kiến nghị cử tri trước Kỳ họp thứ 19',
    meeting: 'Kỳ họp thứ 19, HĐND tỉnh khóa X',
    forwardedOn: '2024-06-10',
    answerDueOn: '2024-07-05',
    supervisor: { body: 'standing-committee', level: 'province' },
  },
  today,
};
const agencies: Record<string, AgencyStanding> = {
  'so-gtvt': { agencyId: 'so-gtvt', registered: true },
  'so-cu': {
    agencyId: 'so-cu',
    registered: true,
    succession: { successorId: 'so-gtvt', effectiveOn: '2024-01-01' },
  },
};
const petition = (petitionId: string, over: Partial<Petition> = {}): Petition => ({
  petitionId,
  text: `Kiến nghị ${petitionId}`,
  voters: 'Cử tri phường 1',
  agencyId: 'so-gtvt',
  ...over,
});
const record = (...petitions: Petition[]): RecordPetitions & { today: string } => ({
  type: 'RecordPetitions',
  data: { petitionRoundId: ROUND, petitions },
  agencies,
  today,
});

const run = (commands: PetitionRoundCommand[]): PetitionRoundState =>
  commands.reduce<PetitionRoundState>(
    (state, command) =>
      petitionRoundDecider.decide(command, state).reduce(petitionRoundDecider.evolve, state),
    petitionRoundDecider.initialState,
  );

const refusal = (command: PetitionRoundCommand, state: PetitionRoundState) => {
  try {
    petitionRoundDecider.decide(command, state);
  } catch (error) {
    return (error as { code: string }).code;
  }
  return undefined;
};

describe('a round of voters’ petitions', () => {
  it('is opened once, with an answer deadline after the day it was forwarded', () => {
    const state = run([opened]);
    expect(state).toMatchObject({ status: 'opened', answerDueOn: '2024-07-05', petitions: {} });
    expect(refusal(opened, state)).toBe('petition-round.already-opened');
    const early = { ...opened, data: { ...opened.data, answerDueOn: '2024-06-10' } };
    expect(refusal(early, petitionRoundDecider.initialState)).toBe(
      'petition-round.due-not-after-forwarding',
    );
    const future = { ...opened, data: { ...opened.data, forwardedOn: '2024-06-21' } };
    expect(refusal(future, petitionRoundDecider.initialState)).toBe('date.in-future');
    const blank = { ...opened, data: { ...opened.data, meeting: '  ' } };
    expect(refusal(blank, petitionRoundDecider.initialState)).toBe(
      'petition-round.meeting-required',
    );
    const unnamed = {
      ...opened,
      data: {
        ...opened.data,
        supervisor: { body: 'committee' as const, level: 'province' as const },
      },
    };
    expect(refusal(unnamed, petitionRoundDecider.initialState)).toBe(
      'petition-round.supervisor-name-required',
    );
  });

  it('records many petitions at once, each once: the same batch again records nothing', () => {
    const state = run([opened, record(petition('p1'), petition('p2'), petition('p3'))]);
    expect(Object.keys(state.status === 'opened' ? state.petitions : {})).toEqual([
      'p1',
      'p2',
      'p3',
    ]);
    expect(petitionRoundDecider.decide(record(petition('p1'), petition('p2')), state)).toEqual([]);
    const events: readonly PetitionRoundEvent[] = petitionRoundDecider.decide(
      record(petition('p2'), petition('p4')),
      state,
    );
    expect(events).toEqual([
      { type: 'PetitionsRecorded', data: { petitionRoundId: ROUND, petitions: [petition('p4')] } },
    ]);
  });

  it('refuses a whole batch for one bad petition', () => {
    const state = run([opened, record(petition('p1'))]);
    const cases: [RecordPetitions & { today: string }, string][] = [
      [record(petition('p2'), petition('p2')), 'petition.repeated'],
      [record(petition('p2'), petition('p1', { text: 'khác' })), 'petition.already-recorded'],
      [record(petition('p2'), petition('p3', { text: ' ' })), 'petition.text-required'],
      [record(petition('p2'), petition('p3', { voters: '' })), 'petition.voters-required'],
      [record(petition('p2'), petition('p3', { agencyId: 'khong-co' })), 'agency.not-registered'],
      [record(petition('p2'), petition('p3', { agencyId: 'so-cu' })), 'agency.abolished'],
      [record(), 'petition.none'],
    ];
    for (const [command, code] of cases) expect(refusal(command, state)).toBe(code);
    const shapeless = { ...record(), data: { petitionRoundId: ROUND, petitions: [{ text: 1 }] } };
    expect(refusal(shapeless as unknown as PetitionRoundCommand, state)).toBe(
      'petition.petitions-invalid',
    );
    expect(refusal(record(petition('p2')), petitionRoundDecider.initialState)).toBe(
      'petition-round.not-opened',
    );
  });

  it('stands as a source: opened the day forwarded, each petition a part', () => {
    const state = run([opened, record(petition('p1'))]);
    expect(petitionRoundStandingOf(state, ROUND)).toEqual({
      kind: 'voter-petitions',
      id: ROUND,
      recorded: true,
      openedOn: '2024-06-10',
      supervisor: { body: 'standing-committee', level: 'province' },
      parts: { p1: '2024-06-10' },
    });
    expect(petitionRoundStandingOf(petitionRoundDecider.initialState, ROUND).recorded).toBe(false);
  });

  it('derives each petition’s item id from the round and the petition, within the id pattern', () => {
    expect(petitionItemId(ROUND, 'p1')).toBe('kn-ct.kn-ct-ky-19.p1');
    const long = petitionItemId('r'.repeat(80), 'p'.repeat(60));
    expect(long).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/);
    expect(long).toBe(petitionItemId('r'.repeat(80), 'p'.repeat(60)));
    expect(long).not.toBe(petitionItemId('r'.repeat(80), `${'p'.repeat(59)}q`));
  });
});
