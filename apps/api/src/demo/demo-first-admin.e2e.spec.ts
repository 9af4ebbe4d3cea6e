import { ConsoleLogger, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { AppModule } from '../app.module';
import { configureHttp } from '../http/configure-http';
import { DEMO_PASSWORD, demoAppOptions } from './demo-options';

/** What the service logs, as `npm run demo` shows it (warnings and errors). */
class CapturingLogger extends ConsoleLogger {
  readonly lines: string[] = [];
  override log(message: unknown) {
    this.lines.push(String(message));
  }
  override warn(message: unknown) {
    this.lines.push(String(message));
  }
}

describe('npm run demo, on its first start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hdnd-demo-admin-'));
  let app: INestApplication;
  const logger = new CapturingLogger();

  beforeAll(async () => {
    const module = await Test.createTestingModule({
      imports: [AppModule.forRoot(demoAppOptions(dataDir))],
    }).compile();
    app = await configureHttp(module.createNestApplication({ logger }));
    await app.init();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('says admin has the demo password, and never that ADMIN_PASSWORD was used', async () => {
    const said = logger.lines.filter((line) => line.includes('"admin"'));
    expect(said).toEqual([expect.stringMatching(/demo/)]);
    expect(said.join('\n')).not.toMatch(/ADMIN_PASSWORD/);
    await request(app.getHttpServer())
      .post('/api/auth/login')
      .send({ username: 'admin', password: DEMO_PASSWORD })
      .expect(200);
  });
});
