import type { INestApplicationContext } from '@nestjs/common';
import { createWriteStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { LogExport } from '@hdnd/audit';
import { EVENT_STORE, type EventStore } from '@hdnd/event-store';
import { progressBar, rateOf } from '../progress';

/**
 * npm run cli -- export --out <file>: the whole log as JSON lines, what GET /api/audit/export
 * streams, written with back-pressure so memory stays flat whatever the log's size.
 */
export const exportLogCommand = async (
  app: INestApplicationContext,
  options: { out: string; barStream?: NodeJS.WritableStream },
  print: (line: string) => void,
): Promise<number> => {
  const head = Number(await app.get<EventStore>(EVENT_STORE).headPosition());
  const bar = progressBar('export', 'positions', options.barStream);
  bar.start(Math.max(head, 1), 0);
  const started = Date.now();
  let count = 0;
  await pipeline(
    Readable.from(
      app.get(LogExport).lines((position) => {
        count += 1;
        if (count % 5_000 === 0) bar.update(Number(position));
      }),
    ),
    createWriteStream(options.out, { flags: 'wx' }),
  );
  bar.update(head);
  bar.stop();
  const megabytes = (statSync(options.out).size / 1e6).toFixed(1);
  print(`exported ${rateOf(count, started)} to ${options.out} (${megabytes} MB)`);
  return 0;
};
