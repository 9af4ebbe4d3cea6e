import { Injectable } from '@nestjs/common';
import {
  CALENDAR_STREAM_ID,
  calendarDecider,
  WorkingCalendar,
  type CalendarAdjustment,
} from '@hdnd/domain';
import { DeciderExecutor } from '../command-handling/decider-executor';

/** The working calendar as the log says now: fixed holidays plus every announcement in force. */
@Injectable()
export class AnnouncedCalendar {
  constructor(private readonly executor: DeciderExecutor) {}

  async adjustments(): Promise<CalendarAdjustment[]> {
    const { state } = await this.executor.loadState(CALENDAR_STREAM_ID, calendarDecider);
    return Object.values(state.adjustments).sort((a, b) => a.date.localeCompare(b.date));
  }

  async workingCalendar(): Promise<WorkingCalendar> {
    return new WorkingCalendar(await this.adjustments());
  }
}
