import type { AgencyStanding } from '../agency';
import type { RecordedToday } from '../shared';
import type {
  DelegationConcluded,
  DelegationEstablished,
  FindingRecorded,
  Indicator,
  SurveyRecorded,
  WorkingGroupFormed,
} from './delegation.events';

// Where a command's data is exactly what its event records, the event's type is the one source.
export type EstablishDelegation = Readonly<{
  type: 'EstablishDelegation';
  data: DelegationEstablished['data'];
}>;

export type FormWorkingGroup = Readonly<{
  type: 'FormWorkingGroup';
  data: WorkingGroupFormed['data'];
}>;

export type RecordSurvey = Readonly<{
  type: 'RecordSurvey';
  data: SurveyRecorded['data'];
  /** Looked up by the application: each surveyed agency as it stood. */
  agencies: readonly AgencyStanding[];
}>;

export type RecordFinding = Readonly<{
  type: 'RecordFinding';
  data: Omit<FindingRecorded['data'], 'indicators'> &
    Readonly<{ indicators?: readonly Indicator[] }>;
  agency: AgencyStanding;
}>;

export type ConcludeDelegation = Readonly<{
  type: 'ConcludeDelegation';
  data: DelegationConcluded['data'];
}>;

/** Each command comes with the day it is recorded (`today`), when the application knows it. */
export type DelegationCommand = (
  EstablishDelegation | FormWorkingGroup | RecordSurvey | RecordFinding | ConcludeDelegation
) &
  RecordedToday;
