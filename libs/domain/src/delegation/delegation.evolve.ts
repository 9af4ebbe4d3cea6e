import { assertNever } from '../shared';
import type { DelegationEvent } from './delegation.events';
import type { DelegationState } from './delegation.state';

export const evolveDelegation = (
  state: DelegationState,
  event: DelegationEvent,
): DelegationState => {
  switch (event.type) {
    case 'DelegationEstablished': {
      const { delegationId, legalBasis, supervisor, periodFrom, periodTo } = event.data;
      return {
        status: 'established',
        delegationId,
        legalBasis,
        supervisor,
        periodFrom,
        periodTo,
        workingGroups: {},
        surveys: {},
        findings: [],
      };
    }
    case 'WorkingGroupFormed':
      if (state.status === 'none') return state;
      return {
        ...state,
        workingGroups: { ...state.workingGroups, [event.data.workingGroupId]: event.data.number },
      };
    case 'SurveyRecorded':
      if (state.status === 'none') return state;
      return {
        ...state,
        surveys: {
          ...state.surveys,
          [event.data.surveyId]: { date: event.data.date, agencyIds: event.data.agencyIds },
        },
      };
    case 'FindingRecorded':
      if (state.status === 'none') return state;
      return {
        ...state,
        findings: [
          ...state.findings,
          {
            findingId: event.data.findingId,
            kind: event.data.kind,
            agencyId: event.data.agencyId,
            recordedOn: event.data.recordedOn,
          },
        ],
      };
    case 'DelegationConcluded':
      if (state.status === 'none') return state;
      return { ...state, status: 'concluded', concludedOn: event.data.concludedOn };
    case 'DelegationResultsPublished':
      if (state.status === 'none') return state;
      return {
        ...state,
        publishedOn: event.data.publishedOn,
        publicationChangedOn: event.data.publishedOn,
      };
    case 'DelegationPublicationWithdrawn': {
      if (state.status === 'none') return state;
      const { publishedOn: _withdrawn, ...rest } = state;
      return { ...rest, publicationChangedOn: event.data.withdrawnOn };
    }
    default:
      return assertNever(event);
  }
};
