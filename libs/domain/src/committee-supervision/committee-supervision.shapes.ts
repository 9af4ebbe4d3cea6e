import { date, string, SUPERVISOR, type Shape } from '../shared/data-shape';
import type { CommitteeSupervisionCommand } from './committee-supervision.commands';

/**
 * The fields each command must carry, and the word its rule codes start with
 * (`committee-supervision.topic-required`).
 */
export const COMMITTEE_SUPERVISION_SHAPES: Readonly<
  Record<CommitteeSupervisionCommand['type'], Readonly<{ subject: string; shape: Shape }>>
> = {
  StartCommitteeSupervision: {
    subject: 'committee-supervision',
    shape: {
      committeeSupervisionId: string(),
      topic: string(),
      supervisor: SUPERVISOR,
      startedOn: date(),
    },
  },
  ConcludeCommitteeSupervision: {
    subject: 'committee-supervision',
    shape: {
      committeeSupervisionId: string(),
      conclusion: string(),
      concludedOn: date(),
    },
  },
};
