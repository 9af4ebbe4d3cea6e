import {
  END,
  EventStoreDBClient,
  FORWARDS,
  BACKWARDS,
  START,
  WrongExpectedVersionError,
  StreamNotFoundError,
  StreamDeletedError,
  excludeSystemEvents,
  jsonEvent,
  NO_STREAM,
  STREAM_EXISTS,
  type ResolvedEvent,
} from '@eventstore/db-client';
import { randomUUID } from 'node:crypto';
import { EsdbEmulator, POSITION_STRIDE } from '.';

/** The behaviours of the emulator that the adapter relies on, through the real client. */
describe('EventStoreDB emulator, through @eventstore/db-client', () => {
  let emulator: EsdbEmulator;
  let client: EventStoreDBClient;

  beforeEach(async () => {
    emulator = await new EsdbEmulator().start(0);
    client = EventStoreDBClient.connectionString(emulator.connectionString);
  });
  afterEach(async () => {
    await client.dispose();
    await emulator.stop();
  });

  const event = (type = 'Noted', data: Record<string, string | number> = { n: 1 }) =>
    jsonEvent({ id: randomUUID(), type, data, metadata: { $correlationId: 'c-1' } });
  const collect = async (stream: AsyncIterable<ResolvedEvent>) => {
    const out: ResolvedEvent[] = [];
    for await (const e of stream) out.push(e);
    return out;
  };

  it('appends with each expected-revision mode and reports the revision and position', async () => {
    const first = await client.appendToStream('s-1', [event(), event()], {
      expectedRevision: NO_STREAM,
    });
    expect(first).toMatchObject({ success: true, nextExpectedRevision: 1n });
    expect(first.position).toEqual({ commit: 2n * POSITION_STRIDE, prepare: 2n * POSITION_STRIDE });
    await client.appendToStream('s-1', event(), { expectedRevision: STREAM_EXISTS });
    await client.appendToStream('s-1', event(), { expectedRevision: 2n });
    expect((await client.appendToStream('s-1', event())).nextExpectedRevision).toBe(4n);
  });

  it('refuses a wrong expected revision with WrongExpectedVersionError, naming both', async () => {
    await client.appendToStream('s-2', event());
    const error = await client
      .appendToStream('s-2', event(), { expectedRevision: 5n })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WrongExpectedVersionError);
    expect(error).toMatchObject({ streamName: 's-2', expectedVersion: 5n, actualVersion: 0n });
    await expect(
      client.appendToStream('s-3', event(), { expectedRevision: STREAM_EXISTS }),
    ).rejects.toBeInstanceOf(WrongExpectedVersionError);
    await expect(
      client.appendToStream('s-2', event(), { expectedRevision: NO_STREAM }),
    ).rejects.toBeInstanceOf(WrongExpectedVersionError);
  });

  it('reads a stream forwards, backwards, from a revision, with a count, and says when it is missing', async () => {
    await client.appendToStream(
      's-4',
      [1, 2, 3, 4].map((n) => event('Noted', { n })),
    );
    const revisions = (events: ResolvedEvent[]) => events.map((e) => e.event!.revision);
    expect(revisions(await collect(client.readStream('s-4')))).toEqual([0n, 1n, 2n, 3n]);
    expect(
      revisions(
        await collect(
          client.readStream('s-4', { direction: BACKWARDS, fromRevision: END, maxCount: 2 }),
        ),
      ),
    ).toEqual([3n, 2n]);
    expect(
      revisions(await collect(client.readStream('s-4', { fromRevision: 2n, direction: FORWARDS }))),
    ).toEqual([2n, 3n]);
    await expect(collect(client.readStream('missing'))).rejects.toBeInstanceOf(StreamNotFoundError);
  });

  it('round-trips data, type, id and custom metadata', async () => {
    const sent = event('Ghi nhận', { text: 'Tây Ninh' });
    await client.appendToStream('s-5', sent);
    const [read] = await collect(client.readStream('s-5'));
    expect(read!.event).toMatchObject({
      id: sent.id,
      type: 'Ghi nhận',
      data: { text: 'Tây Ninh' },
      metadata: { $correlationId: 'c-1' },
      isJson: true,
    });
  });

  it('reads $all from a position, forwards and backwards, with a server-side filter', async () => {
    await client.appendToStream('a-1', [event(), event()]);
    await client.appendToStream('$system', event('$metadata'));
    await client.appendToStream('a-2', event());
    const all = await collect(client.readAll({ fromPosition: START }));
    expect(all.map((e) => e.event!.streamId)).toEqual(['a-1', 'a-1', '$system', 'a-2']);
    const from = all[1]!.event!.position!;
    expect(
      (await collect(client.readAll({ fromPosition: from, maxCount: 2 }))).map(
        (e) => e.event!.position!.commit,
      ),
    ).toEqual([from.commit, from.commit + POSITION_STRIDE]);
    expect(
      (await collect(client.readAll({ fromPosition: END, direction: BACKWARDS, maxCount: 1 })))[0]!
        .event!.streamId,
    ).toBe('a-2');
  });

  it('subscribes to $all: confirmation, catch-up, caught-up, then live, excluding system events', async () => {
    await client.appendToStream('b-1', event());
    await client.appendToStream('$system', event('$metadata'));
    const subscription = client.subscribeToAll({
      fromPosition: START,
      filter: excludeSystemEvents(),
    });
    const seen: string[] = [];
    let caughtUp = false;
    subscription.on('caughtUp', () => (caughtUp = true));
    const done = (async () => {
      for await (const resolved of subscription) {
        seen.push(`${resolved.event!.streamId}@${resolved.event!.revision}`);
        if (seen.length === 3) break;
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(caughtUp).toBe(true);
    await client.appendToStream('b-1', event());
    await client.appendToStream('b-2', event());
    await done;
    await subscription.unsubscribe();
    expect(seen).toEqual(['b-1@0', 'b-1@1', 'b-2@0']);
  });

  it('subscribes to $all after a position, exclusively', async () => {
    const first = await client.appendToStream('c-1', event());
    await client.appendToStream('c-1', event());
    const subscription = client.subscribeToAll({ fromPosition: first.position! });
    for await (const resolved of subscription) {
      expect(resolved.event!.revision).toBe(1n);
      break;
    }
    await subscription.unsubscribe();
  });

  it('tombstones a stream: reads and writes then fail with StreamDeletedError', async () => {
    await client.appendToStream('d-1', event());
    await client.tombstoneStream('d-1');
    await expect(client.appendToStream('d-1', event())).rejects.toBeInstanceOf(StreamDeletedError);
    await expect(collect(client.readStream('d-1'))).rejects.toBeInstanceOf(StreamDeletedError);
    await client.appendToStream('d-2', event());
    await client.deleteStream('d-2');
    await expect(collect(client.readStream('d-2'))).rejects.toBeInstanceOf(StreamNotFoundError);
  });

  it('refuses a delete at the wrong revision with the details in trailing metadata', async () => {
    await client.appendToStream('f-1', [event(), event()]);
    const error = await client
      .deleteStream('f-1', { expectedRevision: 0n })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WrongExpectedVersionError);
    expect(error).toMatchObject({ streamName: 'f-1', expectedVersion: 0n, actualVersion: 1n });
    await client.tombstoneStream('f-1', { expectedRevision: 1n });
  });

  it('keeps its log across a stop and a start on the same port', async () => {
    await client.appendToStream('e-1', event());
    await emulator.stop();
    await expect(client.appendToStream('e-1', event())).rejects.toThrow();
    await emulator.start();
    // The client reconnects on its next call.
    await client.appendToStream('e-1', event(), { expectedRevision: 0n }).catch(() => undefined);
    const events = await collect(client.readStream('e-1'));
    expect(events.length).toBeGreaterThanOrEqual(1);
  });
});
