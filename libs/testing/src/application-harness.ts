import { Test } from '@nestjs/testing';
import { CommandBus } from '@nestjs/cqrs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ApplicationModule,
  DeciderExecutor,
  SubmitAgencyCommand,
  SubmitDelegationCommand,
  SubmitObstacleCommand,
  SubmitRecommendationCommand,
  type CommandContext,
  type CommandResult,
} from '@hdnd/application';
import { EVENT_STORE, type Clock, type EventStore } from '@hdnd/event-store';
import type { ScenarioStep } from './tay-ninh';

export const FIXED_NOW = new Date('2025-12-01T09:00:00.000Z');

/** Ids that repeat run after run, so tests can name what they expect. */
export const sequentialIds = (prefix = 'id') => {
  let n = 0;
  return { next: () => `${prefix}-${++n}` };
};

export const secretariat: CommandContext['actor'] = {
  userId: 'u-vp',
  username: 'van.phong',
  role: 'secretariat',
};

/** The application on a fresh SQLite log in a temporary directory, driven through the CommandBus. */
export const startApplication = async (options: { clock?: Clock } = {}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hdnd-app-'));
  const module = await Test.createTestingModule({
    imports: [
      ApplicationModule.forRoot({
        dataDir,
        clock: options.clock ?? { now: () => FIXED_NOW },
        ids: sequentialIds('ev'),
      }),
    ],
  }).compile();
  const app = module.createNestApplication({ logger: false });
  await app.init();
  const bus = app.get(CommandBus);
  const store = app.get<EventStore>(EVENT_STORE);
  let commands = 0;
  const context = (over: Partial<CommandContext> = {}): CommandContext => {
    commands += 1;
    return {
      commandId: `cmd-${commands}`,
      correlationId: `corr-${commands}`,
      actor: secretariat,
      ...over,
    };
  };
  const submit = (
    step: ScenarioStep,
    over: Partial<CommandContext> = {},
  ): Promise<CommandResult> => {
    const ctx = context(over);
    switch (step.aggregate) {
      case 'agency':
        return bus.execute(new SubmitAgencyCommand(step.input, ctx));
      case 'delegation':
        return bus.execute(new SubmitDelegationCommand(step.input, ctx));
      case 'recommendation':
        return bus.execute(new SubmitRecommendationCommand(step.input, ctx));
      case 'obstacle':
        return bus.execute(new SubmitObstacleCommand(step.input, ctx));
    }
  };
  return {
    store,
    submit,
    executor: app.get(DeciderExecutor),
    dataDir,
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

export const collect = async <T>(iterable: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
};
