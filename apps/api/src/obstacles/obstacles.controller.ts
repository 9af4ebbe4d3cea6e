import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { businessToday, CLOCK, SubmitObstacleCommand, type ObstacleInput } from '@hdnd/application';
import type { Clock } from '@hdnd/event-store';
import { answer, type CommandAnswer } from '../http/command-answer';
import { CommandContext } from '../http/command-context.decorator';
import { IdParam } from '../http/id-param.pipe';
import {
  AssignObstacleDto,
  MergeObstacleDto,
  ReferObstacleDto,
  ResolveObstacleDto,
} from './obstacle.dto';
import { Allow, ANSWERERS, RECORDERS } from '../auth/access.decorator';

/** Difficulties raised in surveys, until someone competent removes them (tháo gỡ). */
@Controller('api/obstacles/:id')
export class ObstaclesController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post('assignment')
  @Allow(...RECORDERS)
  @HttpCode(200)
  assign(
    @Param('id', IdParam) obstacleId: string,
    @Body() { assignedOn, ...body }: AssignObstacleDto,
    @CommandContext() context: CommandContext,
  ) {
    return this.submit(
      {
        type: 'AssignObstacle',
        data: { ...body, obstacleId, assignedOn: assignedOn ?? businessToday(this.clock) },
      },
      context,
    );
  }

  /**
   * Referred to another competent body (a ministry, say) with the reason: that body answers for
   * it from then on. The secretariat decides, as it does an assignment.
   */
  @Post('referral')
  @Allow(...RECORDERS)
  @HttpCode(200)
  refer(
    @Param('id', IdParam) obstacleId: string,
    @Body() { referredOn, reason, ...body }: ReferObstacleDto,
    @CommandContext() context: CommandContext,
  ) {
    return this.submit(
      {
        type: 'ReferObstacle',
        // The log calls the reason `note`, as the domain's ObstacleReferred always has.
        data: {
          ...body,
          obstacleId,
          note: reason,
          referredOn: referredOn ?? businessToday(this.clock),
        },
      },
      context,
    );
  }

  @Post('merge')
  @Allow(...RECORDERS)
  @HttpCode(200)
  merge(
    @Param('id', IdParam) obstacleId: string,
    @Body() { mergedOn, ...body }: MergeObstacleDto,
    @CommandContext() context: CommandContext,
  ) {
    return this.submit(
      {
        type: 'MergeObstacles',
        data: { ...body, obstacleId, mergedOn: mergedOn ?? businessToday(this.clock) },
      },
      context,
    );
  }

  @Post('resolution')
  @Allow(...ANSWERERS)
  @HttpCode(200)
  resolve(
    @Param('id', IdParam) obstacleId: string,
    @Body() body: ResolveObstacleDto,
    @CommandContext() context: CommandContext,
  ) {
    return this.submit({ type: 'ResolveObstacle', data: { ...body, obstacleId } }, context);
  }

  private async submit(input: ObstacleInput, context: CommandContext): Promise<CommandAnswer> {
    return answer(await this.commands.execute(new SubmitObstacleCommand(input, context)));
  }
}
