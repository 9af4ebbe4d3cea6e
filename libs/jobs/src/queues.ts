import type { DefaultJobOptions } from 'bullmq';

/**
 * The named queues, what their jobs carry, and how they are retried. Job code is the same
 * whether BullMQ runs it (REDIS_URL set) or the process runs it itself (the embedded default).
 */
export const QUEUES = {
  /** `sweep` (no payload): record today's reminders and missed deadlines (FollowUpSweep). */
  followUp: 'follow-up',
  /**
   * `rebuild` (no payload): build the read models again beside the active ones and swap them in
   * (ReadModelRebuild). Worked only by the process that keeps the read models: the api.
   */
  projections: 'projections',
  /**
   * `deliver` ({ eventId, webhookId, eventType, payload }): one signed POST (WebhookCourier).
   * Job id = event id and webhook id, so a delivery queued twice is one job. Retried with the
   * webhook settings' attempts and backoff; the last failure is recorded in the log.
   */
  webhooks: 'webhooks',
  /**
   * `digest` ({ userId, day }): one person's e-mail digest of one day (DigestCourier). Job id =
   * `<userId>.<day>`, so a digest queued twice is one job, sent once. Retried with the notice
   * settings' attempts and backoff; the last failure is kept for the admin. `close` (no payload,
   * on a job scheduler): closes the digests due and queues them.
   */
  notices: 'notices',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/**
 * Five attempts, 1 s then doubling; failures kept with their reason for the API and the ops
 * team, completed jobs pruned. A job's effect must be idempotent: BullMQ delivers at least once.
 */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: 1_000,
  removeOnFail: false,
};
