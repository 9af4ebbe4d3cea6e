import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { redisAnswers } from './redis';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/**
 * A redis-server of the test's own, on a free port, configured as BullMQ needs it in
 * production — every write fsynced to the append-only file, no eviction — so that a test may
 * kill it and start it again on the same files.
 */
export class OwnRedis {
  private process: ChildProcess | undefined;
  readonly dir = mkdtempSync(join(tmpdir(), 'hdnd-redis-'));
  port = 0;
  private overrides: readonly string[] = [];

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** `overrides`: settings given after the durable ones, e.g. to start a careless Redis. */
  async start(overrides: readonly string[] = this.overrides): Promise<this> {
    this.overrides = overrides;
    this.port ||= await freePort();
    this.process = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--dir',
        this.dir,
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
        '--save',
        '',
        '--maxmemory-policy',
        'noeviction',
        ...overrides,
      ],
      { stdio: 'ignore' },
    );
    for (let i = 0; i < 50 && !redisAnswers(this.url); i++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    if (!redisAnswers(this.url)) throw new Error(`redis-server did not start on ${this.port}`);
    return this;
  }

  /** kill -9: whatever was not fsynced is lost (with appendfsync always, nothing acknowledged). */
  async kill(): Promise<void> {
    const child = this.process;
    this.process = undefined;
    if (!child || child.exitCode !== null) return;
    await new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGKILL');
    });
  }

  async stop(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
