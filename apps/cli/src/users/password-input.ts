import { randomBytes } from 'node:crypto';
import { MIN_PASSWORD_LENGTH } from '@hdnd/identity';

/**
 * The password for a new account or a reset: from standard input with --password-stdin (so it
 * shows neither in the process list nor in shell history), else a random one printed once.
 */
export const passwordFrom = async (
  fromStdin: boolean,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<{ password: string; generated: boolean }> => {
  if (!fromStdin) return { password: randomBytes(18).toString('base64url'), generated: true };
  let text = '';
  for await (const chunk of stdin) text += String(chunk);
  const password = text.replace(/\r?\n$/, '');
  if (password.length < MIN_PASSWORD_LENGTH)
    throw new UsageError(`A password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
  return { password, generated: false };
};

/** Something the operator typed wrong: printed with the usage, exit code 2. */
export class UsageError extends Error {}
