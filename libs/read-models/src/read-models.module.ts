import {
  Injectable,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { EVENT_STORE, systemClock, type EventStore, type Clock } from '@hdnd/event-store';
import { AGENCY_CASES, agencyCasesFrom } from './agencies/agency-cases';
import { AgencyQueries } from './agencies/agencies.queries';
import { DashboardQueries } from './dashboard/dashboard.queries';
import { DelegationQueries } from './delegations/delegations.queries';
import { InterpellationQueries } from './interpellations/interpellations.queries';
import { PetitionRoundQueries } from './voter-petitions/petition-rounds.queries';
import { CommitteeSupervisionQueries } from './committee-supervisions/committee-supervisions.queries';
import { ExplanationSessionQueries } from './explanation-sessions/explanation-sessions.queries';
import { ActiveReadModels } from './generations/active-read-models';
import { ReadModelRebuild } from './generations/read-model-rebuild';
import { PROJECTIONS } from './projections';
import { ObstacleQueries } from './obstacles/obstacles.queries';
import { PublicQueries } from './public/public.queries';
import {
  OPEN_RECOMMENDATIONS,
  openRecommendationsFrom,
} from './recommendations/open-recommendations';
import { RecommendationQueries } from './recommendations/recommendations.queries';
import { RecommendationRegister } from './register/recommendation-register';

export interface ReadModelsModuleOptions {
  /** The read models live in `${dataDir}/read-models*.sqlite` (see generation-files.ts). */
  readonly dataDir?: string;
  readonly clock?: Clock;
  /**
   * Keep the read models up from the log (default). A worker process reads them only: one
   * projection runner per read-model database.
   */
  readonly project?: boolean;
}

@Injectable()
class ReadModelsLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly readModels: ActiveReadModels,
    private readonly rebuild: ReadModelRebuild,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.readModels.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.rebuild.stop();
    await this.readModels.stop();
  }
}

const CLOCK = Symbol('READ_MODELS_CLOCK');

/** Read models on their own database, kept up by the projection runner from the log. */
@Module({})
export class ReadModelsModule {
  static forRoot(options: ReadModelsModuleOptions): DynamicModule {
    const queries = <T>(make: (source: ActiveReadModels, clock: Clock) => T) => ({
      inject: [ActiveReadModels, CLOCK],
      useFactory: make,
    });
    return {
      module: ReadModelsModule,
      // Global: the application's succession policy reads agencies' open cases through it.
      global: true,
      providers: [
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        {
          provide: ActiveReadModels,
          inject: [EVENT_STORE, CLOCK],
          useFactory: (store: EventStore, clock: Clock) =>
            new ActiveReadModels({
              dataDir: options.dataDir ?? './data',
              store,
              projections: PROJECTIONS,
              clock,
              project: options.project ?? true,
            }),
        },
        {
          provide: ReadModelRebuild,
          inject: [ActiveReadModels, EVENT_STORE],
          useFactory: (active: ActiveReadModels, store: EventStore) =>
            new ReadModelRebuild(active, store),
        },
        { provide: AgencyQueries, ...queries((s, clock) => new AgencyQueries(s, clock)) },
        { provide: DelegationQueries, ...queries((s) => new DelegationQueries(s)) },
        { provide: InterpellationQueries, ...queries((s) => new InterpellationQueries(s)) },
        { provide: PetitionRoundQueries, ...queries((s) => new PetitionRoundQueries(s)) },
        {
          provide: CommitteeSupervisionQueries,
          ...queries((s) => new CommitteeSupervisionQueries(s)),
        },
        {
          provide: ExplanationSessionQueries,
          ...queries((s) => new ExplanationSessionQueries(s)),
        },
        {
          provide: RecommendationQueries,
          ...queries((s, clock) => new RecommendationQueries(s, clock)),
        },
        {
          provide: RecommendationRegister,
          ...queries((s, clock) => new RecommendationRegister(s, clock)),
        },
        { provide: ObstacleQueries, ...queries((s) => new ObstacleQueries(s)) },
        { provide: PublicQueries, ...queries((s) => new PublicQueries(s)) },
        { provide: DashboardQueries, ...queries((s, clock) => new DashboardQueries(s, clock)) },
        { provide: OPEN_RECOMMENDATIONS, ...queries((s) => openRecommendationsFrom(s)) },
        { provide: AGENCY_CASES, ...queries((s) => agencyCasesFrom(s)) },
        ReadModelsLifecycle,
      ],
      exports: [
        ActiveReadModels,
        ReadModelRebuild,
        AgencyQueries,
        DelegationQueries,
        InterpellationQueries,
        PetitionRoundQueries,
        CommitteeSupervisionQueries,
        ExplanationSessionQueries,
        RecommendationQueries,
        RecommendationRegister,
        ObstacleQueries,
        PublicQueries,
        DashboardQueries,
        AGENCY_CASES,
        OPEN_RECOMMENDATIONS,
      ],
    };
  }
}
