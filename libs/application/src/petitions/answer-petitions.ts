import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import {
  DomainRuleViolation,
  petitionItemId,
  petitionRoundDecider,
  streamIds,
  type OpenedPetitionRound,
  type ResponsePosition,
} from '@hdnd/domain';
import { Forbidden, NotFound } from '../command-handling/application-errors';
import type { CommandContext, CommandResult } from '../command-handling/command-context';
import { DeciderExecutor } from '../command-handling/decider-executor';
import { SubmitRecommendationCommand } from '../recommendations/submit-recommendation-command';

/** One answer of a sitting: to a petition, named by its own id or by its register item's. */
export type PetitionAnswer = Readonly<{
  petitionId?: string;
  recommendationId?: string;
  responseId: string;
  respondedOn: string;
  position: ResponsePosition;
  text: string;
}>;

/** What became of one answer: recorded with its response, or refused with the rule's code. */
export type PetitionAnswerOutcome = Readonly<{
  /** The answer's place in the list sent, from 1. */
  row: number;
  petitionId: string | null;
  recommendationId: string | null;
  recorded: boolean;
  responseId?: string;
  code?: string;
  message?: string;
}>;

export type PetitionAnswersResult = Readonly<{
  recorded: number;
  refused: number;
  /** The log position of the last answer recorded, for read-your-writes (0: none). */
  position: bigint;
  rows: readonly PetitionAnswerOutcome[];
}>;

/** The refusals a row reports instead of failing the sitting; anything else is a fault. */
const refusalOf = (error: unknown): { code: string; message: string } | undefined =>
  error instanceof DomainRuleViolation || error instanceof NotFound || error instanceof Forbidden
    ? { code: error.code, message: error.message }
    : undefined;

/**
 * An agency answering many petitions of a round in one sitting. Each answer is the register's
 * own RecordResponse, a command of its own: it is recorded whole or refused whole, and the
 * sitting reports each. Who may answer which item is the register's rule: an agency user
 * answers only the items its agency answers for now.
 */
@Injectable()
export class PetitionAnswers {
  constructor(
    private readonly executor: DeciderExecutor,
    private readonly commands: CommandBus,
  ) {}

  async answer(
    petitionRoundId: string,
    answers: readonly PetitionAnswer[],
    context: CommandContext,
  ): Promise<PetitionAnswersResult> {
    const { state } = await this.executor.loadState(
      streamIds.petitionRound(petitionRoundId),
      petitionRoundDecider,
    );
    if (state.status === 'none') throw new NotFound('petition-round', petitionRoundId);
    const itemOf = this.items(state);
    const rows: PetitionAnswerOutcome[] = [];
    let position = 0n;
    for (const [index, answer] of answers.entries()) {
      const petitionId =
        answer.petitionId ?? itemOf.petitionOf.get(answer.recommendationId ?? '') ?? null;
      const recommendationId =
        petitionId === null || !(petitionId in state.petitions)
          ? null
          : petitionItemId(petitionRoundId, petitionId);
      const row = { row: index + 1, petitionId, recommendationId };
      if (
        recommendationId === null ||
        (answer.recommendationId !== undefined && answer.recommendationId !== recommendationId)
      ) {
        rows.push({
          ...row,
          recorded: false,
          code: 'not-found',
          message: 'No petition of this round under this id.',
        });
        continue;
      }
      try {
        const result: CommandResult = await this.commands.execute(
          this.respond(recommendationId, answer, { ...context, commandId: randomUUID() }),
        );
        if (result.position > position) position = result.position;
        rows.push({ ...row, recorded: true, responseId: answer.responseId });
      } catch (error) {
        const refusal = refusalOf(error);
        if (!refusal) throw error;
        rows.push({ ...row, recorded: false, ...refusal });
      }
    }
    const recorded = rows.filter((r) => r.recorded).length;
    return { recorded, refused: rows.length - recorded, position, rows };
  }

  /** Each item of the round by its id, to the petition it was issued for. */
  private items(state: OpenedPetitionRound) {
    const petitionOf = new Map(
      Object.keys(state.petitions).map((id) => [petitionItemId(state.petitionRoundId, id), id]),
    );
    return { petitionOf };
  }

  /** The register's own RecordResponse: the addressee answering now is the one recorded. */
  private respond(recommendationId: string, answer: PetitionAnswer, context: CommandContext) {
    return new SubmitRecommendationCommand(
      {
        type: 'RecordResponse',
        data: {
          recommendationId,
          responseId: answer.responseId,
          respondedOn: answer.respondedOn,
          position: answer.position,
          text: answer.text,
          commitments: [],
        },
      },
      context,
    );
  }
}
