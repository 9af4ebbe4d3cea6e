import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * openapi-typescript loads ES modules that Jest's module system cannot, so the types are
 * generated in a child process, exactly as `npm run api:client` generates them.
 */
const API_DIR = join(__dirname, '..', 'src', 'api');

const generated = (): Record<string, string> => {
  const run = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', join(__dirname, 'generate-api-client.ts'), '--print'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (run.status !== 0) throw new Error(`api:client --print failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Record<string, string>;
};

describe("the console's API types and body rules", () => {
  it('are generated from the API as it is now (run npm run api:client after changing a route or DTO)', () => {
    const now = generated();
    const schema = now[join(API_DIR, 'schema.ts')] ?? '';
    const rules = now[join(API_DIR, 'request-rules.ts')] ?? '';
    // Control: the texts are the API's document, with the routes and bodies the console sends.
    expect(schema).toContain('"/api/auth/login"');
    expect(schema).toContain('"/api/recommendations"');
    expect(rules).toContain('"EstablishDelegationDto"');
    expect(rules).toContain('"maxLength": 500');
    expect(readFileSync(join(API_DIR, 'schema.ts'), 'utf8') === schema).toBe(true);
    expect(readFileSync(join(API_DIR, 'request-rules.ts'), 'utf8') === rules).toBe(true);
  }, 60_000);
});
