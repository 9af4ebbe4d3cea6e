import { Module, type DynamicModule } from '@nestjs/common';
import { ApplicationModule, type ApplicationModuleOptions } from '@hdnd/application';
import { HealthController } from './health/health.controller';

/** The HTTP service. The API of design/API.md grows here, one folder per capability. */
@Module({})
export class AppModule {
  static forRoot(options: ApplicationModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [ApplicationModule.forRoot(options)],
      controllers: [HealthController],
    };
  }
}
