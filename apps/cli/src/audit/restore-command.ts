import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPublicKey, type KeyObject } from 'node:crypto';
import { CredentialStore, LOCKED_PASSWORD } from '@hdnd/identity';
import { CheckpointWitness, loadSigningKey, TrustedKeys } from '@hdnd/audit';
import type { AuditSettings, StoreSettings } from '@hdnd/config';
import {
  BadLogFile,
  CHECKPOINT_EVENT,
  CHECKPOINT_STREAM,
  LogFile,
  openEsdbEventStore,
  ReplayClock,
  restoreLog,
  RestoreRefused,
  SqliteEventStore,
  verifyLog,
  type EventStore,
  type LogCheckpoint,
} from '@hdnd/event-store';
import { progressBar, rateOf } from '../progress';

/**
 * npm run cli -- restore <file>: an exported log into an empty store (SQLite in DATA_DIR, or
 * EventStoreDB at EVENTSTORE_URL). The file is verified first — every chain and checkpoint —
 * and refused, with nothing written, if it does not verify; then it is appended in order with
 * its own ids and recorded-at times, so the store computes the same hashes; then the store is
 * verified and its chain compared with the file's. The source's public key and checkpoints
 * come along, so the restored deployment's integrity check holds it to them.
 */
export const restoreLogCommand = async (
  config: StoreSettings & Pick<AuditSettings, 'signingKeyPem'>,
  options: { file: string; publicKey?: string; barStream?: NodeJS.WritableStream },
  print: (line: string) => void,
): Promise<number> => {
  let file: LogFile;
  try {
    file = await LogFile.open(options.file);
  } catch (error) {
    if (!(error instanceof BadLogFile) && (error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw error;
    print(`refused: ${(error as Error).message}`);
    return 1;
  }
  // An auditor may name the key to trust; otherwise the file's own header says which.
  const keys: KeyObject[] = options.publicKey
    ? [createPublicKey(readFileSync(options.publicKey))]
    : file.header.publicKeys.map((k) => createPublicKey(k.publicKey));

  const checking = progressBar('verify ', 'events', options.barStream);
  checking.start(1, 0);
  let source;
  try {
    source = await verifyLog(file, {
      trustedKeys: keys,
      onProgress: (n) => {
        checking.setTotal(n + 1);
        checking.update(n);
      },
    });
  } catch (error) {
    checking.stop();
    if (!(error instanceof BadLogFile)) throw error;
    print(`refused: ${error.message}`);
    return 1;
  }
  checking.stop();
  if (source.firstBroken) {
    const b = source.firstBroken;
    print(
      `refused: the file does not verify — first break at position ${b.position} (${b.reason}): ${b.detail} Nothing was written.`,
    );
    return 1;
  }

  const clock = new ReplayClock();
  const target: EventStore = config.eventStoreUrl
    ? openEsdbEventStore({ connectionString: config.eventStoreUrl, clock })
    : new SqliteEventStore({ file: join(config.dataDir, 'events.sqlite'), clock });
  try {
    const writing = progressBar('restore', 'events', options.barStream);
    writing.start(Math.max(source.eventsChecked, 1), 0);
    const started = Date.now();
    try {
      await restoreLog(file.readAll(), target, clock, {
        pipelined: target instanceof SqliteEventStore,
        onProgress: (n) => writing.update(n),
      });
    } catch (error) {
      writing.stop();
      if (!(error instanceof RestoreRefused)) throw error;
      print(`refused: ${error.message}`);
      return 1;
    }
    writing.stop();
    const restored = await verifyLog(target, { trustedKeys: keys });
    if (!restored.ok || restored.head?.logHash !== source.head?.logHash) {
      print(
        `restored, but the store does not match the file: ${restored.firstBroken?.detail ?? `chain ${restored.head?.logHash} ≠ ${source.head?.logHash}`}`,
      );
      return 1;
    }
    // From now on this deployment holds the log to the source's signatures too.
    const trusted = new TrustedKeys(
      config.dataDir,
      loadSigningKey(config.dataDir, config.signingKeyPem),
    );
    if (options.publicKey === undefined)
      for (const k of file.header.publicKeys) trusted.add(k.publicKey);
    else trusted.add(keys[0]!.export({ type: 'spki', format: 'pem' }).toString());
    const witness = new CheckpointWitness(config.dataDir);
    for await (const e of file.readStream(CHECKPOINT_STREAM))
      if (e.type === CHECKPOINT_EVENT) witness.record(e.data as LogCheckpoint);
    const locked = lockRestoredAccounts(config.dataDir, file);
    print(
      `restored ${rateOf(restored.eventsChecked, started)}; ${restored.checkpointsVerified} signed checkpoints verify; chain head ${restored.head?.logHash ?? '-'}`,
    );
    const accounts = await locked;
    if (accounts > 0)
      print(
        `${accounts} accounts came back locked (passwords are never in the log): set them with users:reset-password`,
      );
    return 0;
  } finally {
    await target.close();
  }
};

/**
 * Passwords never travel with the log, so the restored accounts get usernames and a locked
 * password in the credential store: they keep their names (no second "admin" at first start)
 * and an admin sets their passwords again with `users:reset-password`.
 */
const lockRestoredAccounts = async (dataDir: string, file: LogFile): Promise<number> => {
  const credentials = new CredentialStore(join(dataDir, 'identity.sqlite'));
  try {
    let count = 0;
    for await (const e of file.readAll()) {
      if (e.type !== 'UserRegistered') continue;
      const { userId, username } = e.data as { userId: string; username: string };
      if (
        credentials.reserve({
          userId,
          username,
          passwordHash: LOCKED_PASSWORD,
          reservedAt: e.metadata.recordedAt,
        })
      )
        count += 1;
    }
    return count;
  } finally {
    credentials.close();
  }
};
