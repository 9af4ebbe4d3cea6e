import { ConsoleLogger, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { AppModule } from '../app.module';
import { configureHttp } from '../http/configure-http';

/** Collects what the service logs, to read the password it prints once. */
class CapturingLogger extends ConsoleLogger {
  readonly lines: string[] = [];
  override log(message: unknown) {
    this.lines.push(String(message));
  }
  override warn(message: unknown) {
    this.lines.push(String(message));
  }
}

const start = async (dataDir: string, firstAdmin: { password: string } | 'generate') => {
  const logger = new CapturingLogger();
  const module = await Test.createTestingModule({
    imports: [AppModule.forRoot({ dataDir, firstAdmin })],
  }).compile();
  const app: INestApplication = await configureHttp(module.createNestApplication({ logger }));
  await app.init();
  return { app, logger };
};

describe('the first start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hdnd-first-admin-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('opens admin with a random password printed once, and only on the first start', async () => {
    const first = await start(dataDir, 'generate');
    const printed = first.logger.lines.join('\n');
    const password = /created "admin" with password (\S+)/.exec(printed)?.[1];
    expect(password).toHaveLength(24);
    const login = await request(first.app.getHttpServer())
      .post('/api/auth/login')
      .send({ username: 'admin', password })
      .expect(200);
    expect(login.body.user).toMatchObject({ username: 'admin', role: 'admin' });
    await first.app.close();

    const second = await start(dataDir, 'generate');
    expect(second.logger.lines.join('\n')).not.toMatch(/created "admin"/);
    await request(second.app.getHttpServer())
      .post('/api/auth/login')
      .send({ username: 'admin', password })
      .expect(200);
    await second.app.close();
  });

  it('refuses to start with an ADMIN_PASSWORD shorter than 12 characters', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'hdnd-first-admin-'));
    await expect(start(fresh, { password: 'short' })).rejects.toThrow(/at least 12/);
    rmSync(fresh, { recursive: true, force: true });
  });
});
