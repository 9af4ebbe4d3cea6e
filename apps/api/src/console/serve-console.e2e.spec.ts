import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { AppModule } from '../app.module';
import { configureHttp } from '../http/configure-http';

/** A console build as Vite writes one: index.html naming a hashed script file. */
const INDEX = `<!doctype html><html lang="vi"><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>`;

describe('the web console at /', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hdnd-console-'));
  const consoleDir = join(dir, 'web');
  let app: INestApplication;
  let server: Parameters<typeof request>[0];

  beforeAll(async () => {
    mkdirSync(join(consoleDir, 'assets'), { recursive: true });
    writeFileSync(join(consoleDir, 'index.html'), INDEX);
    writeFileSync(join(consoleDir, 'assets', 'index-abc123.js'), 'console.log("hdnd")');
    // As main.ts does: a testing module would instantiate the static server's loader before
    // the HTTP adapter exists, and serve nothing.
    app = await configureHttp(
      await NestFactory.create(AppModule.forRoot({ dataDir: join(dir, 'data'), consoleDir }), {
        logger: false,
      }),
    );
    await app.init();
    server = app.getHttpServer() as Parameters<typeof request>[0];
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the app at / as HTML, asked for again every time', async () => {
    const res = await request(server).get('/').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('<div id="root"></div>');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('answers a deep link with index.html, so the page it names opens', async () => {
    const res = await request(server).get('/delegations/x').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toBe(INDEX);
  });

  it('serves the hashed assets as files that may be kept', async () => {
    const res = await request(server).get('/assets/index-abc123.js').expect(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it('leaves every /api path to the API: an unknown one is its 404 problem, not the page', async () => {
    for (const path of ['/api/nope', '/api', '/api/recommendations/x/nothing-here']) {
      const res = await request(server).get(path).expect(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 404, code: expect.any(String) });
    }
  });

  it('leaves /health and /ready to the API', async () => {
    const health = await request(server).get('/health').expect(200);
    expect(health.headers['content-type']).toMatch(/^application\/json/);
    const ready = await request(server).get('/ready');
    expect(ready.headers['content-type']).toMatch(/^application\/json/);
  });

  it('keeps a content policy that runs no inline script', async () => {
    const res = await request(server).get('/').expect(200);
    const policy = String(res.headers['content-security-policy']);
    const scripts = /(?:^|;)\s*script-src ([^;]*)/.exec(policy)?.[1];
    expect(scripts).toBe("'self'");
    expect(policy).toMatch(/script-src-attr 'none'/);
    expect(policy).toMatch(/object-src 'none'/);
  });
});
