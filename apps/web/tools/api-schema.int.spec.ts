import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * openapi-typescript loads ES modules that Jest's module system cannot, so the types are
 * generated in a child process, exactly as `npm run api:client` generates them.
 */
const API_SCHEMA_FILE = join(__dirname, '..', 'src', 'api', 'schema.ts');

const generated = (): string => {
  const run = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', join(__dirname, 'generate-api-client.ts'), '--print'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`api:client --print failed: ${run.stderr}`);
  return run.stdout;
};

describe("the console's API types", () => {
  it('are generated from the API as it is now (run npm run api:client after changing a route or DTO)', () => {
    const now = generated();
    // Control: the text is the API's document, with the routes the console calls.
    expect(now).toContain('"/api/auth/login"');
    expect(now).toContain('"/api/recommendations"');
    expect(readFileSync(API_SCHEMA_FILE, 'utf8') === now).toBe(true);
  }, 60_000);
});
