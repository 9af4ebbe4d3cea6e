import {
  date,
  integer,
  LEGAL_BASIS,
  listOf,
  named,
  number,
  object,
  oneOf,
  optional,
  PERSON,
  string,
  SUPERVISOR,
  type Shape,
} from '../shared/data-shape';
import type { DelegationCommand } from './delegation.commands';

const INDICATOR = object({
  name: string(),
  period: string(),
  value: optional(number()),
  outOf: optional(number()),
  rank: optional(integer()),
  rankOf: optional(integer()),
  grade: optional(string()),
});

/**
 * The fields each delegation command must carry, and the word its rule codes start with
 * (`survey.chair-required`). What the deciders accept, the delegations projection can store.
 */
export const DELEGATION_SHAPES: Readonly<
  Record<DelegationCommand['type'], Readonly<{ subject: string; shape: Shape }>>
> = {
  EstablishDelegation: {
    subject: 'delegation',
    shape: {
      delegationId: string(),
      title: string(),
      topic: string(),
      legalBasis: LEGAL_BASIS,
      periodFrom: date(),
      periodTo: date(),
      chair: PERSON,
      members: listOf(PERSON),
      supervisor: SUPERVISOR,
    },
  },
  FormWorkingGroup: {
    subject: 'working-group',
    shape: {
      delegationId: string(),
      workingGroupId: string(),
      number: string(),
      leader: PERSON,
      members: listOf(PERSON),
    },
  },
  RecordSurvey: {
    subject: 'survey',
    shape: {
      delegationId: string(),
      surveyId: string(),
      workingGroupId: optional(string()),
      date: date(),
      agencyIds: named('agencies', listOf(string())),
      topics: listOf(string()),
      chair: PERSON,
      participants: listOf(string()),
      notes: optional(string()),
    },
  },
  RecordFinding: {
    subject: 'finding',
    shape: {
      delegationId: string(),
      findingId: string(),
      surveyId: optional(string()),
      agencyId: string(),
      kind: oneOf(['achievement', 'limitation', 'obstacle']),
      statement: string(),
      indicators: optional(listOf(INDICATOR)),
      obstacleId: optional(string()),
      recordedOn: date(),
    },
  },
  ConcludeDelegation: {
    subject: 'delegation',
    shape: { delegationId: string(), concludedOn: date(), summary: string() },
  },
  PublishDelegationResults: {
    subject: 'publication',
    shape: { delegationId: string(), publishedOn: date(), basis: string() },
  },
  WithdrawPublication: {
    subject: 'publication',
    shape: { delegationId: string(), withdrawnOn: date(), reason: string() },
  },
};
