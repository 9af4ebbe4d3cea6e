/**
 * One case of `npm run bench:store`, in a fresh process, so each case's rate and peak RSS are
 * its own: no heap or GC state carried over from another case. The bench compiles this file
 * to plain JavaScript first (a TypeScript loader alone would add ~70 MB to the RSS).
 *
 * Usage: node bench-child.js <case> <file> <count>
 *   raw-sequential | adapter-sequential    <count> single-event appends, one transaction each
 *   adapter-concurrent                     64 appenders × <count> appends each
 *   raw-batch | adapter-batch              <count> appends of 100 events (one command's)
 *   build-log                              <count> events in appends of 1000, for the read cases
 *   raw-read | adapter-read | adapter-subscribe   the whole log at <file>
 * Prints one JSON line: { count, seconds, peakRssMb }.
 */
import { SqliteEventStore } from '../../../libs/event-store/src/sqlite/sqlite-event-store';
import { peakRssMb, timed } from './bench-support';
import { openRaw, rawRows } from './raw-baseline';
import { sampleCommandEvents, sampleEvent } from './sample-event';

const [kind, file, countArg] = process.argv.slice(2) as [string, string, string];
const count = Number(countArg);
const BATCH = 100;
const APPENDERS = 64;

const commandBatches = (batches: number, size: number) =>
  Array.from({ length: batches }, (_, b) => sampleCommandEvents(size, b * size));

const run = async (): Promise<{ count: number; seconds: number }> => {
  switch (kind) {
    case 'raw-sequential': {
      const raw = openRaw(file);
      const rows = rawRows(
        Array.from({ length: count }, (_, i) => sampleEvent(i)),
        (i) => `s-${i % 100}`,
      );
      return timed(() => (raw.insertEach(rows), rows.length));
    }
    case 'adapter-sequential': {
      const store = new SqliteEventStore({ file });
      const input = Array.from({ length: count }, (_, i) => sampleEvent(i));
      return timed(async () => {
        for (let i = 0; i < input.length; i++)
          await store.append(`s-${i % 100}`, [input[i]!], { expectedRevision: 'any' });
        return input.length;
      });
    }
    case 'adapter-concurrent': {
      const store = new SqliteEventStore({ file });
      const input = Array.from({ length: APPENDERS * count }, (_, i) => sampleEvent(i));
      return timed(async () => {
        await Promise.all(
          Array.from({ length: APPENDERS }, async (_, w) => {
            for (let n = 0; n < count; n++) {
              const expectedRevision = n === 0 ? ('no-stream' as const) : BigInt(n - 1);
              await store.append(`c-${w}`, [input[w * count + n]!], { expectedRevision });
            }
          }),
        );
        return input.length;
      });
    }
    case 'raw-batch': {
      const raw = openRaw(file);
      const rows = rawRows(
        commandBatches(count, BATCH).flat(),
        (i) => `b-${Math.floor(i / BATCH)}`,
      );
      return timed(() => (raw.insertBatches(rows, BATCH), rows.length));
    }
    case 'adapter-batch': {
      const store = new SqliteEventStore({ file });
      const input = commandBatches(count, BATCH);
      return timed(async () => {
        for (let b = 0; b < count; b++)
          await store.append(`b-${b}`, input[b]!, { expectedRevision: 'no-stream' });
        return count * BATCH;
      });
    }
    case 'build-log': {
      const store = new SqliteEventStore({ file });
      return timed(async () => {
        for (let written = 0; written < count; written += 1000) {
          const n = Math.min(1000, count - written);
          await store.append(`r-${written / 1000}`, sampleCommandEvents(n, written), {
            expectedRevision: 'no-stream',
          });
        }
        await store.close();
        return count;
      });
    }
    case 'raw-read': {
      const raw = openRaw(file);
      return timed(() => raw.readAll());
    }
    case 'adapter-read': {
      const store = new SqliteEventStore({ file });
      return timed(async () => {
        let n = 0;
        for await (const _e of store.readAll()) n++;
        return n;
      });
    }
    case 'adapter-subscribe': {
      const store = new SqliteEventStore({ file });
      const head = await store.headPosition();
      return timed(async () => {
        let n = 0;
        const subscription = store.subscribe();
        for await (const e of subscription) {
          n++;
          if (e.position === head) break;
        }
        await subscription.close();
        return n;
      });
    }
    default:
      throw new Error(`unknown case ${kind}`);
  }
};

void run().then((result) => {
  process.stdout.write(JSON.stringify({ ...result, peakRssMb: peakRssMb() }) + '\n');
  // Stores are left open on purpose: the process ends here, and closing is not what is measured.
  process.exit(0);
});
