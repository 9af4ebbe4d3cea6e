import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Starts an entry point with `env` on top of this process's environment: exit code and stderr. */
const start = (entry: string, env: Record<string, string>) =>
  new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', entry], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.once('exit', (code) => resolve({ code, stderr }));
  });

/**
 * A wrong configuration stops the process before it opens anything, with a message an operator
 * can act on: each wrong variable, what it accepts — and no stack trace to dig it out of.
 */
describe('a refused configuration at start', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hdnd-refused-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('stops the api, naming every wrong variable and what it accepts', async () => {
    const { code, stderr } = await start('apps/api/src/main.ts', {
      DATA_DIR: dataDir,
      PORT: 'abc',
      WORKERS: 'no',
    });
    expect(code).toBe(1);
    expect(stderr).toContain('PORT must be a port number from 0 to 65535, not "abc".');
    expect(stderr).toContain('WORKERS must be "on" or "off", not "no".');
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 30_000);

  it('stops the worker without REDIS_URL, saying why it needs it', async () => {
    const { code, stderr } = await start('apps/worker/src/main.ts', {
      DATA_DIR: dataDir,
      REDIS_URL: '',
    });
    expect(code).toBe(1);
    expect(stderr).toContain('REDIS_URL must be set for the worker');
    expect(stderr).not.toMatch(/^\s+at /m);
  }, 30_000);
});
