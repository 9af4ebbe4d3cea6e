import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { keyIdOf } from '@hdnd/event-store';

/** The deployment's checkpoint key: private half to sign, public half for anyone to verify. */
export interface SigningKey {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  readonly keyId: string;
  /** The public key as PEM (SPKI), what auditors keep. */
  readonly publicKeyPem: string;
}

export const AUDIT_SIGNING_KEY = Symbol('AUDIT_SIGNING_KEY');

const fromPrivate = (privateKey: KeyObject): SigningKey => {
  const publicKey = createPublicKey(privateKey);
  return {
    privateKey,
    publicKey,
    keyId: keyIdOf(publicKey),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
};

/**
 * `pem` (AUDIT_SIGNING_KEY, an Ed25519 private key, PKCS#8 PEM) when set; else the key kept in
 * `DATA_DIR/audit-signing-key.pem`, made on first start and readable by its owner only. It
 * lives outside the log on purpose: whoever could rewrite the log must not also hold the pen.
 */
export const loadSigningKey = (dataDir: string, pem?: string): SigningKey => {
  if (pem) return fromPrivate(createPrivateKey(pem));
  const file = join(dataDir, 'audit-signing-key.pem');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), {
      mode: 0o600,
      flag: 'wx',
    });
  }
  const key = createPrivateKey(readFileSync(file));
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${file} is not an Ed25519 key.`);
  return fromPrivate(key);
};
