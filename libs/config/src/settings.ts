/**
 * The configuration as typed groups, one per concern, so each module is given only its part.
 * `loadSettings` makes them from the environment; nothing else reads it.
 */

/** Where the api listens. */
export interface HttpSettings {
  readonly port: number;
  readonly host: string;
}

/** Where the event log and everything kept beside it live. */
export interface StoreSettings {
  /** Absolute: DATA_DIR resolved against the working directory at start. */
  readonly dataDir: string;
  /** The log in EventStoreDB; the embedded SQLite log in `dataDir` without it. */
  readonly eventStoreUrl?: string;
}

/** Background jobs: on BullMQ when `redisUrl` is set, else in the process. */
export interface JobsSettings {
  readonly redisUrl?: string;
  /** False: this process enqueues jobs but runs none (apps/worker does). */
  readonly workers: boolean;
  /** The queues' Redis key prefix (BullMQ's `bull` unless set). */
  readonly queuePrefix?: string;
}

/** Access tokens and the limits that protect login and the API. */
export interface AccessSettings {
  /** The HS256 key when the operator set one; else the api keeps a generated one in DATA_DIR. */
  readonly secret?: string;
  readonly tokenTtlSeconds: number;
  readonly loginAttemptsPerMinute: number;
  /** 0: no limit. */
  readonly requestsPerMinute: number;
  readonly corsOrigins: readonly string[];
}

/** The first administrator's password; a random one, printed once, when unset. */
export interface IdentitySettings {
  readonly adminPassword?: string;
}

/** The deadline sweep: how often, and when reminders are recorded. */
export interface FollowUpSchedule {
  /** Between sweeps; 0 runs none on a schedule. */
  readonly intervalMs: number;
  readonly settings: { readonly reminderDays: readonly number[] };
}

/** Tamper evidence: how often checkpoints are signed, and with which key. */
export interface AuditSettings {
  /** 0 signs none on a schedule (on demand only). */
  readonly checkpointEveryMs: number;
  /** Ed25519 PKCS#8 PEM when the operator set one; else the key kept in DATA_DIR. */
  readonly signingKeyPem?: string;
}

/** Where webhooks may be delivered although the address guard would refuse it. */
export interface WebhookAllowances {
  readonly allowHosts: readonly string[];
  readonly allowCidrs: readonly string[];
}

/** E-mail digests of reminders and missed deadlines: off without an SMTP server. */
export interface NoticeMailSettings {
  readonly smtpUrl?: string;
  readonly from: string;
  readonly consoleUrl: string;
  readonly digestHour: number;
}

export interface Settings {
  readonly http: HttpSettings;
  readonly store: StoreSettings;
  readonly jobs: JobsSettings;
  readonly access: AccessSettings;
  readonly identity: IdentitySettings;
  readonly followUp: FollowUpSchedule;
  readonly audit: AuditSettings;
  readonly webhooks: WebhookAllowances;
  readonly notices: NoticeMailSettings;
}
