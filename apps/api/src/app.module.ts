import { Module, type DynamicModule } from '@nestjs/common';
import { ApplicationModule, type ApplicationModuleOptions } from '@hdnd/application';
import { ReadModelsModule } from '@hdnd/read-models';
import { ReadYourWrites } from './http/read-your-writes';
import { AgenciesController } from './agencies/agencies.controller';
import { AuditController } from './audit/audit.controller';
import { DashboardController } from './dashboard/dashboard.controller';
import { DelegationsController } from './delegations/delegations.controller';
import { HealthController } from './health/health.controller';
import { ObstacleQueriesController } from './obstacles/obstacle-queries.controller';
import { ObstaclesController } from './obstacles/obstacles.controller';
import { RecommendationQueriesController } from './recommendations/recommendation-queries.controller';
import { RecommendationsController } from './recommendations/recommendations.controller';

/** The HTTP service. The API of design/API.md grows here, one folder per capability. */
@Module({})
export class AppModule {
  static forRoot(options: ApplicationModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [ApplicationModule.forRoot(options), ReadModelsModule.forRoot(options)],
      providers: [ReadYourWrites],
      controllers: [
        HealthController,
        AgenciesController,
        DelegationsController,
        RecommendationsController,
        RecommendationQueriesController,
        ObstaclesController,
        ObstacleQueriesController,
        DashboardController,
        AuditController,
      ],
    };
  }
}
