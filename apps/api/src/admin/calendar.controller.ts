import { Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { AnnouncedCalendar, businessToday, CLOCK, SubmitCalendarCommand } from '@hdnd/application';
import type { CalendarAdjustment } from '@hdnd/domain';
import type { Clock } from '@hdnd/event-store';
import { Allow } from '../auth/access.decorator';
import { answer, type CommandAnswer } from '../http/command-answer';
import { CommandContext } from '../http/command-context.decorator';
import { LocalDateParam } from '../http/local-date-param.pipe';
import { AnnounceAdjustmentDto, WithdrawAdjustmentDto } from './calendar.dto';

/**
 * The days off and make-up working days the government announces each year, beyond the fixed
 * holidays: deadlines in working days count with them. Kept in the log; withdrawn, never edited.
 */
@Controller('api/admin/calendar/adjustments')
export class CalendarController {
  constructor(
    private readonly commands: CommandBus,
    private readonly calendar: AnnouncedCalendar,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @Allow('admin', 'secretariat')
  async list(): Promise<{ items: CalendarAdjustment[] }> {
    return { items: await this.calendar.adjustments() };
  }

  @Post()
  @Allow('admin')
  async announce(
    @Body() body: AnnounceAdjustmentDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    const data = { ...body, announcedOn: businessToday(this.clock) };
    return answer(
      await this.commands.execute(
        new SubmitCalendarCommand({ type: 'AnnounceCalendarAdjustment', data }, context),
      ),
    );
  }

  @Post(':date/withdrawal')
  @HttpCode(200)
  @Allow('admin')
  async withdraw(
    @Param('date', LocalDateParam) date: string,
    @Body() { reason }: WithdrawAdjustmentDto,
    @CommandContext() context: CommandContext,
  ): Promise<CommandAnswer> {
    const data = { date, reason, withdrawnOn: businessToday(this.clock) };
    return answer(
      await this.commands.execute(
        new SubmitCalendarCommand({ type: 'WithdrawCalendarAdjustment', data }, context),
      ),
    );
  }
}
