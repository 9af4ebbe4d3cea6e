import { Body, Controller, Get, Inject, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { businessToday, CLOCK, NotFound } from '@hdnd/application';
import { SubmitUserCommand, UserDirectory } from '@hdnd/identity';
import type { Clock } from '@hdnd/event-store';
import { answer, type CommandAnswer } from '../http/command-answer';
import { CommandContext } from '../http/command-context.decorator';
import { IdParam } from '../http/id-param.pipe';
import { Allow, READERS } from './access.decorator';
import { ChooseNoticesDto } from './auth.dto';
import { CurrentUser } from './current-user.decorator';
import type { Principal } from './principal';
import { noticeChoiceView, type NoticeChoiceView } from './notice-choice.view';

/**
 * Which e-mail notices a user receives (the daily digest of reminders and missed deadlines),
 * and at which address: each user sets their own at `me`, an admin anyone's by id. Each choice
 * is a NoticesChosen event with its actor. `me` is declared first, so it is never taken for an id.
 */
@Controller('api/users')
export class NoticeChoicesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly users: UserDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('me/notices')
  @Allow(...READERS)
  async mine(@CurrentUser() user: Principal): Promise<NoticeChoiceView> {
    return this.of(user.userId);
  }

  // Every role but the auditor's, who changes nothing (docs/security.md); only agency officers
  // and the secretariat are sent digests, but anyone may keep an address on record.
  @Put('me/notices')
  @Allow(...READERS.filter((role) => role !== 'auditor'))
  async chooseMine(
    @Body() body: ChooseNoticesDto,
    @CurrentUser() user: Principal,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    return this.choose(user.userId, body, context);
  }

  @Get(':id/notices')
  @Allow('admin')
  async get(@Param('id', IdParam) id: string): Promise<NoticeChoiceView> {
    return this.of(id);
  }

  @Put(':id/notices')
  @Allow('admin')
  async chooseFor(
    @Param('id', IdParam) id: string,
    @Body() body: ChooseNoticesDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    return this.choose(id, body, context);
  }

  private async of(userId: string): Promise<NoticeChoiceView> {
    const user = await this.users.account(userId);
    if (!user) throw new NotFound('user', userId);
    return noticeChoiceView(user);
  }

  private async choose(
    userId: string,
    { email, reminders, missedDeadlines }: ChooseNoticesDto,
    context: CommandContext,
  ): Promise<CommandAnswer> {
    const data = {
      userId,
      // No address is an absent field, in the body and in the log alike.
      ...(email !== undefined && { email }),
      reminders,
      missedDeadlines,
      chosenOn: businessToday(this.clock),
    };
    return answer(
      await this.commands.execute(new SubmitUserCommand({ type: 'ChooseNotices', data }, context)),
    );
  }
}
