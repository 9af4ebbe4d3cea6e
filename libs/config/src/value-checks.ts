import { createPrivateKey } from 'node:crypto';
import { isIP } from 'node:net';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** "address/bits" with a real IPv4 or IPv6 address and a prefix length that fits it. */
export const isCidr = (cidr: unknown): boolean => {
  if (typeof cidr !== 'string') return false;
  const [address = '', bits = '', ...rest] = cidr.split('/');
  const version = isIP(address);
  const max = version === 4 ? 32 : 128;
  return rest.length === 0 && version !== 0 && /^\d{1,3}$/.test(bits) && Number(bits) <= max;
};

/** An Ed25519 private key Node can read: checked at start, not when the first checkpoint is signed. */
export const isEd25519PrivateKey = (pem: unknown): boolean => {
  if (typeof pem !== 'string') return false;
  try {
    return createPrivateKey(pem).asymmetricKeyType === 'ed25519';
  } catch {
    return false;
  }
};

export const IsCidr = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy({ name: 'isCidr', validator: { validate: isCidr } }, options);

export const IsEd25519PrivateKey = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    { name: 'isEd25519PrivateKey', validator: { validate: isEd25519PrivateKey } },
    options,
  );
