import { Module, type DynamicModule } from '@nestjs/common';
import {
  ApplicationModule,
  type ApplicationModuleOptions,
  type FollowUpOptions,
} from '@hdnd/application';
import { WebhooksModule, defaultWebhookSettings, type WebhookSettings } from '@hdnd/webhooks';
import { NoticesModule, defaultNoticeSettings, type NoticeSettings } from '@hdnd/notices';
import { NoticesController } from './admin/notices.controller';
import { AuditModule } from '@hdnd/audit';
import { IdentityModule, type IdentityModuleOptions } from '@hdnd/identity';
import { CalendarController } from './admin/calendar.controller';
import { JobsModule } from '@hdnd/jobs';
import { FollowUpController } from './admin/follow-up.controller';
import { WebhooksController } from './webhooks/webhooks.controller';
import { JobsController } from './admin/jobs.controller';
import { IntegrityController } from './audit/integrity.controller';
import { IntegrityVerifications } from './audit/integrity-verifications';
import { ReadModelsModule } from '@hdnd/read-models';
import { ReadYourWrites } from './http/read-your-writes';
import { CaseReads } from './http/case-reads';
import { RegisterSpreadsheets } from './recommendations/register-spreadsheets';
import { ReportsController } from './reports/reports.controller';
import { SessionReports } from './reports/session-reports';
import { CaseHistoryDocuments } from './recommendations/case-history-documents';
import type { AuthSettings } from './auth/auth-settings';
import { AuthModule } from './auth/auth.module';
import { serveConsole } from './console/serve-console';
import { AgenciesController } from './agencies/agencies.controller';
import { AuditController } from './audit/audit.controller';
import { DashboardController } from './dashboard/dashboard.controller';
import { DelegationsController } from './delegations/delegations.controller';
import { InterpellationsController } from './interpellations/interpellations.controller';
import { PetitionsController } from './petitions/petitions.controller';
import { CommitteeSupervisionsController } from './committee-supervisions/committee-supervisions.controller';
import { ExplanationSessionsController } from './explanation-sessions/explanation-sessions.controller';
import { HealthController } from './health/health.controller';
import { PublicController } from './public/public.controller';
import { PublicAnswers } from './public/public-answers';
import { ObstacleQueriesController } from './obstacles/obstacle-queries.controller';
import { ObstaclesController } from './obstacles/obstacles.controller';
import { RecommendationQueriesController } from './recommendations/recommendation-queries.controller';
import { RecommendationsController } from './recommendations/recommendations.controller';
import { ImportsModule } from './imports/imports.module';
import { ImportsController } from './imports/imports.controller';

export interface AppModuleOptions extends ApplicationModuleOptions, IdentityModuleOptions {
  readonly dataDir: string;
  /** The deadline sweep's schedule (FOLLOW_UP_INTERVAL_MINUTES…); none unless given. */
  readonly followUp?: FollowUpOptions;
  /** Background jobs on BullMQ (REDIS_URL); in-process without it. */
  readonly redisUrl?: string;
  /** Host BullMQ workers in this process (default); WORKERS=off leaves them to apps/worker. */
  readonly workers?: boolean;
  /** Redis key prefix of the queues (QUEUE_PREFIX; tests use their own). */
  readonly jobsPrefix?: string;
  /** Webhook delivery settings (WEBHOOK_ALLOW_HOSTS, WEBHOOK_ALLOW_CIDRS); defaults unless given. */
  readonly webhooks?: Partial<WebhookSettings>;
  /** E-mail digests (SMTP_URL, NOTICE_FROM, CONSOLE_URL…); off unless an SMTP URL is given. */
  readonly notices?: Partial<NoticeSettings>;
  /** Between signed log checkpoints (AUDIT_CHECKPOINT_MINUTES); none on a schedule unless given. */
  readonly checkpointEveryMs?: number;
  /** The checkpoint signing key (AUDIT_SIGNING_KEY); the one kept in `dataDir` unless given. */
  readonly signingKeyPem?: string;
  /** Tokens and limits (JWT_SECRET, CORS_ORIGINS…); the defaults and a kept secret unless given. */
  readonly auth?: Partial<AuthSettings>;
  /** The built web console served at `/` (apps/web/dist unless given). */
  readonly consoleDir?: string;
}

/** The HTTP service. The API of docs/http-api.md grows here, one folder per capability. */
@Module({})
export class AppModule {
  static forRoot(options: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ApplicationModule.forRoot(options),
        IdentityModule.forRoot(options),
        ReadModelsModule.forRoot(options),
        JobsModule.forRoot({
          ...(options.redisUrl !== undefined && { redisUrl: options.redisUrl }),
          workers: options.workers ?? true,
          ...(options.jobsPrefix !== undefined && { prefix: options.jobsPrefix }),
          followUp: options.followUp ?? { intervalMs: 0 },
        }),
        WebhooksModule.forRoot({
          dataDir: options.dataDir,
          settings: { ...defaultWebhookSettings, ...options.webhooks },
        }),
        NoticesModule.forRoot({
          dataDir: options.dataDir,
          settings: { ...defaultNoticeSettings, ...options.notices },
        }),
        AuditModule.forRoot({
          dataDir: options.dataDir,
          checkpointEveryMs: options.checkpointEveryMs ?? 0,
          ...(options.signingKeyPem !== undefined && { signingKeyPem: options.signingKeyPem }),
        }),
        AuthModule.forRoot({
          dataDir: options.dataDir,
          ...(options.auth && { settings: options.auth }),
        }),
        ImportsModule,
        ...serveConsole(options.consoleDir),
      ],
      providers: [
        ReadYourWrites,
        CaseReads,
        IntegrityVerifications,
        PublicAnswers,
        RegisterSpreadsheets,
        SessionReports,
        CaseHistoryDocuments,
      ],
      controllers: [
        HealthController,
        AgenciesController,
        DelegationsController,
        InterpellationsController,
        PetitionsController,
        CommitteeSupervisionsController,
        ExplanationSessionsController,
        RecommendationsController,
        RecommendationQueriesController,
        ObstaclesController,
        ObstacleQueriesController,
        PublicController,
        DashboardController,
        ReportsController,
        AuditController,
        FollowUpController,
        CalendarController,
        WebhooksController,
        NoticesController,
        JobsController,
        IntegrityController,
        ImportsController,
      ],
    };
  }
}
