import { streamIds } from '@hdnd/domain';
import type { CommandContext } from '../command-handling/command-context';
import type { DeciderExecutor } from '../command-handling/decider-executor';
import { ReopenedCaseHandover } from './reopened-case-handover';

const context = { commandId: 'c', correlationId: 'c' } as unknown as CommandContext;
const rec = 'kn-dn-1';

/** A handover over agencies held in memory; `moves` lists each transfer it records. */
const handoverOver = (
  successions: Record<string, { successorId: string; effectiveOn: string }>,
) => {
  const moves: string[] = [];
  let holder = 'dn-sontra';
  let position = 0n;
  const executor = {
    loadState: (streamId: string) => {
      if (streamId === streamIds.recommendation(rec))
        return Promise.resolve({
          state: { status: 'open', addressee: { currentAgencyId: holder } },
        });
      const agencyId = streamId.slice(streamIds.agency('').length);
      const succession = successions[agencyId];
      return Promise.resolve({
        state: {
          status: succession ? 'succeeded' : 'active',
          ...(succession && { succession: { ...succession, basis: 'NQ sắp xếp (dữ liệu mẫu)' } }),
        },
      });
    },
    execute: async (execution: {
      command: () => Promise<{ data: { fromAgencyId: string; toAgencyId: string } }>;
    }) => {
      const { data } = await execution.command();
      moves.push(`${data.fromAgencyId} → ${data.toAgencyId}`);
      holder = data.toAgencyId;
      position += 1n;
      return { position };
    },
  } as unknown as DeciderExecutor;
  return { handover: new ReopenedCaseHandover(executor), moves, holder: () => holder };
};

describe('ReopenedCaseHandover', () => {
  it('passes a reopened case along the whole chain of successions in force', async () => {
    const { handover, moves, holder } = handoverOver({
      'dn-sontra': { successorId: 'dn-phuong-sontra', effectiveOn: '2025-03-01' },
      'dn-phuong-sontra': { successorId: 'dn-phuong-moi', effectiveOn: '2025-07-01' },
    });
    expect(await handover.pass(rec, '2025-09-01', context)).toBe(2n);
    expect(moves).toEqual(['dn-sontra → dn-phuong-sontra', 'dn-phuong-sontra → dn-phuong-moi']);
    expect(holder()).toBe('dn-phuong-moi');
  });

  it('leaves a reopened case where it is when the successions loop', async () => {
    // Recorded before loops were refused: following them never reaches an agency that exists.
    const { handover, moves } = handoverOver({
      'dn-sontra': { successorId: 'dn-phuong-sontra', effectiveOn: '2025-07-01' },
      'dn-phuong-sontra': { successorId: 'dn-sontra', effectiveOn: '2025-06-01' },
    });
    expect(await handover.pass(rec, '2025-09-01', context)).toBeUndefined();
    expect(moves).toEqual([]);
  });
});
