import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { DigestCourier, type DigestFailure } from '@hdnd/notices';
import { NoBody } from '../http/no-body.pipe';
import { Allow } from '../auth/access.decorator';

/** The e-mail digests of reminders and missed deadlines (docs/jobs.md, E-mail digests). */
@Controller('api/admin/notices')
export class NoticesController {
  constructor(private readonly courier: DigestCourier) {}

  /**
   * Sends now what the schedule would send from the digest hour: every digest owed up to today,
   * one message per person and day. A digest already sent is not sent again; `enabled` is
   * false, and nothing is sent, when no SMTP server is configured.
   */
  @Post('send')
  @HttpCode(200)
  @Allow('admin', 'secretariat')
  send(@Body(NoBody) _body: unknown): Promise<{ day: string; enabled: boolean; digests: number }> {
    return this.courier.sendNow();
  }

  /** Digests given up after their last attempt, newest day first, each with the reason. */
  @Get('failures')
  @Allow('admin')
  failures(): { items: DigestFailure[]; total: number; page: number; pageSize: number } {
    const items = this.courier.failures();
    return { items, total: items.length, page: 1, pageSize: Math.max(items.length, 1) };
  }
}
