/**
 * Reads a whole log in a fresh process and reports the rate and the process's peak RSS, so
 * memory is measured per case and not polluted by the writer. The bench compiles this file to
 * plain JavaScript first: a TypeScript loader alone would add ~70 MB to the peak RSS.
 * Usage: node read-child.js <file> raw|adapter-read|adapter-subscribe
 */
import { SqliteEventStore } from '../../../libs/event-store/src/sqlite/sqlite-event-store';
import { openRaw } from './raw-baseline';
import { peakRssMb, timed } from './bench-support';

const [file, mode] = process.argv.slice(2) as [string, string];

const main = async () => {
  let result: { count: number; seconds: number };
  if (mode === 'raw') {
    const raw = openRaw(file);
    result = await timed(() => raw.readAll());
    raw.db.close();
  } else {
    const store = new SqliteEventStore({ file });
    const head = await store.headPosition();
    if (mode === 'adapter-read') {
      result = await timed(async () => {
        let n = 0;
        for await (const _e of store.readAll()) n++;
        return n;
      });
    } else {
      result = await timed(async () => {
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
    await store.close();
  }
  process.stdout.write(JSON.stringify({ ...result, peakRssMb: peakRssMb() }) + '\n');
};

void main();
