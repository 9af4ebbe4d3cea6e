import { Module, type DynamicModule } from '@nestjs/common';
import { FollowUpScheduler, FOLLOW_UP_INTERVAL_MS } from './follow-up-scheduler';
import {
  defaultFollowUpSettings,
  FollowUpSweep,
  FOLLOW_UP_SETTINGS,
  type FollowUpSettings,
} from './follow-up-sweep';

export interface FollowUpOptions {
  /** Between sweeps; 0 runs none on a schedule (tests run it through the admin route). */
  readonly intervalMs: number;
  readonly settings?: Partial<FollowUpSettings>;
}

/** Following up deadlines: the sweep, and its in-process schedule. Needs the read models. */
@Module({})
export class FollowUpModule {
  static forRoot(options: FollowUpOptions): DynamicModule {
    return {
      module: FollowUpModule,
      providers: [
        {
          provide: FOLLOW_UP_SETTINGS,
          useValue: { ...defaultFollowUpSettings, ...options.settings },
        },
        { provide: FOLLOW_UP_INTERVAL_MS, useValue: options.intervalMs },
        FollowUpSweep,
        FollowUpScheduler,
      ],
      exports: [FollowUpSweep],
    };
  }
}
