import { date, named, oneOf, optional, string, type Shape } from '../shared/data-shape';
import type { AgencyCommand } from './agency.commands';

/** The fields each agency command must carry; every code starts with `agency.`. */
export const AGENCY_SHAPES: Readonly<
  Record<AgencyCommand['type'], Readonly<{ subject: string; shape: Shape }>>
> = {
  RegisterAgency: {
    subject: 'agency',
    shape: {
      agencyId: string(),
      name: string(),
      level: oneOf(['central', 'province', 'district', 'commune', 'department', 'other']),
      parentId: optional(string()),
      registeredOn: date(),
    },
  },
  RecordAgencySuccession: {
    subject: 'agency',
    shape: {
      agencyId: string(),
      successorId: named('successor', string()),
      effectiveOn: date(),
      basis: named('succession-basis', string()),
    },
  },
};
