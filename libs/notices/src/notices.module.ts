import { Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import { DigestCourier } from './digest-courier';
import { DigestLines } from './digest-lines';
import { SmtpMailer, type NoticeMailer } from './notice-mailer';
import { NoticeDispatcher } from './notice-dispatcher';
import { NoticeOutbox } from './notice-outbox';
import {
  NOTICE_MAILER,
  NOTICE_OUTBOX,
  NOTICE_SETTINGS,
  type NoticeSettings,
} from './notice-settings';

class NoticesLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(NOTICE_OUTBOX) private readonly outbox: NoticeOutbox,
    @Inject(NOTICE_MAILER) private readonly mailer: NoticeMailer,
  ) {}
  onApplicationShutdown(): void {
    this.mailer.close();
    this.outbox.close();
  }
}

/** Without SMTP_URL: a mailer that says so, which nothing calls (nothing is owed). */
const noMailer: NoticeMailer = {
  send: () => Promise.reject(new Error('SMTP_URL is not set: e-mail is off.')),
  close: () => undefined,
};

/** E-mail digests of reminders and missed deadlines: the outbox from the log, and sending. */
@Module({})
export class NoticesModule {
  static forRoot(options: {
    dataDir: string;
    settings: NoticeSettings;
    /** Read the log and owe lines (the api); false in a process that only sends. */
    dispatch?: boolean;
  }): DynamicModule {
    const { smtpUrl } = options.settings;
    const on = smtpUrl !== undefined;
    return {
      module: NoticesModule,
      // Global: BullMQ's digest worker and schedule (libs/jobs) call the courier.
      global: true,
      providers: [
        { provide: NOTICE_SETTINGS, useValue: options.settings },
        {
          provide: NOTICE_OUTBOX,
          useFactory: () => new NoticeOutbox(join(options.dataDir, 'notices.sqlite')),
        },
        {
          provide: NOTICE_MAILER,
          useFactory: (): NoticeMailer =>
            on ? new SmtpMailer({ ...options.settings, smtpUrl }) : noMailer,
        },
        NoticesLifecycle,
        DigestLines,
        ...(on && (options.dispatch ?? true) ? [NoticeDispatcher] : []),
        DigestCourier,
      ],
      exports: [NOTICE_OUTBOX, NOTICE_SETTINGS, DigestCourier],
    };
  }
}
