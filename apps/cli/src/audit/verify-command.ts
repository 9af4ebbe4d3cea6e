import type { INestApplicationContext } from '@nestjs/common';
import { createPublicKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { LogIntegrity, parseCheckpoints } from '@hdnd/audit';
import { EVENT_STORE, type EventStore, type LogCheckpoint } from '@hdnd/event-store';
import { UsageError } from '../users/password-input';
import { progressBar, rateOf } from '../progress';

/** An auditor's copy of the checkpoints: JSON lines, or the body of GET /api/audit/checkpoints. */
const readCheckpoints = (file: string): LogCheckpoint[] => {
  const text = readFileSync(file, 'utf8');
  try {
    const parsed = JSON.parse(text) as { items?: LogCheckpoint[] } | LogCheckpoint[];
    if (Array.isArray(parsed)) return parsed;
    if (Array.isArray(parsed.items)) return parsed.items;
  } catch {
    // Not one JSON document: JSON lines.
  }
  return parseCheckpoints(text);
};

/**
 * npm run cli -- verify: every stream's hash chain, the chain over the log and each signed
 * checkpoint, with a progress bar; the last line says ok, or names the first broken position.
 * Exit code 0 when the log is intact, 1 when it is not.
 */
export const verifyLogCommand = async (
  app: INestApplicationContext,
  options: { checkpoints?: string; publicKey?: string; barStream?: NodeJS.WritableStream },
  print: (line: string) => void,
): Promise<number> => {
  let extra: LogCheckpoint[] = [];
  let trustedKeys;
  try {
    if (options.checkpoints) extra = readCheckpoints(options.checkpoints);
    if (options.publicKey) trustedKeys = [createPublicKey(readFileSync(options.publicKey))];
  } catch (error) {
    throw new UsageError(`Cannot read it: ${(error as Error).message}`);
  }
  const total = Number(await app.get<EventStore>(EVENT_STORE).headPosition());
  const bar = progressBar('verify', 'positions', options.barStream);
  bar.start(Math.max(total, 1), 0);
  const started = Date.now();
  const report = await app.get(LogIntegrity).check({
    extraCheckpoints: extra,
    ...(trustedKeys && { trustedKeys }),
    onProgress: (_, position) => bar.update(Number(position)),
  });
  bar.update(Number(report.head?.position ?? 0));
  bar.stop();
  if (report.firstBroken) {
    const b = report.firstBroken;
    print(
      `BROKEN at position ${b.position} (${b.reason})${b.streamId ? ` in ${b.streamId}` : ''}: ${b.detail} — ${report.eventsChecked} events checked before it`,
    );
    return 1;
  }
  print(
    `ok: ${report.eventsChecked} events in ${report.streamsChecked} streams, ${report.checkpointsVerified} signed checkpoints verified; ${rateOf(report.eventsChecked, started)}; head ${report.head?.position ?? '-'} ${report.head?.logHash ?? ''}`,
  );
  return 0;
};
