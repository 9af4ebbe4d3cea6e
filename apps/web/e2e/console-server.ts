import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule, configureHttp, DEMO_PASSWORD } from '@hdnd/api';
import { tayNinhPeople, tayNinhRequests, type Sender } from '@hdnd/testing';

/** Builds the console when its build is missing or stale, as `npm test` does first. */
const buildConsole = (): void => {
  const run = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', join(__dirname, '..', 'tools', 'build-if-stale.ts')],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`building the console failed: ${run.stderr}`);
};

/**
 * The api as `npm run demo` runs it, serving the built console, on a free loopback port, with
 * the Tây Ninh case loaded through its own HTTP commands.
 */
export const startConsole = async (
  options: {
    /** Hosts the webhooks' SSRF guard lets through (WEBHOOK_ALLOW_HOSTS): a test's receiver. */
    webhookAllowHosts?: readonly string[];
  } = {},
) => {
  buildConsole();
  const dataDir = mkdtempSync(join(tmpdir(), 'hdnd-console-'));
  let app: INestApplication | undefined;
  try {
    app = await configureHttp(
      await NestFactory.create(
        AppModule.forRoot({
          dataDir,
          firstAdmin: { password: DEMO_PASSWORD },
          // The tests sign the same people in many times a minute.
          auth: { loginAttemptsPerMinute: 1000 },
          ...(options.webhookAllowHosts && {
            webhooks: { allowHosts: options.webhookAllowHosts },
          }),
        }),
        { logger: false },
      ),
    );
    await app.listen(0, '127.0.0.1');
    const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;
    await loadTayNinh(base);
    const running = app;
    return {
      base,
      password: DEMO_PASSWORD,
      /** The api's data directory: its SQLite log is `events.sqlite` there (tamper tests). */
      dataDir,
      close: async () => {
        await running.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
};

const loadTayNinh = async (base: string): Promise<void> => {
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
  for (const request of tayNinhRequests()) {
    const sender = request.as ?? 'secretariat';
    if (tokens[sender] === undefined) {
      await open(tayNinhPeople[sender]);
      tokens[sender] = await signIn(tayNinhPeople[sender].username);
    }
    const res = await post(request.path, request.body, tokens[sender]);
    if (res.status !== request.status)
      throw new Error(`${request.path} answered ${res.status}: ${JSON.stringify(res.body)}`);
  }
};
