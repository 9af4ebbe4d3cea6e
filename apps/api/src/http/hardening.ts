import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { AUTH_SETTINGS, type AuthSettings } from '../auth/auth-settings';
import { problemType } from '../problem/problem';
import { sendProblem } from '../problem/problem-language';
import { checkBodyShape } from './body-shape';

/** Methods whose body this API reads; each must be JSON. */
const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/** The routes that read a file: multipart there (their own interceptor reads it), JSON elsewhere. */
const MULTIPART_PATHS = new Set(['/api/imports/recommendations', '/api/imports/petitions']);

/**
 * A body that is not JSON is refused with 415 before anything reads it: otherwise it would
 * arrive as an empty object and be reported as missing fields, which misleads the client.
 */
const requireJson = (request: Request, response: Response, next: NextFunction): void => {
  const hasBody =
    request.headers['transfer-encoding'] !== undefined ||
    Number(request.headers['content-length'] ?? 0) > 0;
  if (!WITH_BODY.has(request.method) || !hasBody || request.is('application/json')) return next();
  if (MULTIPART_PATHS.has(request.path) && request.is('multipart/form-data')) return next();
  sendProblem(request, response, {
    type: problemType('unsupported-media-type'),
    title: 'Unsupported Media Type',
    status: 415,
    detail: 'Send the body as application/json (UTF-8).',
    code: 'unsupported-media-type',
  });
};

/**
 * Nest turns the JSON parser's SyntaxError into a plain 400 carrying the parser's own words
 * (`Unexpected token…`) and drops what kind of failure it was. Passing on a plain error with the
 * parser's status and `type` lets the problem filter answer a stable code and a plain sentence.
 */
const keepParserFailure = (
  error: unknown,
  _request: Request,
  _response: Response,
  next: NextFunction,
): void => {
  const { status, type } = (error ?? {}) as { status?: unknown; type?: unknown };
  if (typeof status !== 'number' || typeof type !== 'string') return next(error);
  next(Object.assign(new Error(type), { status, type }));
};

/**
 * Headers and limits OWASP's API Top 10 asks for: helmet's headers (a content policy that
 * runs no inline script), no X-Powered-By, JSON bodies only, CORS only for configured
 * origins. Body size (100 kB, Nest's JSON parser) answers 413 through the problem filter.
 * The JSON parser is registered here rather than by Nest at init so that the body's shape (no
 * null, at most 32 levels deep: body-shape.ts) is checked right after parsing, before anything
 * else reads the body; Nest sees a JSON parser in place and does not add a second one.
 */
export const harden = (app: INestApplication): void => {
  const settings = app.get<AuthSettings>(AUTH_SETTINGS);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // Scripts only from files this server sends: the console and the OpenAPI UI load
          // theirs as files, so an injected inline script never runs.
          scriptSrc: ["'self'"],
          // The console's component library sets styles at run time (style attributes and
          // <style> elements it writes); styles cannot run code.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          // The embedded default serves plain HTTP on localhost; TLS is the proxy's business.
          upgradeInsecureRequests: null,
        },
      },
    }),
  );
  (app.getHttpAdapter().getInstance() as { disable(setting: string): void }).disable(
    'x-powered-by',
  );
  app.use(requireJson);
  (app as NestExpressApplication).useBodyParser('json');
  app.use(keepParserFailure);
  app.use(checkBodyShape);
  if (settings.corsOrigins.length > 0) app.enableCors({ origin: [...settings.corsOrigins] });
};
