import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ReadYourWrites } from '../http/read-your-writes';
import { Allow, SUPERVISION_READERS } from '../auth/access.decorator';
import { SessionReports } from './session-reports';
import { SessionReportQuery } from './session-report.query';

/** Documents the council prints: the session report on the follow-up of its recommendations. */
@Controller('api/reports')
export class ReportsController {
  constructor(
    private readonly sessionReports: SessionReports,
    private readonly freshness: ReadYourWrites,
  ) {}

  /**
   * The report "Báo cáo kết quả giám sát việc giải quyết kiến nghị sau giám sát" as a Word
   * document (an attachment): the header block, counts by status and by agency, the overdue
   * list with working days overdue, and every recommendation with its response and status,
   * for a period of issue and a delegation (or all), now or as the record stood at `asOf`.
   * The council's own report on every agency: an agency's officer is refused (403).
   */
  @Get('session')
  @Allow(...SUPERVISION_READERS)
  async session(@Query() query: SessionReportQuery, @Res() response: Response): Promise<void> {
    await this.freshness.atLeast(query.minPosition);
    await this.sessionReports.send(query, response);
  }
}
