import { Injectable } from '@nestjs/common';
import { agencyDecider, recommendationDecider, streamIds, type LocalDate } from '@hdnd/domain';
import type { CommandContext } from '../command-handling/command-context';
import { DeciderExecutor } from '../command-handling/decider-executor';
import { handoverKey } from './handover-key';

/**
 * A succession passes its agency's open cases; one closed then stayed behind, with the
 * abolished agency. Reopened, it is open again and passes at once — along the chain of
 * successions in force on the reopening date, from that date — so the abolished agency never
 * answers for it again and the sweep need not catch it the next day.
 */
@Injectable()
export class ReopenedCaseHandover {
  constructor(private readonly executor: DeciderExecutor) {}

  /** The position of the last handover, or undefined when its addressee still exists. */
  async pass(
    recommendationId: string,
    reopenedOn: LocalDate,
    context: CommandContext,
  ): Promise<bigint | undefined> {
    const streamId = streamIds.recommendation(recommendationId);
    const { state } = await this.executor.loadState(streamId, recommendationDecider);
    if (state.status === 'none') return undefined;
    const hops = await this.chainInForce(state.addressee.currentAgencyId, reopenedOn);
    let position: bigint | undefined;
    for (const { from, to, basis } of hops ?? []) {
      const data = {
        recommendationId,
        fromAgencyId: from,
        toAgencyId: to,
        effectiveOn: reopenedOn,
        basis,
      };
      const executed = await this.executor.execute({
        streamId,
        decider: recommendationDecider,
        context: {
          ...context,
          expectedRevision: undefined,
          idempotency: handoverKey('recommendation', recommendationId, from, to),
        },
        answer: { id: recommendationId },
        command: () => Promise.resolve({ type: 'TransferRecommendation' as const, data }),
      });
      position = executed.position;
    }
    return position;
  }

  /**
   * Each handover from `agencyId` along the successions in force on `on`, found before any is
   * recorded; undefined when they loop (a log written before loops were refused), so that the
   * case is not moved round to an agency that no longer exists.
   */
  private async chainInForce(
    agencyId: string,
    on: LocalDate,
  ): Promise<{ from: string; to: string; basis: string }[] | undefined> {
    const hops: { from: string; to: string; basis: string }[] = [];
    const seen = new Set([agencyId]);
    for (let from = agencyId; ;) {
      const agency = await this.executor.loadState(streamIds.agency(from), agencyDecider);
      const succession =
        agency.state.status === 'unregistered' ? undefined : agency.state.succession;
      if (!succession || succession.effectiveOn > on) return hops;
      const { successorId: to, basis } = succession;
      if (seen.has(to)) return undefined;
      seen.add(to);
      hops.push({ from, to, basis });
      from = to;
    }
  }
}
