/**
 * npm run demo — the service on a fresh temporary data directory with the Tây Ninh case loaded
 * through its own HTTP commands (never by writing rows), then the addresses worth opening.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitOnSettingsError, readSettings } from '@hdnd/config';
import { AppModule } from '../app.module';
import { configureHttp } from '../http/configure-http';
import { DEMO_PASSWORD, demoAppOptions } from './demo-options';
import {
  ids,
  interpellationIds,
  petitionIds,
  tayNinhPeople,
  tayNinhRequests,
  tayNinhSourceRequests,
  type Sender,
} from '@hdnd/testing';

async function demo(): Promise<void> {
  const { http } = readSettings();
  const dataDir = mkdtempSync(join(tmpdir(), 'hdnd-demo-'));
  const app = await configureHttp(
    await NestFactory.create(AppModule.forRoot(demoAppOptions(dataDir)), {
      logger: ['error', 'warn'],
    }),
  );
  app.enableShutdownHooks();
  await app.listen(http.port, http.host);
  const base = (await app.getUrl()).replace('[::1]', 'localhost');

  const post = async (path: string, body: object, token?: string) => {
    const res = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token !== undefined && { authorization: `Bearer ${token}` }),
      },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const signIn = async (username: string) =>
    (await post('/api/auth/login', { username, password: DEMO_PASSWORD })).body
      .accessToken as string;
  const admin = await signIn('admin');
  const open = async (person: object) => {
    const res = await post('/api/users', { ...person, password: DEMO_PASSWORD }, admin);
    if (res.status !== 201) throw new Error(`POST /api/users answered ${res.status}`);
  };
  await open(tayNinhPeople.secretariat);
  await open(tayNinhPeople.auditor);
  const tokens: Partial<Record<Sender, string>> = {
    secretariat: await signIn(tayNinhPeople.secretariat.username),
  };

  let position = 0;
  const requests = [...tayNinhRequests(), ...tayNinhSourceRequests()];
  for (const request of requests) {
    const sender = request.as ?? 'secretariat';
    if (tokens[sender] === undefined) {
      // UBND tỉnh's office can be given an account only once UBND tỉnh is registered.
      await open(tayNinhPeople[sender]);
      tokens[sender] = await signIn(tayNinhPeople[sender].username);
    }
    const res = await post(request.path, request.body, tokens[sender]);
    const body = res.body as { position?: number };
    if (res.status !== request.status)
      throw new Error(`${request.path} answered ${res.status}: ${JSON.stringify(body)}`);
    position = body.position ?? position;
  }

  const lines = [
    '',
    `Tây Ninh case loaded: ${requests.length} commands, log position ${position}, data in ${dataDir}`,
    '',
    `Mở bảng điều khiển / open the console:  ${base}/`,
    `  Tên đăng nhập / username: thu-ky (Văn phòng HĐND, the secretariat)   Mật khẩu / password: ${DEMO_PASSWORD}`,
    `  also: vp.ubnd-tinh (UBND tỉnh's office, answers)   kiem-toan (auditor)   admin (users, calendar)`,
    '',
    `  đoàn giám sát / delegation (135/NQ-HĐND)  ${base}/delegations/${ids.delegation}`,
    `  kiến nghị / recommendation to UBND tỉnh    ${base}/recommendations/${ids.recommendation}`,
    `  theo dõi / tracker                         ${base}/recommendations`,
    `  phiên chất vấn / interpellation session   ${base}/interpellations/${interpellationIds.session}`,
    `  kiến nghị cử tri / voters' petitions       ${base}/api/petition-rounds/${petitionIds.round}`,
    `  khó khăn, vướng mắc / VNeID obstacle      ${base}/obstacles/${ids.vneidObstacle}`,
    `  UBND tỉnh and its cases                    ${base}/agencies/${ids.province}`,
    '',
    `The API (every password the same; send the accessToken as Authorization: Bearer <token>):`,
    `  sign in                              POST ${base}/api/auth/login {"username", "password"}`,
    `  API documentation                    ${base}/api/docs`,
    `  delegation (Resolution 135/NQ-HĐND)  ${base}/api/delegations/${ids.delegation}?minPosition=${position}`,
    `  recommendation to UBND tỉnh          ${base}/api/recommendations/${ids.recommendation}`,
    `  search without diacritics            ${base}/api/agencies?q=tay%20ninh`,
    `  dashboard                            ${base}/api/dashboard`,
    `  the log, as an auditor reads it      ${base}/api/audit/events`,
    `  the recommendation as first issued   ${base}/api/audit/streams/recommendation-${ids.recommendation}?atRevision=0`,
    `  integrity of the whole log           ${base}/api/audit/integrity`,
    `  the log exported (JSON lines)        ${base}/api/audit/export`,
    `  readiness and projections            ${base}/ready`,
    '',
    'Ctrl-C stops it; the temporary data directory stays for a look.',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

void demo().catch(exitOnSettingsError);
