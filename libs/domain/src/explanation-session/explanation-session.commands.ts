import type { AgencyStanding } from '../agency';
import type { Command, RecordedToday } from '../shared';
import type {
  ExplanationConclusionRecorded,
  ExplanationSessionHeld,
} from './explanation-session.events';

export type HoldExplanationSession = Command<
  'HoldExplanationSession',
  ExplanationSessionHeld['data']
> &
  Readonly<{
    /** Looked up by the application: the agency explaining, as it stood. */
    agency: AgencyStanding;
  }>;

// The conclusion's data is exactly what its event records.
export type RecordExplanationConclusion = Command<
  'RecordExplanationConclusion',
  ExplanationConclusionRecorded['data']
>;

/** Each command comes with the day it is recorded (`today`), when the application knows it. */
export type ExplanationSessionCommand = (HoldExplanationSession | RecordExplanationConclusion) &
  RecordedToday;
