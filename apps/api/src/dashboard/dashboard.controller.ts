import { Controller, Get, Query } from '@nestjs/common';
import { DashboardQueries, type Dashboard } from '@hdnd/read-models';
import { ReadQuery } from '../http/list-query.dto';
import { ReadYourWrites } from '../http/read-your-writes';
import { Allow, SUPERVISION_READERS } from '../auth/access.decorator';

/** Counts by status, overdue, obstacles, and each agency's on-time rate. */
@Controller('api/dashboard')
export class DashboardController {
  constructor(
    private readonly dashboard: DashboardQueries,
    private readonly freshness: ReadYourWrites,
  ) {}

  @Get()
  @Allow(...SUPERVISION_READERS)
  async get(@Query() query: ReadQuery): Promise<Dashboard> {
    await this.freshness.atLeast(query.minPosition);
    return this.dashboard.get();
  }
}
