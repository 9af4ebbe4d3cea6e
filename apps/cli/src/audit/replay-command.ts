import type { INestApplicationContext } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVENT_STORE, type EventStore } from '@hdnd/event-store';
import {
  activeGenerationFile,
  buildReadModels,
  compareReadModels,
  openReadModelDatabase,
} from '@hdnd/read-models';
import type { UnappliedEvent } from '@hdnd/read-models';
import { progressBar, rateOf } from '../progress';

/** Differences printed at most; the first one is usually the story. */
const SHOWN = 10;

/**
 * npm run cli -- replay --verify: rebuilds every projection from position 0 into a scratch
 * database and compares it, table by table and row by row, with the live read models. Exit 0
 * when they are identical, 1 with the first differences otherwise. Run it with the api
 * stopped, or on a quiet log: rows written while it runs are differences too (it says so).
 * An event a projection cannot apply is named (position, type, stream, projection, reason) and
 * the replay goes on without it, as the projections do; it makes the exit code 1 even when the
 * live read models left the same event out, since both then lack what the log says.
 */
export const replayVerifyCommand = async (
  app: INestApplicationContext,
  options: { dataDir: string; barStream?: NodeJS.WritableStream },
  print: (line: string) => void,
): Promise<number> => {
  const store = app.get<EventStore>(EVENT_STORE);
  const head = await store.headPosition();
  const scratchDir = mkdtempSync(join(tmpdir(), 'hdnd-replay-'));
  const scratch = openReadModelDatabase(join(scratchDir, 'read-models.sqlite'));
  const live = openReadModelDatabase(activeGenerationFile(options.dataDir));
  try {
    const bar = progressBar('replay', 'positions', options.barStream);
    bar.start(Math.max(Number(head), 1), 0);
    const started = Date.now();
    const unapplied: UnappliedEvent[] = [];
    const { events } = await buildReadModels(store, scratch, {
      untilPosition: head,
      onProgress: (_, position) => bar.update(Number(position)),
      onUnapplied: (u) => unapplied.push(u),
    });
    bar.update(Number(head));
    bar.stop();
    for (const u of unapplied.slice(0, SHOWN))
      print(
        `${u.projection} cannot apply the event at position ${u.position} (${u.type}, stream ${u.streamId}): ${u.reason}`,
      );
    const differences = await compareReadModels(live, scratch, SHOWN);
    const moved = (await store.headPosition()) !== head;
    if (differences.length === 0 && unapplied.length > 0) {
      const n = unapplied.length;
      print(
        `PARKED: ${n} event${n === 1 ? '' : 's'} could not be applied by a projection; every read-model table otherwise matches the live one. The log cannot be edited: see "Events a projection cannot apply" in docs/read-models.md`,
      );
      return 1;
    }
    if (differences.length === 0) {
      print(
        `identical: replayed ${rateOf(events, started)} into a scratch database; every read-model table matches the live one`,
      );
      return 0;
    }
    for (const d of differences)
      print(
        `${d.table} ${JSON.stringify(d.key)}: ${d.live === undefined ? 'missing from the live read models' : d.rebuilt === undefined ? 'in the live read models only' : `live ${JSON.stringify(d.live)} ≠ rebuilt ${JSON.stringify(d.rebuilt)}`}`,
      );
    print(
      `DIFFERENT: ${differences.length}${differences.length === SHOWN ? '+' : ''} rows differ after replaying ${rateOf(events, started)}${unapplied.length > 0 ? `, and ${unapplied.length} events could not be applied` : ''}${moved ? ' — the log grew while this ran: stop the api and run it again' : ''}`,
    );
    return 1;
  } finally {
    await Promise.all([scratch.destroy(), live.destroy()]);
    rmSync(scratchDir, { recursive: true, force: true });
  }
};
