/**
 * npm run api:client — rewrites apps/web/src/api/schema.ts from the API's OpenAPI document.
 * Run it after changing a route or a DTO (after `npm run openapi:metadata`).
 */
import { API_SCHEMA_FILE, writeApiSchema } from './api-schema';

writeApiSchema().then(
  (changed) => {
    console.log(changed ? `Wrote ${API_SCHEMA_FILE}` : `${API_SCHEMA_FILE} is up to date`);
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
