import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { EVENT_STORE, type EventStore } from '@hdnd/event-store';
import { PROJECTIONS } from '@hdnd/read-models';
import { AppModule } from '../app.module';

describe('GET /health and /ready', () => {
  let app: INestApplication;
  const dataDir = mkdtempSync(join(tmpdir(), 'hdnd-health-'));

  beforeAll(async () => {
    const module = await Test.createTestingModule({
      imports: [AppModule.forRoot({ dataDir })],
    }).compile();
    app = module.createNestApplication({ logger: false });
    await app.init();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('/health answers 200 while the process lives', async () => {
    const res = await request(app.getHttpServer()).get('/health').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('/ready answers 200 with the log head when the event store answers', async () => {
    const res = await request(app.getHttpServer()).get('/ready').expect(200);
    expect(res.body).toEqual({
      status: 'ready',
      eventStore: { status: 'up', headPosition: '0' },
      projections: PROJECTIONS.map(({ name, version }) => ({
        name,
        version,
        position: '0',
        status: 'running',
        caughtUp: expect.any(Boolean),
      })),
    });
  });

  it('/ready answers 503 once the event store is gone', async () => {
    await app.get<EventStore>(EVENT_STORE).close();
    const res = await request(app.getHttpServer()).get('/ready').expect(503);
    expect(res.body).toMatchObject({ status: 'not-ready', eventStore: { status: 'down' } });
  });
});
