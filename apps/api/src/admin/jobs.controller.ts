import { Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { NotFound } from '@hdnd/application';
import { JOBS, type Jobs, type JobView } from '@hdnd/jobs';
import { NoBody } from '../http/no-body.pipe';
import { Allow } from '../auth/access.decorator';
import { IdParam } from '../http/id-param.pipe';

/** Long operations an administrator starts and follows: they answer at once with a job. */
@Controller('api/admin')
export class JobsController {
  constructor(@Inject(JOBS) private readonly jobs: Jobs) {}

  /**
   * Builds every read model again from the first event, beside the ones in use, and swaps them
   * in once caught up (blue/green): reads go on meanwhile and never see a half-built model.
   * While a rebuild is under way, answers its job instead of starting another.
   */
  @Post('projections/rebuild')
  @HttpCode(202)
  @Allow('admin')
  rebuild(@Body(NoBody) _body: unknown): Promise<{ jobId: string }> {
    return this.jobs.rebuildReadModels();
  }

  /** Where a job stands: processed of total, rate, and the time left at that rate. */
  @Get('jobs/:id')
  @Allow('admin')
  async job(@Param('id', IdParam) id: string): Promise<JobView> {
    const job = await this.jobs.find(id);
    if (!job) throw new NotFound('job', id);
    return job;
  }
}
