import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { EVENT_STORE, type Clock, type EventStore } from '@hdnd/event-store';
import { AppModule } from '../../apps/api/src/app.module';
import { configureHttp } from '../../apps/api/src/http/configure-http';

/** The HTTP service on a fresh SQLite log in a temporary directory, for e2e tests. */
export const startHttp = async (options: { clock?: Clock; dataDir?: string } = {}) => {
  // A given data directory belongs to the caller (a restart test); a fresh one is removed on close.
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'hdnd-http-'));
  const module = await Test.createTestingModule({
    imports: [AppModule.forRoot({ dataDir, ...(options.clock && { clock: options.clock }) })],
  }).compile();
  const app: INestApplication = await configureHttp(
    module.createNestApplication({ logger: false }),
  );
  await app.init();
  const store = app.get<EventStore>(EVENT_STORE);
  let lastPosition = 0;
  /** Sends a command that must answer `status`; remembers its position for ?minPosition=. */
  const command = async (path: string, body: object, status = 200) => {
    const res = await request(app.getHttpServer()).post(path).send(body);
    if (res.status !== status)
      throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    lastPosition = res.body.position as number;
    return res.body as {
      id: string;
      revision: number;
      position: number;
      [related: string]: unknown;
    };
  };
  return {
    command,
    /** The log position of the last command sent through `command`. */
    lastPosition: () => lastPosition,
    http: () => request(app.getHttpServer()),
    store,
    dataDir,
    /** The log's head position: compare before and after to prove nothing was appended. */
    head: () => store.headPosition(),
    close: async () => {
      await app.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

export type HttpHarness = Awaited<ReturnType<typeof startHttp>>;
