import type { Command, LocalDate } from '../shared';
import type { AgencyRegistered } from './agency.events';

export type RegisterAgency = Command<
  'RegisterAgency',
  AgencyRegistered['data'] & {
    /** Looked up by the application when `parentId` is given: the parent must exist. */
    parent?: AgencyStanding;
  }
>;

export type RecordAgencySuccession = Command<
  'RecordAgencySuccession',
  {
    agencyId: string;
    successorId: string;
    effectiveOn: LocalDate;
    basis: string;
    /** Looked up by the application: a successor must itself exist and still be active. */
    successor: AgencyStanding;
    /**
     * Looked up by the application: the agencies the successor passes to in turn, following
     * each recorded succession from it. The agency itself among them would close a loop.
     */
    successorChain: readonly string[];
  }
>;

/** What another aggregate needs to know about an agency to decide. */
export type AgencyStanding = Readonly<{
  agencyId: string;
  registered: boolean;
  succession?: Readonly<{ successorId: string; effectiveOn: LocalDate }>;
}>;

export type AgencyCommand = RegisterAgency | RecordAgencySuccession;
