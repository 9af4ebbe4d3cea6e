/**
 * The baseline of npm run bench:audit: read the whole log through the SQLite adapter and do
 * nothing with it. Every audit command reads the log once; their rates are read against this.
 */
import { join } from 'node:path';
import { SqliteEventStore } from '../../../libs/event-store/src';

void (async () => {
  const store = new SqliteEventStore({ file: join(process.argv[2]!, 'events.sqlite') });
  let count = 0;
  for await (const _event of store.readAll()) count += 1;
  await store.close();
  console.log(`read ${count} events`);
})();
