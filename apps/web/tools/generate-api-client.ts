/**
 * npm run api:client — rewrites apps/web/src/api/schema.ts from the API's OpenAPI document.
 * Run it after changing a route or a DTO (after `npm run openapi:metadata`). With `--print`
 * it writes the text to stdout instead, for the test that compares it with the committed file.
 */
import { API_SCHEMA_FILE, renderApiSchema, writeApiSchema } from './api-schema';

const run = async (): Promise<void> => {
  if (process.argv.includes('--print')) {
    const text = await renderApiSchema();
    // A pipe drains after write returns: exit only once the whole text is out.
    await new Promise<void>((resolve) => process.stdout.write(text, () => resolve()));
    return;
  }
  const changed = await writeApiSchema();
  console.log(changed ? `Wrote ${API_SCHEMA_FILE}` : `${API_SCHEMA_FILE} is up to date`);
};

run().then(
  // The api's modules keep timers and handles; the work is done, so leave without them.
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
