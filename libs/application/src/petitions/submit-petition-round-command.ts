import { Inject } from '@nestjs/common';
import { Command, CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import {
  petitionItemId,
  petitionRoundDecider,
  recommendationDecider,
  streamIds,
  type AgencyStanding,
  type OpenedPetitionRound,
  type OpenPetitionRound,
  type Petition,
  type PetitionRoundCommand,
  type RecordPetitions,
} from '@hdnd/domain';
import type { CommandContext, CommandResult } from '../command-handling/command-context';
import { DeciderExecutor } from '../command-handling/decider-executor';
import { Standings } from '../command-handling/standings';
import { businessToday } from '../infrastructure/business-date';
import { CLOCK, type Clock } from '../infrastructure/tokens';
import { SubmitRecommendationCommand } from '../recommendations/submit-recommendation-command';

/** A command to a round of voters' petitions, as the caller sends it: without the lookups. */
export type PetitionRoundInput =
  OpenPetitionRound | Readonly<{ type: 'RecordPetitions'; data: RecordPetitions['data'] }>;

export class SubmitPetitionRoundCommand extends Command<CommandResult> {
  constructor(
    readonly input: PetitionRoundInput,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** The agencies a batch names, whatever shape it came in (the decider judges the shape). */
const agencyIdsOf = (data: unknown): string[] => {
  const petitions = (data as { petitions?: unknown } | null)?.petitions;
  if (!Array.isArray(petitions)) return [];
  const ids = petitions.map((p) => (p as { agencyId?: unknown } | null)?.agencyId);
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
};

/**
 * Opening a round and recording its petitions. Each petition recorded becomes an item of the
 * follow-up register, addressed to its agency, issued the day the round was forwarded and due
 * the day the agencies must answer by: one IssueRecommendation per petition, under an id and an
 * idempotency key derived from the round and the petition. Sending the same batch again records
 * no petition twice and issues only the items still missing (after a crash between the two).
 */
@CommandHandler(SubmitPetitionRoundCommand)
export class SubmitPetitionRoundCommandHandler implements ICommandHandler<SubmitPetitionRoundCommand> {
  constructor(
    private readonly executor: DeciderExecutor,
    private readonly standings: Standings,
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ input, context }: SubmitPetitionRoundCommand): Promise<CommandResult> {
    const { petitionRoundId } = input.data;
    const today = businessToday(this.clock);
    if (input.type === 'OpenPetitionRound')
      return this.executor.execute({
        streamId: streamIds.petitionRound(petitionRoundId),
        decider: petitionRoundDecider,
        context,
        answer: { id: petitionRoundId },
        command: (): Promise<PetitionRoundCommand> => Promise.resolve({ ...input, today }),
      });
    const agencies: Record<string, AgencyStanding> = {};
    for (const standing of await this.standings.agencies(agencyIdsOf(input.data)))
      agencies[standing.agencyId] = standing;
    const recorded = await this.executor.execute({
      streamId: streamIds.petitionRound(petitionRoundId),
      decider: petitionRoundDecider,
      context,
      mustExist: { kind: 'petition-round', id: petitionRoundId },
      answer: { id: petitionRoundId },
      command: (): Promise<PetitionRoundCommand> => Promise.resolve({ ...input, agencies, today }),
    });
    const issued = await this.issueItems(petitionRoundId, input.data.petitions, context);
    return {
      ...recorded,
      related: { issued: String(issued.count) },
      position: issued.position > recorded.position ? issued.position : recorded.position,
      appended: recorded.appended + issued.appended,
    };
  }

  /** The register's item of each petition sent that has none yet. */
  private async issueItems(
    petitionRoundId: string,
    petitions: readonly Petition[],
    context: CommandContext,
  ): Promise<{ count: number; appended: number; position: bigint }> {
    const { state } = await this.executor.loadState(
      streamIds.petitionRound(petitionRoundId),
      petitionRoundDecider,
    );
    const round = state as OpenedPetitionRound;
    let count = 0;
    let appended = 0;
    let position = 0n;
    for (const { petitionId } of petitions) {
      const petition = round.petitions[petitionId]!;
      const recommendationId = petitionItemId(petitionRoundId, petitionId);
      const { revision } = await this.executor.loadState(
        streamIds.recommendation(recommendationId),
        recommendationDecider,
      );
      if (revision !== 'no-stream') continue;
      // The spaces keep the key apart from any client's (Idempotency-Key is visible ASCII).
      const key = `petition ${petitionRoundId} ${petitionId} issue`;
      const result: CommandResult = await this.commands.execute(
        new SubmitRecommendationCommand(
          {
            type: 'IssueRecommendation',
            data: {
              recommendationId,
              source: { kind: 'voter-petitions', id: petitionRoundId, partId: petitionId },
              addresseeAgencyId: petition.agencyId,
              text: petition.text,
              findingIds: [],
              issuedOn: round.forwardedOn,
              responseDueOn: round.answerDueOn,
            },
          },
          { ...context, commandId: randomUUID(), idempotency: { key, fingerprint: key } },
        ),
      );
      count += 1;
      appended += result.appended;
      if (result.position > position) position = result.position;
    }
    return { count, appended, position };
  }
}
