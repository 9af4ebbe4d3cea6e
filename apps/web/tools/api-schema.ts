import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { notEmptyFields, renderRequestRules } from './request-rules';
import { AppModule } from '../../api/src/app.module';
import { setUpOpenApi } from '../../api/src/openapi/openapi';

/** Where the console keeps the API's types; committed, so a build needs no running API. */
export const API_SCHEMA_FILE = join(__dirname, '..', 'src', 'api', 'schema.ts');
/** Where it keeps the rules the API checks of each request body, for the forms' pre-check. */
export const REQUEST_RULES_FILE = join(__dirname, '..', 'src', 'api', 'request-rules.ts');

const HEADER = `/**
 * The API's OpenAPI document as TypeScript types, written by \`npm run api:client\`.
 * Do not edit: change the API, then run that command (a test fails while this file is stale).
 */

`;

/**
 * The API's own OpenAPI document, built from its modules as the server builds it, but without
 * listening or opening anything but a throwaway data directory: the console's types come from
 * the code that answers, not from a copy of its documentation.
 */
export const buildOpenApiDocument = async (): Promise<Record<string, unknown>> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hdnd-openapi-'));
  const app = await NestFactory.create(AppModule.forRoot({ dataDir }), { logger: false });
  try {
    return (await setUpOpenApi(app)) as unknown as Record<string, unknown>;
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
};

/** The text of schema.ts and request-rules.ts for the API as it is now, by file. */
export const renderApiClient = async (): Promise<Record<string, string>> => {
  const document = await buildOpenApiDocument();
  // openapi-typescript's own document type is stricter than what @nestjs/swagger declares.
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], {
    alphabetize: true,
  });
  return {
    [API_SCHEMA_FILE]: HEADER + astToString(ast),
    [REQUEST_RULES_FILE]: renderRequestRules(document, notEmptyFields()),
  };
};

/** Rewrites the files that changed; which did. */
export const writeApiClient = async (): Promise<string[]> => {
  const changed: string[] = [];
  for (const [file, text] of Object.entries(await renderApiClient())) {
    // 'a+' reads an existing file and creates a missing one, so a first run needs no special case.
    const before = readFileSync(file, { encoding: 'utf8', flag: 'a+' });
    if (before === text) continue;
    writeFileSync(file, text);
    changed.push(file);
  }
  return changed;
};
