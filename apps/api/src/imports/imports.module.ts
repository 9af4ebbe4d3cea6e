import { Module } from '@nestjs/common';
import { ImportDirectories } from './import-directory';
import { ImportJobs } from './import-jobs';
import { ImportPlanner } from './import-planner';
import { ImportRunner } from './import-runner';
import { ImportsController } from './imports.controller';
import { RecommendationImports } from './recommendation-imports';

/** Nhập từ Excel: the register import, its checks, its runs and their jobs. */
@Module({
  providers: [ImportDirectories, ImportPlanner, ImportRunner, ImportJobs, RecommendationImports],
  controllers: [ImportsController],
  exports: [ImportJobs],
})
export class ImportsModule {}
