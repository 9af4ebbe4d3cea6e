/**
 * Child process for the crash test: appends to the log as fast as it can, one append in flight,
 * and acknowledges each append on stdout only after the store resolved it. The next append
 * starts only once the acknowledgement has been handed to the pipe, so at most one append is
 * ever unacknowledged. (A synchronous write could fail with EAGAIN when the parent reads slowly.)
 * The parent kills it with SIGKILL at a random moment.
 * Usage: node -r @swc-node/register crash-appender.ts <file> <first index>
 */
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store';
import { crashAppend } from './crash-append';

const [file, first] = process.argv.slice(2) as [string, string];

const say = (line: string) =>
  new Promise<void>((resolve, reject) =>
    process.stdout.write(`${line}\n`, (e) => (e ? reject(e) : resolve())),
  );

const main = async () => {
  const store = new SqliteEventStore({ file });
  await say('ready');
  for (let i = Number(first); ; i++) {
    const { streamId, events } = crashAppend(i);
    await store.append(streamId, events, { expectedRevision: 'any' });
    await say(`ack ${i}`);
  }
};

void main();
