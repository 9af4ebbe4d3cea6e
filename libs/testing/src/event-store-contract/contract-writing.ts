import {
  ConcurrencyConflict,
  DuplicateEventId,
  EventTooLarge,
  IdempotencyKeyTaken,
  verifyStreamChain,
} from '@hdnd/event-store';
import {
  actor,
  collect,
  FIXED_NOW,
  newEvent,
  rejection,
  type StoreUnderTest,
} from './contract-support';

/** Appends: the four expected-revision modes, atomicity, identity, and content kept exactly. */
export const writingContract = (
  current: StoreUnderTest,
  traits: { readonly uniqueEventIds: boolean },
): void => {
  let store: ReturnType<StoreUnderTest>;
  beforeEach(() => {
    store = current();
  });

  describe('expected revision', () => {
    it('no-stream creates a stream at revision 0 and refuses an existing one', async () => {
      const first = await store.append('s-1', [newEvent()], { expectedRevision: 'no-stream' });
      expect(first.revision).toBe(0n);
      expect(first.position).toBeGreaterThan(0n);
      const error = await rejection(
        store.append('s-1', [newEvent()], { expectedRevision: 'no-stream' }),
      );
      expect(error).toBeInstanceOf(ConcurrencyConflict);
      expect(error).toMatchObject({ streamId: 's-1', actual: 0n });
      expect(await store.headPosition()).toBe(first.position);
    });

    it('stream-exists refuses a missing stream and appends to an existing one', async () => {
      const error = await rejection(
        store.append('s-2', [newEvent()], { expectedRevision: 'stream-exists' }),
      );
      expect(error).toBeInstanceOf(ConcurrencyConflict);
      expect(error).toMatchObject({ actual: 'no-stream' });
      expect(await store.headPosition()).toBe(0n);
      await store.append('s-2', [newEvent()], { expectedRevision: 'any' });
      const second = await store.append('s-2', [newEvent()], {
        expectedRevision: 'stream-exists',
      });
      expect(second.revision).toBe(1n);
    });

    it('an exact revision must match the last revision', async () => {
      await store.append('s-3', [newEvent(), newEvent()], { expectedRevision: 'no-stream' });
      const head = await store.headPosition();
      for (const stale of [0n, 2n, 5n]) {
        const error = await rejection(
          store.append('s-3', [newEvent()], { expectedRevision: stale }),
        );
        expect(error).toBeInstanceOf(ConcurrencyConflict);
        expect(error).toMatchObject({ expected: stale, actual: 1n });
      }
      expect(await store.headPosition()).toBe(head);
      expect((await store.append('s-3', [newEvent()], { expectedRevision: 1n })).revision).toBe(2n);
    });

    it('an exact revision on a missing stream is a conflict', async () => {
      const error = await rejection(store.append('s-4', [newEvent()], { expectedRevision: 0n }));
      expect(error).toMatchObject({ actual: 'no-stream' });
    });

    it('any appends whatever the state', async () => {
      expect((await store.append('s-5', [newEvent()], { expectedRevision: 'any' })).revision).toBe(
        0n,
      );
      expect((await store.append('s-5', [newEvent()], { expectedRevision: 'any' })).revision).toBe(
        1n,
      );
    });

    it('of concurrent appends with the same expected revision exactly one wins', async () => {
      await store.append('s-6', [newEvent()], { expectedRevision: 'no-stream' });
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, () =>
          store.append('s-6', [newEvent()], { expectedRevision: 0n }),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(failures).toHaveLength(19);
      for (const f of failures) expect(f.reason).toBeInstanceOf(ConcurrencyConflict);
      expect((await collect(store.readStream('s-6'))).map((e) => e.revision)).toEqual([0n, 1n]);
    });

    it('concurrent appends with any all land, with no revision gap', async () => {
      await Promise.all(
        Array.from({ length: 30 }, (_, n) =>
          store.append('s-7', [newEvent('T', { n })], { expectedRevision: 'any' }),
        ),
      );
      const revisions = (await collect(store.readStream('s-7'))).map((e) => e.revision);
      expect(revisions).toEqual(Array.from({ length: 30 }, (_, i) => BigInt(i)));
    });

    it('one conflicting append does not fail the others that arrive with it', async () => {
      await store.append('s-8', [newEvent()], { expectedRevision: 'no-stream' });
      const [bad, ...good] = await Promise.allSettled([
        store.append('s-8', [newEvent()], { expectedRevision: 'no-stream' }),
        store.append('s-9', [newEvent()], { expectedRevision: 'no-stream' }),
        store.append('s-10', [newEvent()], { expectedRevision: 'no-stream' }),
      ]);
      expect(bad?.status).toBe('rejected');
      expect(good.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    });
  });

  describe('atomicity and identity', () => {
    it('a multi-event append lands whole, in order, with consecutive revisions', async () => {
      const events = [newEvent('A'), newEvent('B'), newEvent('C')];
      const result = await store.append('m-1', events, { expectedRevision: 'no-stream' });
      expect(result.revision).toBe(2n);
      const read = await collect(store.readStream('m-1'));
      expect(read.map((e) => [e.type, e.revision, e.eventId])).toEqual(
        events.map((e, i) => [e.type, BigInt(i), e.eventId]),
      );
      expect(read.at(-1)?.position).toBe(result.position);
    });

    const unique = traits.uniqueEventIds ? it : it.skip;
    unique(
      'a duplicate event id is refused and the append it was in lands not at all',
      async () => {
        const existing = newEvent();
        await store.append('d-1', [existing], { expectedRevision: 'no-stream' });
        const head = await store.headPosition();
        const error = await rejection(
          store.append('d-2', [newEvent(), { ...newEvent(), eventId: existing.eventId }], {
            expectedRevision: 'any',
          }),
        );
        expect(error).toBeInstanceOf(DuplicateEventId);
        expect(error).toMatchObject({ eventId: existing.eventId });
        expect(await store.headPosition()).toBe(head);
        expect(await collect(store.readStream('d-2'))).toEqual([]);
      },
    );

    unique(
      'a duplicate event id among concurrent appends fails only its own append, leaving no part of it',
      async () => {
        const existing = newEvent();
        await store.append('d-3', [existing], { expectedRevision: 'no-stream' });
        const duplicate = { ...newEvent(), eventId: existing.eventId };
        const [before, many, single, after] = await Promise.allSettled([
          store.append('d-4', [newEvent()], { expectedRevision: 'no-stream' }),
          store.append('d-5', [newEvent(), newEvent(), duplicate], { expectedRevision: 'any' }),
          store.append('d-6', [duplicate], { expectedRevision: 'any' }),
          store.append('d-7', [newEvent()], { expectedRevision: 'no-stream' }),
        ]);
        expect([before, many, single, after].map((r) => r?.status)).toEqual([
          'fulfilled',
          'rejected',
          'rejected',
          'fulfilled',
        ]);
        expect((many as PromiseRejectedResult).reason).toBeInstanceOf(DuplicateEventId);
        expect((single as PromiseRejectedResult).reason).toBeInstanceOf(DuplicateEventId);
        expect(await collect(store.readStream('d-5'))).toEqual([]);
        expect(await collect(store.readStream('d-6'))).toEqual([]);
        expect(await collect(store.readAll())).toHaveLength(3);
      },
    );

    it('an over-size event is refused with a clear error and nothing is appended', async () => {
      const huge = newEvent('Huge', { text: 'đ'.repeat(2 * 1024 * 1024) });
      const error = await rejection(
        store.append('big-1', [newEvent(), huge], { expectedRevision: 'any' }),
      );
      expect(error).toBeInstanceOf(EventTooLarge);
      expect((error as EventTooLarge).message).toMatch(/bytes; the limit is/);
      expect(await store.headPosition()).toBe(0n);
    });
  });

  describe('idempotency keys', () => {
    const key = (answer: Record<string, unknown> = { id: 'x' }) => ({
      key: 'idem-1',
      fingerprint: 'fp-1',
      answer,
    });

    it('records the key with the append and finds it again, with the append’s result', async () => {
      const result = await store.append('i-1', [newEvent()], {
        expectedRevision: 'no-stream',
        idempotency: key({ id: 'kn-1', related: { obstacleId: 'o-1' } }),
      });
      expect(await store.findIdempotency('idem-1')).toEqual({
        key: 'idem-1',
        fingerprint: 'fp-1',
        answer: { id: 'kn-1', related: { obstacleId: 'o-1' } },
        result,
      });
      expect(await store.findIdempotency('idem-2')).toBeUndefined();
    });

    it('refuses a second append with the same key and appends nothing', async () => {
      await store.append('i-2', [newEvent()], { expectedRevision: 'any', idempotency: key() });
      const head = await store.headPosition();
      const error = await rejection(
        store.append('i-3', [newEvent()], { expectedRevision: 'any', idempotency: key() }),
      );
      expect(error).toBeInstanceOf(IdempotencyKeyTaken);
      expect(await store.headPosition()).toBe(head);
    });

    it('of concurrent appends with one key, exactly one lands', async () => {
      const results = await Promise.allSettled(
        Array.from({ length: 5 }, (_, i) =>
          store.append(`i-c-${i}`, [newEvent(), newEvent()], {
            expectedRevision: 'no-stream',
            idempotency: key(),
          }),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results)
        if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(IdempotencyKeyTaken);
      expect(await collect(store.readAll())).toHaveLength(2);
    });
  });

  describe('content', () => {
    it('round-trips data, type, schema version and metadata, with recordedAt from the injected clock', async () => {
      const event = newEvent(
        'FindingRecorded',
        {
          indicators: [{ value: 84.72, outOf: 100, rank: 3, rankOf: 9 }],
          nested: { a: null, b: true },
        },
        {
          schemaVersion: 3,
          metadata: {
            actor: { userId: 'u-1', username: 'thu.ky', role: 'agency', agencyId: 'ubnd-tinh' },
            correlationId: 'corr-9',
            causationId: 'cmd-9',
            command: 'RecordFinding',
            legalBasis: 'Luật Hoạt động giám sát 87/2015/QH13',
          },
        },
      );
      await store.append('c-1', [event], { expectedRevision: 'no-stream' });
      const [read] = await collect(store.readStream('c-1'));
      expect(read).toMatchObject({
        eventId: event.eventId,
        streamId: 'c-1',
        type: 'FindingRecorded',
        schemaVersion: 3,
        data: event.data,
      });
      expect(read?.metadata).toEqual({ ...event.metadata, recordedAt: FIXED_NOW.toISOString() });
      expect(read?.hash).toMatch(/^[0-9a-f]{64}$/);
    });

    it('keeps each event’s own metadata in a multi-event append, shared or not', async () => {
      const shared = { actor, correlationId: 'corr-a', causationId: 'cmd-a', command: 'A' };
      const own = { actor, correlationId: 'corr-b', causationId: 'cmd-b', command: 'B' };
      const events = [
        newEvent('A', 1, { metadata: shared }),
        newEvent('A', 2, { metadata: shared }),
        newEvent('B', 3, { metadata: own }),
      ];
      await store.append('meta-1', events, { expectedRevision: 'no-stream' });
      const read = await collect(store.readStream('meta-1'));
      expect(read.map((e) => e.metadata.command)).toEqual(['A', 'A', 'B']);
      expect(read[2]?.metadata).toEqual({ ...own, recordedAt: FIXED_NOW.toISOString() });
    });

    it('keeps Vietnamese text byte for byte, NFC and NFD alike', async () => {
      const nfc =
        'Hội đồng nhân dân tỉnh Tây Ninh — Nghị quyết 135/NQ-HĐND; Phó Chủ tịch Nguyễn Đài Thy';
      const nfd = nfc.normalize('NFD');
      expect(nfd).not.toBe(nfc);
      await store.append('vi-1', [newEvent('T', { nfc, nfd, emoji: '✅ 84,72/100' })], {
        expectedRevision: 'no-stream',
      });
      const [read] = await collect(store.readStream('vi-1'));
      const data = read?.data as { nfc: string; nfd: string; emoji: string };
      expect(Buffer.from(data.nfc, 'utf8').equals(Buffer.from(nfc, 'utf8'))).toBe(true);
      expect(Buffer.from(data.nfd, 'utf8').equals(Buffer.from(nfd, 'utf8'))).toBe(true);
      expect(data.emoji).toBe('✅ 84,72/100');
    });

    it('chains each stream’s hashes so that verification passes', async () => {
      await store.append('h-1', [newEvent(), newEvent()], { expectedRevision: 'no-stream' });
      await store.append('h-2', [newEvent()], { expectedRevision: 'no-stream' });
      await store.append('h-1', [newEvent()], { expectedRevision: 1n });
      expect(await verifyStreamChain(store.readStream('h-1'))).toBeUndefined();
      const hashes = (await collect(store.readStream('h-1'))).map((e) => e.hash);
      expect(new Set(hashes).size).toBe(3);
    });
  });
};
