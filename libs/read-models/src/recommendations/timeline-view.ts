import type { TimelineTable } from '../database/tables';

/** An agency as a person reads it: its name, with the id to link to it. */
export interface AgencyRef {
  readonly id: string;
  readonly name: string | null;
}

/** Who did it: the account, and its agency for an agency's officer. */
export interface TimelineActor {
  readonly userId?: string;
  readonly username: string;
  readonly role: string;
  readonly agency?: AgencyRef;
}

/**
 * One step of a recommendation's life, as data the console renders in its own words: when it
 * was recorded (`at`), the business date it carries (`on`), who recorded it, the agency it
 * concerns by name, and the event's own fields (a note, a reason, an approver…). `summary` is
 * the same in one English line, kept for the contract.
 */
export interface TimelineEntry {
  readonly at: string;
  readonly type: string;
  readonly on: string;
  readonly actor: TimelineActor;
  readonly agency?: AgencyRef;
  readonly fromAgency?: AgencyRef;
  readonly toAgency?: AgencyRef;
  readonly summary: string;
  readonly [field: string]: unknown;
}

/** The events' agency-id fields, and the name each goes by in an entry. */
const AGENCY_FIELDS = {
  agencyId: 'agency',
  addresseeAgencyId: 'agency',
  fromAgencyId: 'fromAgency',
  toAgencyId: 'toAgency',
} as const;

type AgencyField = keyof typeof AGENCY_FIELDS;

const isAgencyField = (key: string): key is AgencyField => Object.hasOwn(AGENCY_FIELDS, key);

/** Every agency id a page of timeline rows mentions, to look their names up at once. */
export const agencyIdsIn = (rows: readonly Pick<TimelineTable, 'actor' | 'details'>[]) => {
  const found = new Set<string>();
  for (const row of rows) {
    const details = JSON.parse(row.details) as Record<string, unknown>;
    for (const [key, value] of Object.entries(details))
      if (isAgencyField(key) && typeof value === 'string') found.add(value);
    const actor = JSON.parse(row.actor) as { agencyId?: string };
    if (actor.agencyId) found.add(actor.agencyId);
  }
  return found;
};

export const timelineEntry = (
  row: TimelineTable,
  agency: (id: string) => AgencyRef,
): TimelineEntry => {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(JSON.parse(row.details) as Record<string, unknown>))
    if (isAgencyField(key) && typeof value === 'string') fields[AGENCY_FIELDS[key]] = agency(value);
    else fields[key] = value;
  const { agencyId, ...actor } = JSON.parse(row.actor) as TimelineActor & { agencyId?: string };
  return {
    ...fields,
    at: row.at,
    type: row.type,
    on: row.business_date,
    actor: { ...actor, ...(agencyId !== undefined && { agency: agency(agencyId) }) },
    summary: row.summary,
  };
};
