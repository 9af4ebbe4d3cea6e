import { Readable } from 'node:stream';
import { run } from '@hdnd/cli';

/**
 * The ops CLI in-process, as `npm run cli -- …` would run it with `env` (DATA_DIR,
 * EVENTSTORE_URL; undefined removes one) and `stdin`: its exit code and what it printed.
 */
export const runCli = async (
  argv: string[],
  env: Record<string, string | undefined> = {},
  stdin = '',
): Promise<{ code: number; out: string }> => {
  const previous = { ...process.env };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  try {
    const lines: string[] = [];
    const code = await run(argv, (line) => lines.push(line), Readable.from([stdin]));
    return { code, out: lines.join('\n') };
  } finally {
    process.env = previous;
  }
};
