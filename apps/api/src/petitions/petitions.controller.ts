import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiProduces } from '@nestjs/swagger';
import type { Response } from 'express';
import { writePetitionReportXlsx } from '@hdnd/documents';
import { CommandBus } from '@nestjs/cqrs';
import type { Supervisor } from '@hdnd/domain';
import {
  businessToday,
  CLOCK,
  ID_GENERATOR,
  NotFound,
  PetitionAnswers,
  SubmitPetitionRoundCommand,
  type IdGenerator,
  type PetitionAnswerOutcome,
} from '@hdnd/application';
import type { Clock } from '@hdnd/event-store';
import {
  PetitionRoundQueries,
  type Page,
  type PetitionRoundReport,
  type PetitionRoundSummary,
  type PetitionRoundView,
} from '@hdnd/read-models';
import { Allow, ANSWERERS, RECORDERS, SUPERVISION_READERS } from '../auth/access.decorator';
import { answer, type CommandAnswer } from '../http/command-answer';
import { CommandContext } from '../http/command-context.decorator';
import { IdParam } from '../http/id-param.pipe';
import { ListQuery, ReadQuery } from '../http/list-query.dto';
import { ReadYourWrites } from '../http/read-your-writes';
import { petitionKey } from './petition-keys';
import { AnswerPetitionsDto, OpenPetitionRoundDto, RecordPetitionsDto } from './petition.dto';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Voters' petitions are forwarded and supervised by the council's Standing Committee. */
const PROVINCIAL_STANDING_COMMITTEE: Supervisor = { body: 'standing-committee', level: 'province' };

/** What one sitting of answers did: each answer recorded or refused, in the order sent. */
export interface PetitionAnswersAnswer {
  readonly recorded: number;
  readonly refused: number;
  /** The log position of the last answer recorded, for `minPosition` (0: none recorded). */
  readonly position: number;
  readonly rows: readonly PetitionAnswerOutcome[];
}

/**
 * Voters' petitions (kiến nghị cử tri): the rounds the Standing Committee forwards to the
 * agencies before each regular session, each petition an item of the follow-up register, the
 * agencies' answers, and the table of answers by agency published for the session.
 */
@Controller('api/petition-rounds')
export class PetitionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly answers: PetitionAnswers,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly rounds: PetitionRoundQueries,
    private readonly freshness: ReadYourWrites,
  ) {}

  @Get()
  @Allow(...SUPERVISION_READERS)
  async list(@Query() query: ListQuery): Promise<Page<PetitionRoundSummary>> {
    await this.freshness.atLeast(query.minPosition);
    return this.rounds.list(query);
  }

  /** A round with each petition and where its item in the register stands. */
  @Get(':id')
  @Allow(...SUPERVISION_READERS)
  async get(
    @Param('id', IdParam) id: string,
    @Query() query: ReadQuery,
  ): Promise<PetitionRoundView> {
    await this.freshness.atLeast(query.minPosition);
    const found = await this.rounds.get(id);
    if (!found) throw new NotFound('petition-round', id);
    return found;
  }

  /** The session's table: by agency, petitions received, answered on time, late, unanswered. */
  @Get(':id/report')
  @Allow(...SUPERVISION_READERS)
  async report(
    @Param('id', IdParam) id: string,
    @Query() query: ReadQuery,
  ): Promise<PetitionRoundReport> {
    await this.freshness.atLeast(query.minPosition);
    const found = await this.rounds.report(id, businessToday(this.clock));
    if (!found) throw new NotFound('petition-round', id);
    return found;
  }

  /** The same table as a workbook, for the office to print or send with the session's papers. */
  @Get(':id/report.xlsx')
  @Allow(...SUPERVISION_READERS)
  @ApiProduces(XLSX)
  async reportXlsx(
    @Param('id', IdParam) id: string,
    @Query() query: ReadQuery,
    @Res() response: Response,
  ): Promise<void> {
    const report = await this.report(id, query);
    const workbook = await writePetitionReportXlsx({
      title: report.round.title,
      meeting: report.round.meeting,
      answerDueOn: report.round.answerDueOn,
      asOf: report.asOf,
      lines: report.agencies.map(({ agency, ...counts }) => ({
        agency: agency.name ?? agency.id,
        ...counts,
      })),
      total: report.total,
    });
    response.status(200);
    response.attachment(`ket-qua-tra-loi-kien-nghi-cu-tri-${id}.xlsx`);
    response.type(XLSX);
    response.setHeader('Cache-Control', 'private, no-store');
    response.end(workbook);
  }

  @Post()
  @Allow(...RECORDERS)
  @HttpCode(201)
  async open(
    @Body() { id, supervisor, ...body }: OpenPetitionRoundDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    const data = {
      ...body,
      petitionRoundId: id ?? this.ids.next(),
      supervisor: supervisor ?? PROVINCIAL_STANDING_COMMITTEE,
    };
    return answer(
      await this.commands.execute(
        new SubmitPetitionRoundCommand({ type: 'OpenPetitionRound', data }, context),
      ),
    );
  }

  /** Petitions forwarded, many at once: each recorded once and issued to its agency. */
  @Post(':id/petitions')
  @Allow(...RECORDERS)
  @HttpCode(201)
  async record(
    @Param('id', IdParam) petitionRoundId: string,
    @Body() { petitions }: RecordPetitionsDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    const data = {
      petitionRoundId,
      petitions: petitions.map(({ id, ...p }) => ({ ...p, petitionId: id ?? petitionKey(p) })),
    };
    return answer(
      await this.commands.execute(
        new SubmitPetitionRoundCommand({ type: 'RecordPetitions', data }, context),
      ),
    );
  }

  /**
   * An agency answers many petitions in one sitting. Each answer is recorded or refused on its
   * own (200 either way), and the answer lists what became of each; an agency user answers only
   * the items its agency answers for.
   */
  @Post(':id/answers')
  @Allow(...ANSWERERS)
  @HttpCode(200)
  async answer(
    @Param('id', IdParam) petitionRoundId: string,
    @Body() { answers }: AnswerPetitionsDto,
    @CommandContext() context: CommandContext,
  ): Promise<PetitionAnswersAnswer> {
    const result = await this.answers.answer(
      petitionRoundId,
      answers.map(({ id, ...a }) => ({ ...a, responseId: id ?? this.ids.next() })),
      context,
    );
    return { ...result, position: Number(result.position) };
  }
}
