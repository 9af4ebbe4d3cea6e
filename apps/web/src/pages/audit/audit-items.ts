import type { components } from '../../api/schema';

/*
 * The audit pages' answers, as the API's document types them (apps/api's response-schemas.ts).
 * The checkpoints' list and the public key are left untyped there, so named here.
 */

type Schemas = components['schemas'];

/** An event as the log holds it, with its metadata and hashes. */
export type AuditEvent = Schemas['AuditEvent'];
export type AuditPage = Schemas['AuditEventsPage'];
export type IntegrityReport = Schemas['IntegrityReport'];
export type BreakReason = NonNullable<IntegrityReport['firstBroken']>['reason'];
/** A verification run as a job, and its report once completed. */
export type Verification = Schemas['Verification'];
/** A signed statement: "the first `eventCount` events chain to `headHash`". */
export type Checkpoint = Schemas['Checkpoint'];

/** The deployment's key (GET /api/audit/public-key): what verifies the checkpoints. */
export interface PublicKey {
  readonly keyId: string;
  readonly algorithm: 'Ed25519';
  readonly publicKey: string;
}
