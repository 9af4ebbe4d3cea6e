import type { operations } from '../../api/schema';

/** What GET /api/audit/events takes, as the generated client types it. */
export type ApiAuditQuery = NonNullable<
  operations['AuditController_events']['parameters']['query']
>;

/** The kinds of stream the log holds: "recommendation-kn-1" names a stream, "kn-1" a case. */
const STREAM_KINDS = [
  'recommendation',
  'obstacle',
  'delegation',
  'agency',
  'user',
  'webhook',
  'calendar',
  'audit',
] as const;

/** The events a page shows: enough to read a case's whole story at once. */
export const PAGE_SIZE = 50;

/** The log browser's view: every filter and the page, all kept in the address. */
export interface AuditView {
  /** A stream id ("recommendation-kn-1") or a case id ("kn-1"). */
  readonly stream?: string;
  readonly type?: string;
  readonly actor?: string;
  readonly command?: string;
  readonly correlationId?: string;
  /** Dates, YYYY-MM-DD: from the start of the first to the end of the last, in Việt Nam. */
  readonly from?: string;
  readonly to?: string;
  readonly fromPosition?: number;
  readonly toPosition?: number;
  /** The position the page continues after (the API's `next` of the page before). */
  readonly after?: number;
}

export type AuditFilters = Omit<AuditView, 'after'>;

const TEXTS = ['stream', 'actor', 'correlationId'] as const;
const NAMES = ['type', 'command'] as const;
const DATES = ['from', 'to'] as const;
const POSITIONS = ['fromPosition', 'toPosition', 'after'] as const;

const NAME = /^[A-Za-z]{1,100}$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const POSITION = /^[1-9]\d{0,14}$/;

/** The view an address asks for, leaving out what a hand-edited link gets wrong. */
export const viewFrom = (search: URLSearchParams): AuditView => {
  const view: Record<string, string | number> = {};
  for (const key of TEXTS) {
    const value = search.get(key)?.normalize('NFC').trim();
    if (value && value.length <= 200) view[key] = value;
  }
  for (const key of NAMES) {
    const value = search.get(key)?.trim();
    if (value && NAME.test(value)) view[key] = value;
  }
  for (const key of DATES) {
    const value = search.get(key);
    if (value && LOCAL_DATE.test(value)) view[key] = value;
  }
  for (const key of POSITIONS) {
    const value = search.get(key);
    if (value && POSITION.test(value)) view[key] = Number(value);
  }
  return view as AuditView;
};

/** The address of a view: only what is set, in a fixed order, so a link is stable. */
export const searchOf = (view: AuditView): URLSearchParams => {
  const search = new URLSearchParams();
  for (const key of [...TEXTS, ...NAMES, ...DATES, ...POSITIONS]) {
    const value = view[key];
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  return search;
};

/** The filters of a view, without its page: a changed filter starts again from the first page. */
export const withFilters = (view: AuditView): AuditFilters => {
  const { after: _after, ...rest } = view;
  return Object.fromEntries(
    Object.entries(rest).filter(([, value]) => value !== undefined && value !== ''),
  ) as AuditFilters;
};

/** Whether the reader typed a stream's id (its kind first) rather than a case's. */
export const isStreamId = (value: string): boolean =>
  STREAM_KINDS.some((kind) => value.startsWith(`${kind}-`));

/** The API's query for a view. */
export const apiQuery = (view: AuditView): ApiAuditQuery => ({
  ...(view.stream !== undefined &&
    (isStreamId(view.stream) ? { streamId: view.stream } : { caseId: view.stream })),
  ...(view.type !== undefined && { type: view.type }),
  ...(view.actor !== undefined && { actor: view.actor }),
  ...(view.command !== undefined && { command: view.command }),
  ...(view.correlationId !== undefined && { correlationId: view.correlationId }),
  ...(view.from !== undefined && { from: view.from }),
  ...(view.to !== undefined && { to: view.to }),
  ...(view.fromPosition !== undefined && { fromPosition: view.fromPosition }),
  ...(view.toPosition !== undefined && { toPosition: view.toPosition }),
  ...(view.after !== undefined && { after: view.after }),
  limit: PAGE_SIZE,
});

/** Whether any filter narrows the log. */
export const isFiltered = (view: AuditView): boolean => Object.keys(withFilters(view)).length > 0;
