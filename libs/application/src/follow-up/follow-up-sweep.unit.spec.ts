import type { AnnouncedCalendar } from '../calendar/announced-calendar';
import type { SuccessionPolicy } from '../agencies/succession-policy';
import type { DeciderExecutor } from '../command-handling/decider-executor';
import { defaultFollowUpSettings, FollowUpSweep } from './follow-up-sweep';

describe('follow-up sweep', () => {
  it('lets the event loop run while it goes through many cases with nothing due', async () => {
    const cases = Array.from({ length: 1_000 }, (_, n) => `kn-${n}`);
    const decided: string[] = [];
    // A case with nothing due appends nothing: deciding it settles at once, as on the
    // embedded store, and never gives the loop a turn of its own.
    const executor = {
      execute: (execution: { answer: { id: string } }) => {
        decided.push(execution.answer.id);
        return Promise.resolve({ appended: 0 });
      },
    } as unknown as DeciderExecutor;
    const sweep = new FollowUpSweep(
      executor,
      { ids: () => Promise.resolve(cases) },
      { now: () => new Date('2024-06-17T03:00:00.000Z') },
      defaultFollowUpSettings,
      { workingCalendar: () => Promise.resolve({}) } as unknown as AnnouncedCalendar,
      { transferDue: () => Promise.resolve(0) } as unknown as SuccessionPolicy,
    );

    let turns = 0;
    let sweeping = true;
    const count = () => {
      if (!sweeping) return;
      turns += 1;
      setImmediate(count);
    };
    setImmediate(count);
    const report = await sweep.run();
    sweeping = false;

    expect(report).toEqual({ today: '2024-06-17', checked: 1_000, recorded: 0, transferred: 0 });
    expect(decided).toEqual(cases);
    expect(turns).toBeGreaterThanOrEqual(19); // a turn every 50 cases
  });
});
