/**
 * npm run api:client — rewrites apps/web/src/api/schema.ts (types) and request-rules.ts (what the
 * API checks of each body) from the API's OpenAPI document.
 * Run it after changing a route or a DTO (after `npm run openapi:metadata`). With `--print`
 * it writes both texts to stdout instead, as JSON by file, for the test that compares it with the committed file.
 */
import { renderApiClient, writeApiClient } from './api-schema';

const run = async (): Promise<void> => {
  if (process.argv.includes('--print')) {
    const text = JSON.stringify(await renderApiClient());
    // A pipe drains after write returns: exit only once the whole text is out.
    await new Promise<void>((resolve) => process.stdout.write(text, () => resolve()));
    return;
  }
  const changed = await writeApiClient();
  console.log(changed.length > 0 ? `Wrote ${changed.join(', ')}` : 'The API client is up to date');
};

run().then(
  // The api's modules keep timers and handles; the work is done, so leave without them.
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
