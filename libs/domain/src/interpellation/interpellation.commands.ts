import type { Command, RecordedToday } from '../shared';
import type {
  InterpellationHeld,
  InterpellationQuestionAnswered,
  InterpellationResolutionAdopted,
} from './interpellation.events';

// Each command's data is exactly what its event records.
export type HoldInterpellation = Command<'HoldInterpellation', InterpellationHeld['data']>;

export type RecordInterpellationQuestion = Command<
  'RecordInterpellationQuestion',
  InterpellationQuestionAnswered['data']
>;

export type AdoptInterpellationResolution = Command<
  'AdoptInterpellationResolution',
  InterpellationResolutionAdopted['data']
>;

/** Each command comes with the day it is recorded (`today`), when the application knows it. */
export type InterpellationCommand = (
  HoldInterpellation | RecordInterpellationQuestion | AdoptInterpellationResolution
) &
  RecordedToday;
