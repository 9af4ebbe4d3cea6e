import { ValidationPipe, type INestApplication } from '@nestjs/common';
import { BadInput } from '../problem/bad-input';
import { ProblemDetailsFilter } from '../problem/problem-details.filter';
import { setUpOpenApi } from '../openapi/openapi';
import { harden } from './hardening';
import { NfcPipe } from './nfc.pipe';

/**
 * The HTTP conventions of docs/http-api.md, in one place for the server and its tests: security headers
 * and limits (hardening.ts), text stored NFC,
 * bodies validated strictly (unknown fields are bad input), every error as problem+json, the
 * OpenAPI document at /api/docs.
 */
export const configureHttp = async (app: INestApplication): Promise<INestApplication> => {
  harden(app);
  app.useGlobalPipes(
    new NfcPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      // Each error keeps the object it was found in, so that BadInput can read the bound its
      // check was declared with (a maxLength's limit); only the fields at fault leave the server.
      validationError: { target: true },
      exceptionFactory: (errors) => BadInput.fromValidation(errors),
    }),
  );
  app.useGlobalFilters(new ProblemDetailsFilter());
  await setUpOpenApi(app);
  return app;
};
