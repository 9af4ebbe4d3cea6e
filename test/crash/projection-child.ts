/**
 * Child process for the projection crash test: keeps the read models up with the log, says how
 * far it has got every 2 ms, and is killed with SIGKILL by the parent while still catching up.
 * Usage: node -r @swc-node/register projection-child.ts <events file> <read-model file>
 */
import { SqliteEventStore, systemClock } from '../../libs/event-store/src';
import { openReadModelDatabase } from '../../libs/read-models/src/database/read-model-database';
import { PROJECTIONS } from '../../libs/read-models/src/projections';
import { ProjectionRunner } from '../../libs/read-models/src/runner/projection-runner';

const [eventsFile, readModelFile] = process.argv.slice(2) as [string, string];

const main = async () => {
  const store = new SqliteEventStore({ file: eventsFile });
  const runner = new ProjectionRunner(
    store,
    openReadModelDatabase(readModelFile),
    PROJECTIONS,
    systemClock,
  );
  await runner.start();
  process.stdout.write('started\n');
  // Where it has got to, so the parent can kill it at a chosen point of the catch-up.
  const progress = setInterval(() => process.stdout.write(`at ${runner.position()}\n`), 2);
  await runner.waitFor(await store.headPosition(), 600_000);
  clearInterval(progress);
  process.stdout.write('caught-up\n');
};

void main();
