import { batches } from './batches';

const collect = async <T>(source: AsyncIterable<T[]>): Promise<T[][]> => {
  const out: T[][] = [];
  for await (const batch of source) out.push(batch);
  return out;
};

/** A source whose items all arrive at once, as a subscription catching up delivers them. */
async function* burst(count: number): AsyncGenerator<number> {
  for (let i = 1; i <= count; i++) yield i;
}

/** A source whose items arrive one at a time, each after the previous batch was taken. */
async function* trickle(count: number): AsyncGenerator<number> {
  for (let i = 1; i <= count; i++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    yield i;
  }
}

describe('batches', () => {
  it('gives a quiet source one item at a time: nothing waits for a batch to fill', async () => {
    expect(await collect(batches(trickle(3), 100))).toEqual([[1], [2], [3]]);
  });

  it('groups what arrived meanwhile, never more than the cap, in order', async () => {
    const taken = await collect(batches(burst(250), 100));
    expect(taken.flat()).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    expect(Math.max(...taken.map((b) => b.length))).toBe(100);
    expect(taken.length).toBeLessThan(250);
  });

  it('hands over what was read before the source failed, then the failure', async () => {
    async function* failing(): AsyncGenerator<number> {
      yield 1;
      yield 2;
      throw new Error('log unreadable');
    }
    const taken: number[] = [];
    await expect(
      (async () => {
        for await (const batch of batches(failing(), 10)) taken.push(...batch);
      })(),
    ).rejects.toThrow('log unreadable');
    expect(taken).toEqual([1, 2]);
  });

  it('stops reading the source when the taker leaves early', async () => {
    let read = 0;
    async function* endless(): AsyncGenerator<number> {
      for (;;) yield ++read;
    }
    for await (const batch of batches(endless(), 10)) {
      expect(batch.length).toBeGreaterThan(0);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    const afterLeaving = read;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(read).toBe(afterLeaving);
    expect(read).toBeLessThanOrEqual(21);
  });
});
