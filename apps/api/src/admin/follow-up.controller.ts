import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { FollowUpSweep, type SweepReport } from '@hdnd/application';
import { NoBody } from '../http/no-body.pipe';
import { Allow } from '../auth/access.decorator';

/** Operations on the follow-up of deadlines. */
@Controller('api/admin/follow-up')
export class FollowUpController {
  constructor(private readonly sweep: FollowUpSweep) {}

  /**
   * Runs the deadline sweep now (it also runs on a schedule): reminders before deadlines and
   * missed deadlines after them, each recorded once however often this is called.
   */
  @Post('sweep')
  @HttpCode(200)
  @Allow('admin', 'secretariat')
  run(@Body(NoBody) _body: unknown): Promise<SweepReport> {
    return this.sweep.run();
  }
}
