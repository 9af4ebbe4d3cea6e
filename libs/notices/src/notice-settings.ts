export interface NoticeSettings {
  /**
   * The SMTP server digests are sent through (SMTP_URL, smtp://[user:password@]host:port or
   * smtps://…); unset: no e-mail at all — nothing is owed, nothing sent.
   */
  readonly smtpUrl?: string;
  /** The sender (NOTICE_FROM). */
  readonly from: string;
  /** Where the web console is, for the links in each line (CONSOLE_URL). */
  readonly consoleUrl: string;
  /** The hour (Asia/Ho_Chi_Minh) from which the day's digests go out (NOTICE_DIGEST_HOUR). */
  readonly digestHour: number;
  /** How often the schedule looks for digests to close; 0: only by hand (tests). */
  readonly scheduleMs: number;
  /** Attempts before a digest is given up and listed as failed (default 5). */
  readonly maxAttempts: number;
  /** First retry delay; each next one doubles (default 1 min: 1, 2, 4, 8 min). */
  readonly backoffMs: number;
  /** How often the in-process courier looks for digests due (default 1 s). */
  readonly pollMs: number;
  /** One SMTP conversation's bound (default 30 s). */
  readonly timeoutMs: number;
}

export const NOTICE_SETTINGS = Symbol('NOTICE_SETTINGS');
export const NOTICE_OUTBOX = Symbol('NOTICE_OUTBOX');
export const NOTICE_MAILER = Symbol('NOTICE_MAILER');

/** Mail as a deployment sends it unless told otherwise: off until SMTP_URL is set. */
export const defaultNoticeSettings: NoticeSettings = {
  from: 'HĐND <no-reply@localhost>',
  consoleUrl: 'http://localhost:3000',
  digestHour: 7,
  scheduleMs: 60_000,
  maxAttempts: 5,
  backoffMs: 60_000,
  pollMs: 1_000,
  timeoutMs: 30_000,
};

/** The URL without its password, for what is logged or shown. */
export const redactedSmtpUrl = (smtpUrl: string): string => {
  if (!URL.canParse(smtpUrl)) return '(an SMTP_URL that does not parse)';
  const url = new URL(smtpUrl);
  if (url.password) url.password = '***';
  return url.toString();
};
