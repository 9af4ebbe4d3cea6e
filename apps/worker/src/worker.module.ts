import { Module, type DynamicModule } from '@nestjs/common';
import { ApplicationModule, type FollowUpOptions } from '@hdnd/application';
import { WebhooksModule, defaultWebhookSettings, type WebhookSettings } from '@hdnd/webhooks';
import { NoticesModule, defaultNoticeSettings, type NoticeSettings } from '@hdnd/notices';
import { JobsModule } from '@hdnd/jobs';
import { ReadModelsModule } from '@hdnd/read-models';

export interface WorkerOptions {
  readonly dataDir: string;
  readonly eventStoreUrl?: string;
  readonly redisUrl: string;
  readonly followUp: FollowUpOptions;
  /** The operator's allowances (WEBHOOK_ALLOW_HOSTS, WEBHOOK_ALLOW_CIDRS); defaults for the rest. */
  readonly webhooks?: Partial<WebhookSettings>;
  /** E-mail digests (SMTP_URL, NOTICE_FROM, CONSOLE_URL…): the worker sends what the api owes. */
  readonly notices?: Partial<NoticeSettings>;
  /** Redis key prefix of the queues (QUEUE_PREFIX); the api of the same deployment uses it too. */
  readonly prefix?: string;
}

/**
 * BullMQ workers only, to scale background work out of the api. Commands go to the same log;
 * the read models are read, not kept (the api's projection runner keeps them).
 */
@Module({})
export class WorkerModule {
  static forRoot(options: WorkerOptions): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ApplicationModule.forRoot({
          dataDir: options.dataDir,
          ...(options.eventStoreUrl !== undefined && { eventStoreUrl: options.eventStoreUrl }),
        }),
        ReadModelsModule.forRoot({ dataDir: options.dataDir, project: false }),
        // Delivers webhook notifications (the api's dispatcher queues them) with the secrets
        // kept in DATA_DIR.
        WebhooksModule.forRoot({
          dataDir: options.dataDir,
          settings: { ...defaultWebhookSettings, ...options.webhooks },
          dispatch: false,
        }),
        NoticesModule.forRoot({
          dataDir: options.dataDir,
          settings: { ...defaultNoticeSettings, ...options.notices },
          dispatch: false,
        }),
        JobsModule.forRoot({
          redisUrl: options.redisUrl,
          workers: true,
          projects: false,
          followUp: options.followUp,
          ...(options.prefix !== undefined && { prefix: options.prefix }),
        }),
      ],
    };
  }
}
