/**
 * npm run esdb:emulator — the wire-level EventStoreDB emulator on its own (ESDB_EMULATOR_PORT,
 * default 2113), for trying the EventStoreDB adapter by hand where no server can run:
 *   EVENTSTORE_URL=esdb://127.0.0.1:2113?tls=false npm start
 * In memory: everything is gone when it stops. Not EventStoreDB; see docs/eventstoredb.md.
 */
import { EsdbEmulator } from './esdb-emulator';

async function main(): Promise<void> {
  const emulator = await new EsdbEmulator().start(Number(process.env.ESDB_EMULATOR_PORT ?? 2113));
  process.stdout.write(
    `EventStoreDB emulator (in memory) on ${emulator.connectionString}\n` +
      `  EVENTSTORE_URL='${emulator.connectionString}' npm start\n`,
  );
  const stop = () => void emulator.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
