import { Module } from '@nestjs/common';
import { ImportDirectories } from './import-directory';
import { ImportJobs } from './import-jobs';
import { ImportPlanner } from './import-planner';
import { ImportRunner } from './import-runner';
import { PetitionImports } from './petition-imports';
import { RecommendationImports } from './recommendation-imports';

/** Nhập từ Excel: the register import, its checks, its runs and their jobs. */
@Module({
  providers: [
    ImportDirectories,
    ImportPlanner,
    ImportRunner,
    ImportJobs,
    RecommendationImports,
    PetitionImports,
  ],
  // The controller is the app's (app.module.ts), beside every other route.
  exports: [RecommendationImports, PetitionImports, ImportJobs],
})
export class ImportsModule {}
