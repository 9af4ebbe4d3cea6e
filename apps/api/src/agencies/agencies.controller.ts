import { Body, Controller, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  businessToday,
  CLOCK,
  ID_GENERATOR,
  SubmitAgencyCommand,
  type CommandContext,
  type IdGenerator,
} from '@hdnd/application';
import type { Clock } from '@hdnd/event-store';
import { answer, type CommandAnswer } from '../http/command-answer';
import { Command } from '../http/command-context.decorator';
import { IdParam } from '../http/id-param.pipe';
import { RegisterAgencyDto, SuccessionDto } from './agency.dto';

@Controller('api/agencies')
export class AgenciesController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  async register(
    @Body() body: RegisterAgencyDto,
    @Command() context: CommandContext,
  ): Promise<CommandAnswer> {
    const { id, registeredOn, ...rest } = body;
    const data = {
      ...rest,
      agencyId: id ?? this.ids.next(),
      registeredOn: registeredOn ?? businessToday(this.clock),
    };
    return answer(
      await this.commands.execute(
        new SubmitAgencyCommand({ type: 'RegisterAgency', data }, context),
      ),
    );
  }

  @Post(':id/succession')
  @HttpCode(200)
  async succession(
    @Param('id', IdParam) agencyId: string,
    @Body() body: SuccessionDto,
    @Command() context: CommandContext,
  ): Promise<CommandAnswer> {
    return answer(
      await this.commands.execute(
        new SubmitAgencyCommand(
          { type: 'RecordAgencySuccession', data: { agencyId, ...body } },
          context,
        ),
      ),
    );
  }
}
