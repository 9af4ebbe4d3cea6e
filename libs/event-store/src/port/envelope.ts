/** Anything JSON can carry. Events are plain data so they survive any store unchanged. */
export type JsonValue =
  string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };
export type JsonObject = { readonly [key: string]: JsonValue };

/** Who did it. Filled from the authenticated user at the edge; a system actor for jobs. */
export interface Actor {
  readonly userId: string;
  readonly username: string;
  readonly role: string;
  readonly agencyId?: string;
}

/** What the caller supplies with each event; the store adds `recordedAt` from its clock. */
export interface EventMetadataInput {
  readonly actor: Actor;
  readonly correlationId: string;
  readonly causationId: string;
  /** The command that caused the event, e.g. `IssueRecommendation`. */
  readonly command: string;
  /** The legal basis the decision rests on, where the caller gave one (e.g. Law 121/2025/QH15). */
  readonly legalBasis?: string;
}

export interface EventMetadata extends EventMetadataInput {
  /** ISO-8601 UTC instant at which the store recorded the event. */
  readonly recordedAt: string;
}

export interface NewEvent<Data = unknown> {
  /** Chosen by the writer (a UUID); unique across the whole log. */
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: Data;
  readonly metadata: EventMetadataInput;
}

/** An event as the log holds it. `revision` counts within its stream from 0; `position` orders the whole log from 1. */
export interface RecordedEvent<Data = unknown> {
  readonly eventId: string;
  readonly streamId: string;
  readonly revision: bigint;
  readonly position: bigint;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: Data;
  readonly metadata: EventMetadata;
  /** SHA-256 (hex) over this event's canonical encoding and the previous event's hash in its stream. */
  readonly hash: string;
  /**
   * The chain over the whole log up to and including this event (hashing/log-chain.ts), where
   * the store keeps it per event (SQLite). EventStoreDB assigns log order only at commit, so
   * there the chain is computed when verifying and anchored by the signed checkpoints.
   */
  readonly logHash?: string;
  /**
   * What was written, when it was an older schema version than `schemaVersion`/`data` (which
   * readers get upcast to today's shape). The hashes are over this, and exports carry this.
   */
  readonly recordedAs?: { readonly schemaVersion: number; readonly data: unknown };
}
