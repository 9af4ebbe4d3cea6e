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

/** Reads FOLLOW_UP_INTERVAL_MINUTES and FOLLOW_UP_REMINDER_DAYS ("15,7,3"). */
export const followUpOptionsFromEnv = (env = process.env): FollowUpOptions => {
  const minutes = Number(env.FOLLOW_UP_INTERVAL_MINUTES ?? 60);
  if (!Number.isFinite(minutes) || minutes < 0)
    throw new Error('FOLLOW_UP_INTERVAL_MINUTES must be a number of minutes (0: off).');
  const days = env.FOLLOW_UP_REMINDER_DAYS?.split(',').map((d) => Number(d.trim()));
  if (days?.some((d) => !Number.isInteger(d) || d < 0))
    throw new Error('FOLLOW_UP_REMINDER_DAYS must be whole working days, e.g. "15,7,3".');
  return { intervalMs: minutes * 60_000, ...(days && { settings: { reminderDays: days } }) };
};

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
