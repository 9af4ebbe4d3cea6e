import type { Event, LocalDate } from '../shared';

/** Administrative level; since 2025-07-01 Vietnam has no district level, but history does. */
export type AgencyLevel = 'central' | 'province' | 'district' | 'commune' | 'department' | 'other';

export type AgencyRegistered = Event<
  'AgencyRegistered',
  {
    agencyId: string;
    name: string;
    level: AgencyLevel;
    parentId?: string;
    registeredOn: LocalDate;
  }
>;

/**
 * The agency was merged or abolished and `successorId` answers for its open cases from
 * `effectiveOn` (e.g. UBND thành phố Tây Ninh, abolished 2025-07-01 with the district level).
 */
export type AgencySuccessionRecorded = Event<
  'AgencySuccessionRecorded',
  {
    agencyId: string;
    successorId: string;
    effectiveOn: LocalDate;
    basis: string;
  }
>;

export type AgencyEvent = AgencyRegistered | AgencySuccessionRecorded;
