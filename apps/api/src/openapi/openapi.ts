import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import metadata from './metadata';
import { describeResponses } from './response-schemas';

/**
 * The OpenAPI document, generated from the code: routes from the controllers, schemas and
 * field descriptions from the DTOs (metadata.ts, written by `npm run openapi:metadata`).
 * Served as a UI at /api/docs and as JSON at /api/docs-json.
 */
export const setUpOpenApi = async (app: INestApplication): Promise<OpenAPIObject> => {
  await SwaggerModule.loadPluginMetadata(metadata);
  const config = new DocumentBuilder()
    .setTitle('Theo dõi kiến nghị giám sát — HĐND supervision follow-up')
    .setDescription(
      'Every recommendation of a People’s Council supervision delegation, from survey to government response. ' +
        'Errors are application/problem+json (RFC 9457); commands accept If-Match and Idempotency-Key; ' +
        'queries accept ?minPosition= for read-your-writes. Dates are YYYY-MM-DD in Asia/Ho_Chi_Minh.',
    )
    .setVersion('1')
    // Every /api route but login takes the access token from POST /api/auth/login.
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .addSecurityRequirements('bearer')
    .build();
  const document = describeResponses(SwaggerModule.createDocument(app, config));
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return document;
};
