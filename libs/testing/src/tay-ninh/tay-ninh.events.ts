/**
 * The Tây Ninh case as the domain events its commands record (what the domain specs put in a
 * history): each event's data is the command's, plus what the decider adds to it.
 */
import type {
  AgencyStanding,
  DelegationEstablished,
  DelegationEvent,
  FindingRecorded,
  RecommendationIssued,
  SurveyRecorded,
  WorkingGroupFormed,
} from '@hdnd/domain';
import { tayNinhCase as c } from './tay-ninh.case';

/** A registered agency's standing, as the application looks it up before a command is decided. */
export const active = (agencyId: string): AgencyStanding => ({ agencyId, registered: true });

export const delegationEstablished: DelegationEstablished = {
  type: 'DelegationEstablished',
  data: c.delegation,
};

export const group01Formed: WorkingGroupFormed = {
  type: 'WorkingGroupFormed',
  data: c.workingGroups[0]!,
};

export const surveyRecorded: SurveyRecorded = { type: 'SurveyRecorded', data: c.survey };

export const indexFindingRecorded: FindingRecorded = {
  type: 'FindingRecorded',
  data: { ...c.indexFinding, indicators: c.indexFinding.indicators ?? [] },
};

export const vneidFindingRecorded: FindingRecorded = {
  type: 'FindingRecorded',
  data: { ...c.vneidFinding, indicators: c.vneidFinding.indicators ?? [] },
};

/** The delegation up to the survey's two findings: where recommendations can be issued. */
export const surveyedDelegation: readonly DelegationEvent[] = [
  delegationEstablished,
  group01Formed,
  surveyRecorded,
  indexFindingRecorded,
  vneidFindingRecorded,
];

export const recommendationIssued: RecommendationIssued = {
  type: 'RecommendationIssued',
  // Issued on 2024-05-15, under the law on supervisory activities then in force.
  data: { ...c.recommendation, supervisionLaw: '87/2015/QH13' },
};
