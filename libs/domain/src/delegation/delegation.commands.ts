import type { AgencyStanding } from '../agency';
import type { Command, RecordedToday } from '../shared';
import type {
  DelegationConcluded,
  DelegationEstablished,
  DelegationPublicationWithdrawn,
  DelegationResultsPublished,
  FindingRecorded,
  Indicator,
  SurveyRecorded,
  WorkingGroupFormed,
} from './delegation.events';

// Where a command's data is exactly what its event records, the event's type is the one source.
export type EstablishDelegation = Command<'EstablishDelegation', DelegationEstablished['data']>;

export type FormWorkingGroup = Command<'FormWorkingGroup', WorkingGroupFormed['data']>;

export type RecordSurvey = Command<'RecordSurvey', SurveyRecorded['data']> &
  Readonly<{
    /** Looked up by the application: each surveyed agency as it stood. */
    agencies: readonly AgencyStanding[];
  }>;

export type RecordFinding = Command<
  'RecordFinding',
  Omit<FindingRecorded['data'], 'indicators'> & { indicators?: readonly Indicator[] }
> &
  Readonly<{ agency: AgencyStanding }>;

export type ConcludeDelegation = Command<'ConcludeDelegation', DelegationConcluded['data']>;

export type PublishDelegationResults = Command<
  'PublishDelegationResults',
  DelegationResultsPublished['data']
>;

export type WithdrawPublication = Command<
  'WithdrawPublication',
  DelegationPublicationWithdrawn['data']
>;

/** Each command comes with the day it is recorded (`today`), when the application knows it. */
export type DelegationCommand = (
  | EstablishDelegation
  | FormWorkingGroup
  | RecordSurvey
  | RecordFinding
  | ConcludeDelegation
  | PublishDelegationResults
  | WithdrawPublication
) &
  RecordedToday;
