import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { EVENT_STORE, type Clock, type EventStore } from '@hdnd/event-store';
import type { FollowUpOptions } from '@hdnd/application';
import type { WebhookSettings } from '@hdnd/webhooks';
import type { NoticeSettings } from '@hdnd/notices';
import type { Role } from '@hdnd/domain';
import { AppModule, type AuthSettings, configureHttp } from '@hdnd/api';

/** The password the harness gives every account it opens (tests may open more). */
export const TEST_PASSWORD = 'mat-khau-thu-nghiem-2024';

type Agent = Pick<ReturnType<typeof request>, 'get' | 'post' | 'put' | 'patch' | 'delete'>;

/** Requests that carry `token` as their bearer token. */
const withToken = (server: Parameters<typeof request>[0], token: string): Agent => {
  const agent = request(server);
  const bearer = `Bearer ${token}`;
  return {
    get: (url: string) => agent.get(url).set('authorization', bearer),
    post: (url: string) => agent.post(url).set('authorization', bearer),
    put: (url: string) => agent.put(url).set('authorization', bearer),
    patch: (url: string) => agent.patch(url).set('authorization', bearer),
    delete: (url: string) => agent.delete(url).set('authorization', bearer),
  };
};

export interface AccountRequest {
  readonly username: string;
  readonly role: Role;
  readonly displayName?: string;
  readonly agencyId?: string;
  readonly delegationIds?: readonly string[];
}

/**
 * The HTTP service on a fresh SQLite log in a temporary directory, for e2e tests, with the
 * people who use it: `admin` (opened on first start), a secretariat clerk `thu-ky` whose token
 * `http()` sends, and an auditor `kiem-toan`. `account()` opens more (an agency's user, say).
 */
export const startHttp = async (
  options: {
    clock?: Clock;
    dataDir?: string;
    auth?: Partial<AuthSettings>;
    /** Run on EventStoreDB (the emulator, in tests) instead of SQLite. */
    eventStoreUrl?: string;
    /** Webhook delivery: quick retries and timeouts by default, so tests end quickly. */
    webhooks?: Partial<WebhookSettings>;
    /**
     * E-mail digests (give `smtpUrl` to turn them on): quick retries, no schedule — tests send
     * by hand — unless given.
     */
    notices?: Partial<NoticeSettings>;
    /** Background jobs on BullMQ, with their own key prefix, and the sweep's schedule. */
    jobs?: { redisUrl: string; prefix: string; followUp: FollowUpOptions; workers?: boolean };
  } = {},
) => {
  // A given data directory belongs to the caller (a restart test); a fresh one is removed on close.
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'hdnd-http-'));
  const module = await Test.createTestingModule({
    imports: [
      AppModule.forRoot({
        dataDir,
        firstAdmin: { password: TEST_PASSWORD },
        ...(options.clock && { clock: options.clock }),
        ...(options.auth && { auth: options.auth }),
        ...(options.eventStoreUrl && { eventStoreUrl: options.eventStoreUrl }),
        webhooks: {
          maxAttempts: 2,
          backoffMs: 50,
          pollMs: 50,
          timeoutMs: 500,
          ...options.webhooks,
        },
        notices: {
          scheduleMs: 0,
          maxAttempts: 3,
          backoffMs: 50,
          pollMs: 50,
          timeoutMs: 2_000,
          consoleUrl: 'https://giamsat.example.vn',
          ...options.notices,
        },
        ...(options.jobs && {
          redisUrl: options.jobs.redisUrl,
          jobsPrefix: options.jobs.prefix,
          followUp: options.jobs.followUp,
          ...(options.jobs.workers !== undefined && { workers: options.jobs.workers }),
        }),
      }),
    ],
  }).compile();
  const app: INestApplication = await configureHttp(
    module.createNestApplication({ logger: false }),
  );
  await app.init();
  const store = app.get<EventStore>(EVENT_STORE);
  const server = app.getHttpServer() as Parameters<typeof request>[0];

  /** Signs in: the user's id and access token. */
  const signIn = async (username: string, password = TEST_PASSWORD) => {
    const res = await request(server).post('/api/auth/login').send({ username, password });
    if (res.status !== 200)
      throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    return { id: res.body.user.id as string, token: res.body.accessToken as string };
  };
  const login = async (username: string, password = TEST_PASSWORD) =>
    (await signIn(username, password)).token;
  /**
   * Opens an account as admin (on a restarted data directory, finds it open) and signs it in:
   * its id and a client that sends its token.
   */
  const account = async (who: AccountRequest) => {
    const res = await withToken(server, adminToken)
      .post('/api/users')
      .send({ displayName: who.username, ...who, password: TEST_PASSWORD });
    if (res.status !== 201 && res.body?.code !== 'user.username-taken')
      throw new Error(`account ${who.username}: ${res.status} ${JSON.stringify(res.body)}`);
    const { id, token } = await signIn(who.username);
    return { id, token, http: () => withToken(server, token) };
  };
  let adminToken: string;
  let clerk: Awaited<ReturnType<typeof account>>;
  let auditor: Awaited<ReturnType<typeof account>>;
  try {
    adminToken = await login('admin');
    clerk = await account({ username: 'thu-ky', role: 'secretariat', displayName: 'Thư ký HĐND' });
    auditor = await account({ username: 'kiem-toan', role: 'auditor' });
  } catch (error) {
    // A harness that cannot start must not leave the app running: Jest would never exit.
    await app.close();
    throw error;
  }

  let lastPosition = 0;
  /** Sends a command as the clerk that must answer `status`; remembers its position. */
  const command = async (path: string, body: object, status = 200) => {
    const res = await withToken(server, clerk.token).post(path).send(body);
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
    /** Requests as the secretariat clerk. */
    http: () => withToken(server, clerk.token),
    /** Requests as the holder of `token`. */
    as: (token: string) => withToken(server, token),
    /** Requests without a token. */
    anonymous: () => request(server),
    admin: () => withToken(server, adminToken),
    auditor: () => auditor.http(),
    tokens: { admin: adminToken, clerk: clerk.token, auditor: auditor.token },
    login,
    account,
    store,
    dataDir,
    /** A provider of the running app (the read-model database, say). */
    get: <T>(token: string | symbol | (abstract new (...args: never[]) => T)) => app.get<T>(token),
    /** Listens on a free loopback port, for clients that need a URL (the ops CLI): its base URL. */
    listen: async () => {
      await app.listen(0, '127.0.0.1');
      const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
      return `http://127.0.0.1:${port}`;
    },
    /** The log's head position: compare before and after to prove nothing was appended. */
    head: () => store.headPosition(),
    close: async () => {
      await app.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
};

export type HttpHarness = Awaited<ReturnType<typeof startHttp>>;
