import type { Command, RecordedToday } from '../shared';
import type {
  CommitteeSupervisionConcluded,
  CommitteeSupervisionStarted,
} from './committee-supervision.events';

// Each command's data is exactly what its event records.
export type StartCommitteeSupervision = Command<
  'StartCommitteeSupervision',
  CommitteeSupervisionStarted['data']
>;

export type ConcludeCommitteeSupervision = Command<
  'ConcludeCommitteeSupervision',
  CommitteeSupervisionConcluded['data']
>;

/** Each command comes with the day it is recorded (`today`), when the application knows it. */
export type CommitteeSupervisionCommand = (
  StartCommitteeSupervision | ConcludeCommitteeSupervision
) &
  RecordedToday;
