import { createPublicKey, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { keyIdOf } from '@hdnd/event-store';
import type { SigningKey } from './signing-key';

/**
 * The keys whose checkpoints this deployment accepts: its own, and those of the deployments its
 * log came from (a restore brings the source's public key into `DATA_DIR/audit-trusted-keys/`).
 */
export class TrustedKeys {
  private readonly dir: string;

  constructor(
    dataDir: string,
    private readonly own: SigningKey,
  ) {
    this.dir = join(dataDir, 'audit-trusted-keys');
  }

  all(): KeyObject[] {
    return [this.own.publicKey, ...this.others().map((k) => createPublicKey(k.publicKey))];
  }

  /** Every trusted key as PEM, this deployment's first: what an export carries. */
  pems(): { keyId: string; publicKey: string }[] {
    return [{ keyId: this.own.keyId, publicKey: this.own.publicKeyPem }, ...this.others()];
  }

  /** Trusts another deployment's public key from now on (idempotent). */
  add(publicKeyPem: string): string {
    const keyId = keyIdOf(createPublicKey(publicKeyPem));
    if (keyId === this.own.keyId) return keyId;
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, `${keyId}.pem`), publicKeyPem);
    return keyId;
  }

  private others(): { keyId: string; publicKey: string }[] {
    if (!existsSync(this.dir)) return [];
    return readdirSync(this.dir)
      .filter((f) => f.endsWith('.pem'))
      .sort()
      .map((f) => ({ keyId: f.slice(0, -4), publicKey: readFileSync(join(this.dir, f), 'utf8') }));
  }
}
