/**
 * Setup for replay --verify in npm run bench:audit: the live read models a running api would
 * have kept, built once into the data directory's active read-model file.
 */
import { join } from 'node:path';
import { SqliteEventStore } from '../../../libs/event-store/src';
import {
  activeGenerationFile,
  buildReadModels,
  openReadModelDatabase,
} from '../../../libs/read-models/src';

void (async () => {
  const dataDir = process.argv[2]!;
  const store = new SqliteEventStore({ file: join(dataDir, 'events.sqlite') });
  const db = openReadModelDatabase(activeGenerationFile(dataDir));
  const { events } = await buildReadModels(store, db);
  await db.destroy();
  await store.close();
  console.log(`built the live read models from ${events} events`);
})();
