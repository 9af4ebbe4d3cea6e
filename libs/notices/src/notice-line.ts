/** What a line of a digest says, as the dispatcher read it from the log. */
export type NoticeKind = 'reminder' | 'missed';

export interface NoticeFacts {
  readonly kind: NoticeKind;
  readonly recommendationId: string;
  /** The agency that held the case: the one the reminder or missed deadline names. */
  readonly agencyId: string;
  /** `response` or `commitment:<id>`. */
  readonly deadline: string;
  readonly dueOn: string;
  /** A reminder's working days left when it was issued. */
  readonly workingDaysLeft?: number;
}

/** One fact owed to one person, in the digest of one day (Asia/Ho_Chi_Minh). */
export interface NoticeLine {
  readonly userId: string;
  readonly day: string;
  readonly eventId: string;
  readonly facts: NoticeFacts;
}

/** One person's digest of one day: what BullMQ's job id and the outbox's key name. */
export interface DigestKey {
  readonly userId: string;
  readonly day: string;
}

/** BullMQ keeps custom job ids whole only without ':' (its key separator). */
export const digestJobId = ({ userId, day }: DigestKey): string =>
  `${userId}.${day}`.replaceAll(':', '_');

/** The calendar day after `day` (YYYY-MM-DD). */
export const dayAfter = (day: string): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
