import { Injectable } from '@nestjs/common';
import {
  agencyDecider,
  committeeSupervisionDecider,
  committeeSupervisionStandingOf,
  delegationDecider,
  delegationStandingOf,
  explanationSessionDecider,
  explanationSessionStandingOf,
  interpellationDecider,
  interpellationStandingOf,
  obstacleDecider,
  obstacleStandingOf,
  petitionRoundDecider,
  petitionRoundStandingOf,
  recommendationDecider,
  standingOf,
  streamIds,
  type AgencyStanding,
  type FollowedStanding,
  type ObstacleStanding,
  type Source,
  type SourceStanding,
} from '@hdnd/domain';
import { DeciderExecutor } from './decider-executor';

/**
 * What one aggregate's decision needs to know of another, folded from that other's stream:
 * whether an agency exists and whether it has been succeeded, which findings a delegation has.
 * Read from the log itself, so a decision never rests on a read model that lags.
 */
@Injectable()
export class Standings {
  constructor(private readonly executor: DeciderExecutor) {}

  async agency(agencyId: string): Promise<AgencyStanding> {
    const { state } = await this.executor.loadState(streamIds.agency(agencyId), agencyDecider);
    return standingOf(state, agencyId);
  }

  /**
   * The agencies `agencyId` passes to in turn: its successor, that one's successor, and so on.
   * It stops at an agency already seen, so a loop already in the log cannot keep it going.
   */
  async successorChain(agencyId: string): Promise<string[]> {
    const chain: string[] = [];
    let next = (await this.agency(agencyId)).succession?.successorId;
    while (next !== undefined && next !== agencyId && !chain.includes(next)) {
      chain.push(next);
      next = (await this.agency(next)).succession?.successorId;
    }
    return chain;
  }

  agencies(agencyIds: readonly string[]): Promise<AgencyStanding[]> {
    return Promise.all(agencyIds.map((id) => this.agency(id)));
  }

  /**
   * How the source a recommendation comes from stands: a delegation, a session… Looked up
   * before the decider checks the command's shape, so a source missing or malformed is only
   * "not on record" here, and the decider then names what is wrong with it.
   */
  async source(source: Source | undefined): Promise<SourceStanding> {
    const { kind, id } = (
      typeof source === 'object' && source !== null ? source : {}
    ) as Partial<Source>;
    if (typeof kind !== 'string' || typeof id !== 'string')
      return { kind: 'delegation', id: '', recorded: false, parts: {} };
    switch (kind) {
      case 'delegation': {
        const { state } = await this.executor.loadState(
          streamIds.delegation(id),
          delegationDecider,
        );
        return delegationStandingOf(state, id);
      }
      case 'interpellation': {
        const { state } = await this.executor.loadState(
          streamIds.interpellation(id),
          interpellationDecider,
        );
        return interpellationStandingOf(state, id);
      }
      case 'voter-petitions': {
        const { state } = await this.executor.loadState(
          streamIds.petitionRound(id),
          petitionRoundDecider,
        );
        return petitionRoundStandingOf(state, id);
      }
      case 'committee-supervision': {
        const { state } = await this.executor.loadState(
          streamIds.committeeSupervision(id),
          committeeSupervisionDecider,
        );
        return committeeSupervisionStandingOf(state, id);
      }
      case 'explanation-session': {
        const { state } = await this.executor.loadState(
          streamIds.explanationSession(id),
          explanationSessionDecider,
        );
        return explanationSessionStandingOf(state, id);
      }
      default:
        // The sources still to come are recorded nowhere yet: nothing can issue from them.
        return { kind, id, recorded: false, parts: {} };
    }
  }

  /** A recommendation another item carries on from: issued, and the sessions it went before. */
  async recommendation(recommendationId: string): Promise<FollowedStanding> {
    const { state } = await this.executor.loadState(
      streamIds.recommendation(recommendationId),
      recommendationDecider,
    );
    return state.status === 'none'
      ? { recommendationId, issued: false, sessions: [] }
      : { recommendationId, issued: true, sessions: state.sessions };
  }

  async obstacle(obstacleId: string): Promise<ObstacleStanding> {
    const { state } = await this.executor.loadState(
      streamIds.obstacle(obstacleId),
      obstacleDecider,
    );
    return obstacleStandingOf(state, obstacleId);
  }
}
