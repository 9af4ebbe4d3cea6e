import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { startHttp, TEST_PASSWORD } from '@hdnd/testing/http-harness';
import { run } from './main';

/** The ops CLI on a data directory, then the api on the same one: what the CLI did, holds. */
describe('ops CLI: users', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hdnd-cli-'));
  const previous = process.env.DATA_DIR;
  const cli = async (argv: string[], stdin = '') => {
    const lines: string[] = [];
    const code = await run(argv, (line) => lines.push(line), Readable.from([stdin]));
    return { code, out: lines.join('\n') };
  };

  beforeAll(() => {
    process.env.DATA_DIR = dataDir;
  });
  afterAll(() => {
    process.env.DATA_DIR = previous;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates users, lists them, resets a password — and the api signs them in', async () => {
    // The harness's cast, opened by the operator instead of the api's first start.
    for (const [username, role] of [
      ['admin', 'admin'],
      ['thu-ky', 'secretariat'],
      ['kiem-toan', 'auditor'],
    ] as const) {
      const created = await cli(
        ['users:create', '--username', username, '--role', role, '--password-stdin'],
        `${TEST_PASSWORD}\n`,
      );
      expect(created).toEqual({
        code: 0,
        out: expect.stringMatching(/^created \S+ \(\w+\) with id/),
      });
      expect(created.out).not.toContain(TEST_PASSWORD);
    }
    const generated = await cli(['users:create', '--username', 'tam-thoi', '--role', 'auditor']);
    const shown = /password \(shown once\): (\S+)/.exec(generated.out)?.[1];
    expect(shown).toHaveLength(24);

    const list = await cli(['users:list']);
    expect(list.code).toBe(0);
    expect(list.out.split('\n').map((l) => l.split('\t').slice(0, 2))).toEqual([
      ['admin', 'admin'],
      ['kiem-toan', 'auditor'],
      ['tam-thoi', 'auditor'],
      ['thu-ky', 'secretariat'],
    ]);

    const reset = await cli(
      ['users:reset-password', '--username', 'tam-thoi', '--password-stdin'],
      'mat-khau-moi-sau-reset\n',
    );
    expect(reset).toEqual({ code: 0, out: 'reset the password of tam-thoi' });

    // The api on the same directory: the operator's accounts sign in; the reset took.
    const app = await startHttp({ dataDir });
    try {
      await app.login('tam-thoi', 'mat-khau-moi-sau-reset');
      await expect(app.login('tam-thoi', shown)).rejects.toThrow(/401/);
      const events = (await app.auditor().get('/api/audit/events?type=PasswordReset').expect(200))
        .body.items as { metadata: { actor: { username: string } } }[];
      expect(events.map((e) => e.metadata.actor.username)).toEqual([
        expect.stringMatching(/^ops-cli:/),
      ]);
    } finally {
      await app.close();
    }
  });

  it('refuses what breaks a rule with exit code 1 and a usage mistake with 2, recording nothing', async () => {
    expect(await cli(['users:create', '--username', 'thu-ky', '--role', 'auditor'])).toEqual({
      code: 1,
      out: expect.stringContaining('user.username-taken'),
    });
    expect(
      (
        await cli([
          'users:create',
          '--username',
          'vp.ubnd',
          '--role',
          'agency',
          '--agency',
          'khong-co',
        ])
      ).out,
    ).toContain('user.agency-unknown');
    expect((await cli(['users:create', '--username', 'x1x', '--role', 'root'])).code).toBe(2);
    expect((await cli(['users:reset-password', '--username', 'khong-ai'])).code).toBe(2);
    expect(
      (
        await cli(
          ['users:create', '--username', 'ngan', '--role', 'auditor', '--password-stdin'],
          'short\n',
        )
      ).code,
    ).toBe(2);
    expect((await cli(['nonsense'])).code).toBe(2);
    expect((await cli(['users:list'])).out.split('\n')).toHaveLength(4);
  });
});
