import { Module, type DynamicModule } from '@nestjs/common';
import { ApplicationModule, type ApplicationModuleOptions } from '@hdnd/application';
import { AgenciesController } from './agencies/agencies.controller';
import { AuditController } from './audit/audit.controller';
import { DelegationsController } from './delegations/delegations.controller';
import { HealthController } from './health/health.controller';
import { ObstaclesController } from './obstacles/obstacles.controller';
import { RecommendationsController } from './recommendations/recommendations.controller';

/** The HTTP service. The API of design/API.md grows here, one folder per capability. */
@Module({})
export class AppModule {
  static forRoot(options: ApplicationModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [ApplicationModule.forRoot(options)],
      controllers: [
        HealthController,
        AgenciesController,
        DelegationsController,
        RecommendationsController,
        ObstaclesController,
        AuditController,
      ],
    };
  }
}
