/**
 * npm run demo — the service on a fresh temporary data directory with the Tây Ninh case loaded
 * through its own HTTP commands (never by writing rows), then the addresses worth opening.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readRuntimeConfig } from '@hdnd/application';
import { AppModule } from '../app.module';
import { configureHttp } from '../http/configure-http';
import { ids } from './tay-ninh.ids';
import { tayNinhRequests } from './tay-ninh-requests';

async function demo(): Promise<void> {
  const config = readRuntimeConfig();
  const dataDir = mkdtempSync(join(tmpdir(), 'hdnd-demo-'));
  const app = await configureHttp(
    await NestFactory.create(AppModule.forRoot({ dataDir }), { logger: ['error', 'warn'] }),
  );
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
  const base = (await app.getUrl()).replace('[::1]', 'localhost');

  let position = 0;
  for (const request of tayNinhRequests()) {
    const res = await fetch(`${base}${request.path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request.body),
    });
    const body = (await res.json()) as { position?: number };
    if (res.status !== request.status)
      throw new Error(`${request.path} answered ${res.status}: ${JSON.stringify(body)}`);
    position = body.position ?? position;
  }

  const lines = [
    '',
    `Tây Ninh case loaded: ${tayNinhRequests().length} commands, log position ${position}, data in ${dataDir}`,
    '',
    `  API documentation                    ${base}/api/docs`,
    `  delegation (Resolution 135/NQ-HĐND)  ${base}/api/delegations/${ids.delegation}?minPosition=${position}`,
    `  recommendation to UBND tỉnh          ${base}/api/recommendations/${ids.recommendation}`,
    `  VNeID obstacle                       ${base}/api/obstacles/${ids.vneidObstacle}`,
    `  UBND tỉnh and its scorecard          ${base}/api/agencies/${ids.province}`,
    `  search without diacritics            ${base}/api/agencies?q=tay%20ninh`,
    `  dashboard                            ${base}/api/dashboard`,
    `  the log, as an auditor reads it      ${base}/api/audit/events`,
    `  readiness and projections            ${base}/ready`,
    '',
    'Ctrl-C stops it; the temporary data directory stays for a look.',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

void demo();
