import { turnsDuring } from '@hdnd/testing/event-loop-turns';
import { inGroups } from './in-groups';

describe('inGroups', () => {
  it('runs the items a group at a time and answers in their order', async () => {
    const items = Array.from({ length: 10 }, (_, n) => n);
    const log: string[] = [];
    let inFlight = 0;
    let most = 0;
    const results = await inGroups(
      items,
      async (n) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        log.push(`start ${n}`);
        await Promise.resolve();
        inFlight -= 1;
        return n * 10;
      },
      4,
    );
    expect(results).toEqual(items.map((n) => n * 10));
    expect(most).toBe(4);
    expect(log.slice(0, 4)).toEqual(['start 0', 'start 1', 'start 2', 'start 3']);
  });

  it('gives timers and I/O their turn between groups even when the work never waits on them', async () => {
    const { turns } = await turnsDuring(() =>
      inGroups(
        Array.from({ length: 100 }, (_, n) => n),
        (n) => Promise.resolve(n),
        10,
      ),
    );
    expect(turns).toBeGreaterThanOrEqual(9);
  });

  it('answers nothing for no items', async () => {
    expect(await inGroups([], () => Promise.resolve(1))).toEqual([]);
  });
});
