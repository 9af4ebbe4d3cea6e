import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  businessToday,
  CLOCK,
  ID_GENERATOR,
  SubmitRecommendationCommand,
  type IdGenerator,
  type RecommendationInput,
} from '@hdnd/application';
import type { Clock } from '@hdnd/event-store';
import { answer, type CommandAnswer } from '../http/command-answer';
import { CommandContext } from '../http/command-context.decorator';
import { IdParam } from '../http/id-param.pipe';
import {
  AssessResponseDto,
  CloseRecommendationDto,
  EscalateDto,
  ExtendDeadlineDto,
  RecordResponseDto,
  ReopenRecommendationDto,
  ReportCompletionDto,
  ReportProgressDto,
} from './recommendation.dto';
import { Allow, ANSWERERS, RECORDERS } from '../auth/access.decorator';

/** The government's answer and the follow-up: response, implementation, verification. */
@Controller('api/recommendations/:id')
export class RecommendationsController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post('responses')
  @Allow(...ANSWERERS)
  @HttpCode(201)
  respond(
    @Param('id', IdParam) recommendationId: string,
    @Body() { id, commitments = [], ...body }: RecordResponseDto,
    @CommandContext() context: CommandContext,
  ) {
    const responseId = id ?? this.ids.next();
    const data = {
      ...body,
      recommendationId,
      responseId,
      commitments: commitments.map(({ id: commitmentId, ...c }) => ({
        ...c,
        commitmentId: commitmentId ?? this.ids.next(),
      })),
    };
    return this.submit({ type: 'RecordResponse', data }, context);
  }

  @Post('responses/:responseId/assessment')
  @Allow(...RECORDERS)
  @HttpCode(200)
  assess(
    @Param('id', IdParam) recommendationId: string,
    @Param('responseId', IdParam) responseId: string,
    @Body() body: AssessResponseDto,
    @CommandContext() context: CommandContext,
  ) {
    return this.submit(
      { type: 'AssessResponse', data: { ...body, recommendationId, responseId } },
      context,
    );
  }

  @Post('progress')
  @Allow(...ANSWERERS)
  @HttpCode(200)
  progress(
    @Param('id', IdParam) recommendationId: string,
    @Body() body: ReportProgressDto,
    @CommandContext() context: CommandContext,
  ) {
    return this.submit({ type: 'ReportProgress', data: { ...body, recommendationId } }, context);
  }

  @Post('completion')
  @Allow(...ANSWERERS)
  @HttpCode(200)
  completion(
    @Param('id', IdParam) recommendationId: string,
    @Body() body: ReportCompletionDto,
    @CommandContext() context: CommandContext,
  ) {
    return this.submit({ type: 'ReportCompletion', data: { ...body, recommendationId } }, context);
  }

  @Post('closure')
  @Allow(...RECORDERS)
  @HttpCode(200)
  close(
    @Param('id', IdParam) recommendationId: string,
    @Body() body: CloseRecommendationDto,
    @CommandContext() context: CommandContext,
  ) {
    return this.submit(
      { type: 'CloseRecommendation', data: { ...body, recommendationId } },
      context,
    );
  }

  @Post('reopening')
  @Allow(...RECORDERS)
  @HttpCode(200)
  reopen(
    @Param('id', IdParam) recommendationId: string,
    @Body() { reopenedOn, ...body }: ReopenRecommendationDto,
    @CommandContext() context: CommandContext,
  ) {
    const data = { ...body, recommendationId, reopenedOn: reopenedOn ?? businessToday(this.clock) };
    return this.submit({ type: 'ReopenRecommendation', data }, context);
  }

  @Post('extension')
  @Allow(...RECORDERS)
  @HttpCode(200)
  extend(
    @Param('id', IdParam) recommendationId: string,
    @Body() { extendedOn, ...body }: ExtendDeadlineDto,
    @CommandContext() context: CommandContext,
  ) {
    const data = { ...body, recommendationId, extendedOn: extendedOn ?? businessToday(this.clock) };
    return this.submit({ type: 'ExtendDeadline', data }, context);
  }

  @Post('escalation')
  @Allow(...RECORDERS)
  @HttpCode(200)
  escalate(
    @Param('id', IdParam) recommendationId: string,
    @Body() { escalatedOn, sessionId, ...body }: EscalateDto,
    @CommandContext() context: CommandContext,
  ) {
    // The session is of the step's kind; named with another step, the decider refuses it.
    const kind = body.step === 'explanation-session' ? 'explanation-session' : 'interpellation';
    const data = {
      ...body,
      recommendationId,
      escalatedOn: escalatedOn ?? businessToday(this.clock),
      ...(sessionId !== undefined && { session: { kind, id: sessionId } as const }),
    };
    return this.submit({ type: 'Escalate', data }, context);
  }

  private async submit(
    input: RecommendationInput,
    context: CommandContext,
  ): Promise<CommandAnswer> {
    return answer(await this.commands.execute(new SubmitRecommendationCommand(input, context)));
  }
}
