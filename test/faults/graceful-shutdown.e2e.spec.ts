import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** Graceful shutdown (docs/jobs.md): SIGTERM lets the request in flight finish, then the process exits 0. */
describe('graceful shutdown of the api', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hdnd-sigterm-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('answers the request in flight and exits 0 within 10 s of SIGTERM', async () => {
    const port = await freePort();
    const api = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        PORT: String(port),
        ADMIN_PASSWORD: 'mat-khau-quan-tri-2024',
        FOLLOW_UP_INTERVAL_MINUTES: '0',
      },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) =>
      api.once('exit', (code) => resolve(code)),
    );
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      if (
        await fetch(`${base}/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'mat-khau-quan-tri-2024' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    // A read that waits (up to ~2 s) for a log position that will not come: in flight at SIGTERM.
    const inFlight = fetch(`${base}/api/recommendations?minPosition=999999`, {
      headers: { authorization: `Bearer ${accessToken}` },
    }).then((r) => r.status);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const signalled = Date.now();
    api.kill('SIGTERM');
    expect(await inFlight).toBe(503);
    expect(await exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(10_000);
  }, 60_000);
});
