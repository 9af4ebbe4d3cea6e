import { run } from './main';

/** The CLI checks the environment as the api does, before it opens the log. */
describe('ops CLI on a wrong configuration', () => {
  const previous = process.env.WORKERS;
  afterEach(() => {
    if (previous === undefined) delete process.env.WORKERS;
    else process.env.WORKERS = previous;
  });

  it('runs no command and names the variable and what it accepts (exit 2)', async () => {
    process.env.WORKERS = 'no';
    const lines: string[] = [];
    expect(await run(['users:list'], (line) => lines.push(line))).toBe(2);
    expect(lines.join('\n')).toContain('WORKERS must be "on" or "off", not "no".');
  });
});
