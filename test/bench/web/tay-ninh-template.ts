import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule, configureHttp } from '@hdnd/api';
import { SqliteEventStore, type RecordedEvent } from '@hdnd/event-store';
import { tayNinhPeople, tayNinhRequests, type Sender } from '@hdnd/testing';

const PASSWORD = 'bench-template-password';

/**
 * The Tây Ninh case as the events the product itself records: an api in this process, on a
 * fresh log, is sent the case's HTTP commands (the secretariat's and UBND tỉnh's office's), and
 * the log it wrote is read back. Accounts are left out: the bench's api opens its own.
 */
export const tayNinhTemplate = async (): Promise<RecordedEvent[]> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hdnd-bench-web-template-'));
  try {
    const app = await configureHttp(
      await NestFactory.create(
        AppModule.forRoot({
          dataDir,
          firstAdmin: { password: PASSWORD },
          auth: { loginAttemptsPerMinute: 1000 },
        }),
        { logger: false },
      ),
    );
    try {
      await app.listen(0, '127.0.0.1');
      const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
      const base = `http://127.0.0.1:${port}`;
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
        (await post('/api/auth/login', { username, password: PASSWORD })).body
          .accessToken as string;
      const admin = await signIn('admin');
      const tokens: Partial<Record<Sender, string>> = {};
      for (const request of tayNinhRequests()) {
        const sender = request.as ?? 'secretariat';
        if (tokens[sender] === undefined) {
          await post('/api/users', { ...tayNinhPeople[sender], password: PASSWORD }, admin);
          tokens[sender] = await signIn(tayNinhPeople[sender].username);
        }
        const res = await post(request.path, request.body, tokens[sender]);
        if (res.status !== request.status)
          throw new Error(`${request.path} answered ${res.status}: ${JSON.stringify(res.body)}`);
      }
    } finally {
      await app.close();
    }
    const store = new SqliteEventStore({ file: join(dataDir, 'events.sqlite') });
    const events: RecordedEvent[] = [];
    for await (const event of store.readAll())
      if (!event.streamId.startsWith('user-')) events.push(event);
    await store.close();
    return events;
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
};
