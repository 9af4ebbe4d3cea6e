import { turnsDuring } from '@hdnd/testing/event-loop-turns';
import type { AnnouncedCalendar } from '../calendar/announced-calendar';
import type { SuccessionPolicy } from '../agencies/succession-policy';
import type { DeciderExecutor } from '../command-handling/decider-executor';
import { defaultFollowUpSettings, FollowUpSweep } from './follow-up-sweep';

const cases = Array.from({ length: 1_000 }, (_, n) => `kn-${n}`);

/** A sweep over `cases` whose decisions go to `execute`. */
const sweepWith = (execute: (caseId: string) => Promise<{ appended: number }>) =>
  new FollowUpSweep(
    {
      execute: (execution: { answer: { id: string } }) => execute(execution.answer.id),
    } as unknown as DeciderExecutor,
    {
      // Two pages, as the tracker hands them out.
      async *pages() {
        yield cases.slice(0, 600);
        yield cases.slice(600);
      },
    },
    { now: () => new Date('2024-06-17T03:00:00.000Z') },
    defaultFollowUpSettings,
    { workingCalendar: () => Promise.resolve({}) } as unknown as AnnouncedCalendar,
    { transferDue: () => Promise.resolve(0) } as unknown as SuccessionPolicy,
  );

describe('follow-up sweep', () => {
  it('lets the event loop run while it goes through many cases with nothing due', async () => {
    const decided: string[] = [];
    // A case with nothing due appends nothing: deciding it settles at once, as on the
    // embedded store, and never gives the loop a turn of its own.
    const sweep = sweepWith((caseId) => {
      decided.push(caseId);
      return Promise.resolve({ appended: 0 });
    });
    const { result: report, turns } = await turnsDuring(() => sweep.run());

    expect(report).toEqual({ today: '2024-06-17', checked: 1_000, recorded: 0, transferred: 0 });
    expect(decided).toEqual(cases);
    expect(turns).toBeGreaterThanOrEqual(30); // between groups of 32: 18 in the first page, 12 in the second
  });

  it('decides 32 cases at once, so that their appends share a commit', async () => {
    let inFlight = 0;
    let most = 0;
    // Each case records one fact; its append is answered on a later turn, as a group commit is.
    const sweep = sweepWith(async () => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight -= 1;
      return { appended: 1 };
    });
    expect(await sweep.run()).toMatchObject({ checked: 1_000, recorded: 1_000 });
    expect(most).toBe(32);
  });
});
