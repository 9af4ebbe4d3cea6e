import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { businessToday, CLOCK, ID_GENERATOR, NotFound, type IdGenerator } from '@hdnd/application';
import { SubmitUserCommand, UserDirectory } from '@hdnd/identity';
import type { Clock } from '@hdnd/event-store';
import { answer, type CommandAnswer } from '../http/command-answer';
import { CommandContext } from '../http/command-context.decorator';
import { IdParam } from '../http/id-param.pipe';
import { ListQuery } from '../http/list-query.dto';
import { Allow } from './access.decorator';
import { AccountStandingDto, CreateUserDto, GrantRoleDto, ResetPasswordDto } from './auth.dto';
import { userView, type UserView } from './user.view';

/** Accounts, for admins. Each change is an event in the log with the admin as its actor. */
@Controller('api/users')
@Allow('admin')
export class UsersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly users: UserDirectory,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  async create(
    @Body() { id, password, ...grant }: CreateUserDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    const data = {
      ...grant,
      userId: id ?? this.ids.next(),
      registeredOn: businessToday(this.clock),
    };
    return answer(
      await this.commands.execute(
        new SubmitUserCommand({ type: 'RegisterUser', data, password }, context),
      ),
    );
  }

  @Get()
  async list(
    @Query() query: ListQuery,
  ): Promise<{ items: UserView[]; total: number; page: number; pageSize: number }> {
    const all = (await this.users.list()).map(userView);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 50;
    return {
      items: all.slice((page - 1) * pageSize, page * pageSize),
      total: all.length,
      page,
      pageSize,
    };
  }

  @Get(':id')
  async get(@Param('id', IdParam) id: string): Promise<UserView> {
    const user = await this.users.account(id);
    if (!user) throw new NotFound('user', id);
    return userView(user);
  }

  /** Replaces the user's role and bindings; the reason and the admin are kept in the log. */
  @Post(':id/grants')
  @HttpCode(200)
  async grant(
    @Param('id', IdParam) id: string,
    @Body() body: GrantRoleDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    return answer(
      await this.commands.execute(
        new SubmitUserCommand(
          {
            type: 'GrantRole',
            data: { ...body, userId: id, grantedOn: businessToday(this.clock) },
          },
          context,
        ),
      ),
    );
  }

  /** Sets a new password; the log records that it was reset and by whom, never the password. */
  @Post(':id/password')
  @HttpCode(200)
  async resetPassword(
    @Param('id', IdParam) id: string,
    @Body() { password }: ResetPasswordDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    return answer(
      await this.commands.execute(
        new SubmitUserCommand(
          {
            type: 'ResetPassword',
            data: { userId: id, resetOn: businessToday(this.clock) },
            password,
          },
          context,
        ),
      ),
    );
  }

  /**
   * Ends the account's use: it cannot sign in, and the tokens it holds are refused from the
   * next request. Nothing it recorded changes. An admin cannot disable their own account, so
   * the last admin cannot lock everyone out.
   */
  @Post(':id/disable')
  @HttpCode(200)
  async disable(
    @Param('id', IdParam) id: string,
    @Body() { reason }: AccountStandingDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    return answer(
      await this.commands.execute(
        new SubmitUserCommand(
          {
            type: 'DisableUser',
            data: { userId: id, reason, disabledOn: businessToday(this.clock) },
          },
          context,
        ),
      ),
    );
  }

  /** Lets a disabled account sign in again, with the grant it had. */
  @Post(':id/enable')
  @HttpCode(200)
  async enable(
    @Param('id', IdParam) id: string,
    @Body() { reason }: AccountStandingDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    return answer(
      await this.commands.execute(
        new SubmitUserCommand(
          {
            type: 'EnableUser',
            data: { userId: id, reason, enabledOn: businessToday(this.clock) },
          },
          context,
        ),
      ),
    );
  }
}
