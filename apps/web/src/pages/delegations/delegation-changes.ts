import type { TFunction } from 'i18next';
import { EVENT_LABELS } from '../../forms';
import { formatDate } from '../../i18n/format';
import { basisOf } from '../../time-travel/basis';
import type { ChangeLine } from '../../time-travel/CompareInstants';
import { CHANGE_LABELS, changesSince } from './changes-since';
import type { DelegationView } from './delegation-view';

/**
 * What was recorded on a delegation between two instants, for the compare list: its
 * establishment (with its resolution) when it did not exist yet at the first, then each group,
 * survey, finding and recommendation that is new, and its conclusion. The delegation's view
 * carries no history of its own, so who recorded each is not said here.
 */
export const delegationChanges = (
  t: TFunction,
  before: DelegationView | undefined,
  after: DelegationView,
): ChangeLine[] => {
  const established = before === undefined;
  const empty: DelegationView = {
    ...after,
    status: 'established',
    workingGroups: [],
    surveys: [],
    findings: [],
    recommendations: [],
  };
  const basis = basisOf({ legalBasis: after.legalBasis });
  return [
    ...(established
      ? [
          {
            key: 'established',
            title: `${t(EVENT_LABELS.DelegationEstablished)}: ${after.title}`,
            ...(basis !== undefined && { basis }),
          },
        ]
      : []),
    ...changesSince(before ?? empty, after).map((change, index) => ({
      key: `${change.kind}-${index}`,
      title: `${t(CHANGE_LABELS[change.kind])}: ${
        change.kind === 'survey' || change.kind === 'concluded'
          ? formatDate(change.text)
          : change.text
      }`,
    })),
  ];
};
