import {
  Inject,
  Injectable,
  Module,
  type DynamicModule,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { join } from 'node:path';
import { EVENT_STORE, systemClock, type Clock, type EventStore } from '@hdnd/event-store';
import { AGENCY_CASES, agencyCasesFrom } from './agencies/agency-cases';
import {
  OPEN_RECOMMENDATIONS,
  openRecommendationsFrom,
} from './recommendations/open-recommendations';
import { AgencyQueries } from './agencies/agencies.queries';
import { agenciesProjection } from './agencies/agencies.projection';
import { openReadModelDatabase, type ReadModelDb } from './database/read-model-database';
import { DashboardQueries } from './dashboard/dashboard.queries';
import { DelegationQueries } from './delegations/delegations.queries';
import { delegationsProjection } from './delegations/delegations.projection';
import { ObstacleQueries } from './obstacles/obstacles.queries';
import { obstaclesProjection } from './obstacles/obstacles.projection';
import { RecommendationQueries } from './recommendations/recommendations.queries';
import { recommendationsProjection } from './recommendations/recommendations.projection';
import { ProjectionRunner } from './runner/projection-runner';

export const READ_MODEL_DB = Symbol('READ_MODEL_DB');
/**
 * A second connection for queries. Kysely serialises the statements of one connection, and the
 * projection runner keeps its connection busy with back-to-back transactions; with WAL, reads on
 * their own connection see every committed checkpoint without waiting for the writer.
 */
export const READ_MODEL_QUERY_DB = Symbol('READ_MODEL_QUERY_DB');

/** Every projection the service keeps; each folder holds one, with its queries. */
export const PROJECTIONS = [
  agenciesProjection,
  delegationsProjection,
  recommendationsProjection,
  obstaclesProjection,
] as const;

export interface ReadModelsModuleOptions {
  /** The read models live in `${dataDir}/read-models.sqlite`. */
  readonly dataDir?: string;
  readonly clock?: Clock;
  /**
   * Keep the read models up from the log (default). A worker process reads them only: one
   * projection runner per read-model database.
   */
  readonly project?: boolean;
}

const PROJECT = Symbol('PROJECT');

@Injectable()
class ReadModelsLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    private readonly runner: ProjectionRunner,
    @Inject(READ_MODEL_DB) private readonly db: ReadModelDb,
    @Inject(READ_MODEL_QUERY_DB) private readonly queryDb: ReadModelDb,
    @Inject(PROJECT) private readonly project: boolean,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.project) await this.runner.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.stop();
    await this.queryDb.destroy();
    await this.db.destroy();
  }
}

/** Read models on their own database, kept up by the projection runner from the log. */
@Module({})
export class ReadModelsModule {
  static forRoot(options: ReadModelsModuleOptions): DynamicModule {
    const file = join(options.dataDir ?? './data', 'read-models.sqlite');
    return {
      module: ReadModelsModule,
      // Global: the application's succession policy reads agencies' open cases through it.
      global: true,
      providers: [
        { provide: PROJECT, useValue: options.project ?? true },
        { provide: READ_MODEL_DB, useFactory: () => openReadModelDatabase(file) },
        // Opened after the writer, which creates the file.
        {
          provide: READ_MODEL_QUERY_DB,
          inject: [READ_MODEL_DB],
          useFactory: () => openReadModelDatabase(file),
        },
        {
          provide: ProjectionRunner,
          inject: [EVENT_STORE, READ_MODEL_DB],
          useFactory: (store: EventStore, db: ReadModelDb) =>
            new ProjectionRunner(store, db, PROJECTIONS, options.clock ?? systemClock),
        },
        {
          provide: AgencyQueries,
          inject: [READ_MODEL_QUERY_DB],
          useFactory: (db: ReadModelDb) => new AgencyQueries(db, options.clock ?? systemClock),
        },
        {
          provide: DelegationQueries,
          inject: [READ_MODEL_QUERY_DB],
          useFactory: (db: ReadModelDb) => new DelegationQueries(db),
        },
        {
          provide: RecommendationQueries,
          inject: [READ_MODEL_QUERY_DB],
          useFactory: (db: ReadModelDb) =>
            new RecommendationQueries(db, options.clock ?? systemClock),
        },
        {
          provide: ObstacleQueries,
          inject: [READ_MODEL_QUERY_DB],
          useFactory: (db: ReadModelDb) => new ObstacleQueries(db),
        },
        {
          provide: DashboardQueries,
          inject: [READ_MODEL_QUERY_DB],
          useFactory: (db: ReadModelDb) => new DashboardQueries(db, options.clock ?? systemClock),
        },
        {
          provide: OPEN_RECOMMENDATIONS,
          inject: [READ_MODEL_QUERY_DB],
          useFactory: (db: ReadModelDb) => openRecommendationsFrom(db),
        },
        {
          provide: AGENCY_CASES,
          inject: [READ_MODEL_QUERY_DB, ProjectionRunner],
          useFactory: (db: ReadModelDb, runner: ProjectionRunner) => agencyCasesFrom(db, runner),
        },
        ReadModelsLifecycle,
      ],
      exports: [
        ProjectionRunner,
        AgencyQueries,
        DelegationQueries,
        RecommendationQueries,
        ObstacleQueries,
        DashboardQueries,
        AGENCY_CASES,
        OPEN_RECOMMENDATIONS,
        READ_MODEL_DB,
        READ_MODEL_QUERY_DB,
      ],
    };
  }
}
