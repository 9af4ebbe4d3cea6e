import { createServer, type AddressInfo } from 'node:net';
import { PassThrough, Readable } from 'node:stream';
import { ActiveReadModels } from '@hdnd/read-models';
import { tayNinhRequests } from '@hdnd/testing';
import { startHttp, TEST_PASSWORD, type HttpHarness } from '@hdnd/testing/http-harness';
import { run } from '../main';

/** A loopback port nothing listens on (it did a moment ago). */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** npm run cli -- projections:rebuild, against a listening api. */
describe('ops CLI: projections:rebuild', () => {
  let app: HttpHarness;
  let url: string;
  const cli = async (argv: string[], stdin = '') => {
    const lines: string[] = [];
    const code = await run(argv, (line) => lines.push(line), Readable.from([stdin]));
    return { code, out: lines.join('\n') };
  };

  beforeAll(async () => {
    app = await startHttp();
    for (const step of tayNinhRequests()) await app.command(step.path, step.body, step.status);
    url = await app.listen();
  });
  afterAll(() => app.close());

  it('starts the job, follows it to the end and says so', async () => {
    const before = app.get(ActiveReadModels).generation.file;
    const result = await cli(
      ['projections:rebuild', '--url', url, '--username', 'admin', '--password-stdin'],
      `${TEST_PASSWORD}\n`,
    );
    const head = Number(await app.head());
    expect(result).toEqual({
      code: 0,
      out: expect.stringMatching(
        new RegExp(
          `^rebuild job \\S+\\nrebuilt the read models: ${head} positions at [\\d.]+/s, now in service$`,
        ),
      ),
    });
    expect(app.get(ActiveReadModels).generation.file).not.toBe(before);
  });

  it('draws a progress bar on a terminal', async () => {
    // What the operator's terminal receives, captured.
    const terminal = Object.assign(new PassThrough(), { isTTY: true, columns: 120 });
    let drawn = '';
    terminal.on('data', (chunk) => (drawn += String(chunk)));
    const { rebuildThroughApi } = await import('./rebuild-command');
    const code = await rebuildThroughApi(
      { url, username: 'admin', password: TEST_PASSWORD, barStream: terminal, pollMs: 20 },
      () => undefined,
    );
    expect(code).toBe(0);
    expect(drawn).toMatch(/rebuild \|[█░]+\| 100% · \d+\/\d+ positions/);
  });

  it('says what the api refused, with exit code 1, and needs the password on stdin', async () => {
    expect(
      await cli(
        ['projections:rebuild', '--url', url, '--password-stdin'],
        'not-the-password-at-all\n',
      ),
    ).toEqual({ code: 1, out: expect.stringMatching(/^the api refused: 401/) });
    expect(await cli(['projections:rebuild', '--url', url])).toMatchObject({ code: 2 });
    const nobody = `http://127.0.0.1:${await closedPort()}`;
    expect(
      await cli(['projections:rebuild', '--url', nobody, '--password-stdin'], `${TEST_PASSWORD}\n`),
    ).toEqual({ code: 1, out: expect.stringContaining(`the api does not answer at ${nobody}`) });
  });
});
