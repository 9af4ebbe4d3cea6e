import { ValidationPipe, type INestApplication } from '@nestjs/common';
import { BadInput } from '../problem/bad-input';
import { ProblemDetailsFilter } from '../problem/problem-details.filter';
import { NfcPipe } from './nfc.pipe';

/**
 * The HTTP conventions of API.md, in one place for the server and its tests: text stored NFC,
 * bodies validated strictly (unknown fields are bad input), every error as problem+json.
 */
export const configureHttp = (app: INestApplication): INestApplication => {
  app.useGlobalPipes(
    new NfcPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      exceptionFactory: (errors) => BadInput.fromValidation(errors),
    }),
  );
  app.useGlobalFilters(new ProblemDetailsFilter());
  return app;
};
