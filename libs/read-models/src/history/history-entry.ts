import type { TimelineTable } from '../database/tables';

/*
 * A case's history as data: the recommendation tracker's timeline and an obstacle's history are
 * both rows of (recorded at, type, business date, actor, the event's own fields as JSON), made
 * into entries here with every agency named.
 */

/** An agency as a person reads it: its name, with the id to link to it. */
export interface AgencyRef {
  readonly id: string;
  readonly name: string | null;
}

/** Who did it: the account and the name it goes by, and its agency for an agency's officer. */
export interface HistoryActor {
  readonly userId?: string;
  readonly username: string;
  readonly displayName?: string;
  readonly role: string;
  readonly agency?: AgencyRef;
}

/** What a history row holds, whichever case it belongs to. */
export type HistoryRow = Pick<TimelineTable, 'at' | 'type' | 'business_date' | 'actor' | 'details'>;

/**
 * One step of a case's life, as data the console renders in its own words: when it was
 * recorded (`at`), the business date it carries (`on`), who recorded it, the agencies it
 * concerns by name, and the event's own fields (a note, a reason, an approver…).
 */
export interface HistoryEntry {
  readonly at: string;
  readonly type: string;
  readonly on: string;
  readonly actor: HistoryActor;
  readonly agency?: AgencyRef;
  readonly sourceAgency?: AgencyRef;
  readonly fromAgency?: AgencyRef;
  readonly toAgency?: AgencyRef;
  readonly [field: string]: unknown;
}

/** The events' agency-id fields, and the name each goes by in an entry. */
const AGENCY_FIELDS = {
  agencyId: 'agency',
  addresseeAgencyId: 'agency',
  sourceAgencyId: 'sourceAgency',
  fromAgencyId: 'fromAgency',
  toAgencyId: 'toAgency',
} as const;

type AgencyField = keyof typeof AGENCY_FIELDS;

const isAgencyField = (key: string): key is AgencyField => Object.hasOwn(AGENCY_FIELDS, key);

/** Every account that acted in some history rows, to look their names up at once. */
export const actorIdsIn = (rows: readonly Pick<HistoryRow, 'actor'>[]) =>
  new Set(rows.map((row) => (JSON.parse(row.actor) as { userId?: string }).userId ?? ''));

/** Every agency id some history rows mention, to look their names up at once. */
export const agencyIdsIn = (rows: readonly Pick<HistoryRow, 'actor' | 'details'>[]) => {
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

export const historyEntry = (
  row: HistoryRow,
  agency: (id: string) => AgencyRef,
  displayName: (userId: string) => string | undefined = () => undefined,
): HistoryEntry => {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(JSON.parse(row.details) as Record<string, unknown>))
    if (isAgencyField(key) && typeof value === 'string') fields[AGENCY_FIELDS[key]] = agency(value);
    else fields[key] = value;
  const { agencyId, ...actor } = JSON.parse(row.actor) as HistoryActor & { agencyId?: string };
  const name = actor.userId === undefined ? undefined : displayName(actor.userId);
  return {
    ...fields,
    at: row.at,
    type: row.type,
    on: row.business_date,
    actor: {
      ...actor,
      ...(name !== undefined && { displayName: name }),
      ...(agencyId !== undefined && { agency: agency(agencyId) }),
    },
  };
};
