import { EventStoreDBClient, jsonEvent, NO_STREAM } from '@eventstore/db-client';
import { EsdbEmulator } from '@hdnd/testing/esdb-emulator';
import { collect, fixedClock, newEvent, rejection } from '@hdnd/testing/event-store-contract';
import { IdempotencyKeyTaken } from '../port/errors';
import { EsdbEventStore } from './esdb-event-store';
import { CLAIM_STREAM_PREFIX, keyHashOf } from './esdb-idempotency';

/** Idempotency keys on EventStoreDB, beyond the contract: restarts, crashes, invisibility. */
describe('EventStoreDB idempotency keys', () => {
  let emulator: EsdbEmulator;
  const stores: EsdbEventStore[] = [];
  const open = () => {
    const store = new EsdbEventStore({
      connectionString: emulator.connectionString,
      clock: fixedClock,
    });
    stores.push(store);
    return store;
  };
  const idem = (fingerprint = 'fp-1') => ({ key: 'khoa-1', fingerprint, answer: { id: 'kn-1' } });

  beforeEach(async () => {
    emulator = await new EsdbEmulator().start(0);
  });
  afterEach(async () => {
    await Promise.all(stores.splice(0).map((s) => s.close()));
    await emulator.stop();
  });

  it('finds a key after the store restarts, and a retry appends nothing', async () => {
    const first = open();
    const result = await first.append('kn-1', [newEvent()], {
      expectedRevision: 'no-stream',
      idempotency: idem(),
    });
    await first.close();
    const second = open();
    expect(await second.findIdempotency('khoa-1')).toEqual({ ...idem(), result });
    const head = await second.headPosition();
    expect(
      await rejection(
        second.append('kn-1', [newEvent()], { expectedRevision: 'any', idempotency: idem() }),
      ),
    ).toBeInstanceOf(IdempotencyKeyTaken);
    expect(await second.headPosition()).toBe(head);
    expect(await collect(second.readStream('kn-1'))).toHaveLength(1);
  });

  /** The claim is written, then the process dies before the append: what a retry finds. */
  const claimOnly = async (fingerprint: string) => {
    const client = EventStoreDBClient.connectionString(emulator.connectionString);
    await client.appendToStream(
      CLAIM_STREAM_PREFIX + keyHashOf('khoa-1'),
      jsonEvent({
        type: 'IdempotencyKeyClaimed',
        data: { ...idem(fingerprint), streamId: 'kn-1' },
      }),
      { expectedRevision: NO_STREAM },
    );
    await client.dispose();
  };

  it('lets the same request complete a claim whose append never landed', async () => {
    await claimOnly('fp-1');
    const store = open();
    expect(await store.findIdempotency('khoa-1')).toEqual(idem());
    const result = await store.append('kn-1', [newEvent()], {
      expectedRevision: 'no-stream',
      idempotency: idem(),
    });
    expect(await store.findIdempotency('khoa-1')).toEqual({ ...idem(), result });
  });

  it('refuses another request the claim of a key, landed or not', async () => {
    await claimOnly('fp-other');
    const store = open();
    expect(
      await rejection(
        store.append('kn-1', [newEvent()], { expectedRevision: 'any', idempotency: idem() }),
      ),
    ).toBeInstanceOf(IdempotencyKeyTaken);
    expect(await store.findIdempotency('khoa-1')).toMatchObject({ fingerprint: 'fp-other' });
    expect(await collect(store.readStream('kn-1'))).toEqual([]);
  });

  it('keeps claims out of the log that readers see', async () => {
    const store = open();
    const result = await store.append('kn-1', [newEvent()], {
      expectedRevision: 'no-stream',
      idempotency: idem(),
    });
    expect((await collect(store.readAll())).map((e) => e.streamId)).toEqual(['kn-1']);
    expect(await store.headPosition()).toBe(result.position);
    // The emulator's raw log holds the claim too: it is there, only not ours to show.
    expect(emulator.log.events().map((e) => e.streamName)).toEqual([
      CLAIM_STREAM_PREFIX + keyHashOf('khoa-1'),
      'kn-1',
    ]);
  });
});
