import {
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { STATUS_CODES } from 'node:http';
import {
  Forbidden,
  IdempotencyKeyInFlight,
  IdempotencyKeyReused,
  NotFound,
} from '@hdnd/application';
import { WebhookTargetRefused } from '@hdnd/webhooks';
import { DomainRuleViolation } from '@hdnd/domain';
import {
  ConcurrencyConflict,
  DuplicateEventId,
  EventStoreUnavailable,
  EventTooLarge,
} from '@hdnd/event-store';
import { BadInput } from './bad-input';
import { statusOfRule } from './domain-rule-status';
import { ReadModelsBehind } from '@hdnd/read-models';
import { PROBLEM_CONTENT_TYPE, problemType, type Problem } from './problem';

/**
 * The stable code of an error that no part of this API named itself (a guard, the router, the
 * rate limiter): the same word for the same refusal wherever it comes from, so a client branches
 * on `code` alone (a command's own 403 is `forbidden` too).
 */
const STATUS_CODE_NAMES: Readonly<Record<number, string>> = {
  400: 'bad-input',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  413: 'body-too-large',
  415: 'unsupported-media-type',
  429: 'too-many-requests',
};
const codeOfStatus = (status: number): string => STATUS_CODE_NAMES[status] ?? `http-${status}`;

/** What body-parser's failures (by its `type`) say to the client, in place of its own message. */
const BODY_PARSER_FAILURES: Readonly<Record<string, { code: string; detail: string }>> = {
  'entity.parse.failed': { code: 'malformed-json', detail: 'The body is not valid JSON.' },
  'entity.too.large': {
    code: 'body-too-large',
    detail: 'The body is larger than the 100 kB this API reads.',
  },
  'charset.unsupported': {
    code: 'unsupported-media-type',
    detail: 'Send the body as application/json (UTF-8).',
  },
  'encoding.unsupported': {
    code: 'unsupported-media-type',
    detail: 'The body’s Content-Encoding is not one this API reads.',
  },
  'request.aborted': { code: 'request-aborted', detail: 'The body did not arrive whole.' },
  'request.size.invalid': {
    code: 'bad-input',
    detail: 'The body’s length is not the Content-Length announced.',
  },
};

/** Seconds a client should wait before retrying when a backing service is down. */
const RETRY_AFTER_SECONDS = 1;

/**
 * @nestjs/throttler names its header after the limit that was hit (`Retry-After-login`);
 * clients read `Retry-After` (RFC 9110), so the longest wait is copied there.
 */
const copyRetryAfter = (response: Response): void => {
  const waits = Object.entries(response.getHeaders())
    .filter(([name]) => name.toLowerCase().startsWith('retry-after'))
    .map(([, value]) => Number(value))
    .filter((n) => Number.isFinite(n));
  response.setHeader('Retry-After', String(Math.max(1, ...waits)));
};

/**
 * Every error leaves as application/problem+json, mapped here and nowhere else: domain rules
 * 409 (or 404 for an unknown reference), stale If-Match 412, bad input 400 with the fields at
 * fault, store down 503 with Retry-After. Anything unforeseen is a 500 without internals.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = this.toProblem(error, request);
    if (problem.status === HttpStatus.SERVICE_UNAVAILABLE)
      response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    if (problem.status === HttpStatus.TOO_MANY_REQUESTS) copyRetryAfter(response);
    if (problem.status >= 500 && problem.status !== HttpStatus.SERVICE_UNAVAILABLE) {
      this.logger.error(
        `${request.method} ${request.url}`,
        error instanceof Error ? error.stack : String(error),
      );
    }
    response.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  }

  private toProblem(error: unknown, request: Request): Problem {
    if (error instanceof BadInput) {
      return {
        type: problemType('bad-input'),
        title: 'Bad input',
        status: 400,
        detail: error.message,
        code: 'bad-input',
        errors: error.errors,
      };
    }
    if (error instanceof DomainRuleViolation) {
      const status = statusOfRule(error.code);
      const title = status === 404 ? 'Not found' : 'Business rule violated';
      return {
        type: problemType(error.code),
        title,
        status,
        detail: error.message,
        code: error.code,
      };
    }
    if (error instanceof IdempotencyKeyReused) {
      return {
        type: problemType(error.code),
        title: 'Idempotency key reused',
        status: 422,
        detail: error.message,
        code: error.code,
      };
    }
    if (error instanceof WebhookTargetRefused) {
      return {
        type: problemType(error.code),
        title: 'Bad input',
        status: 400,
        detail: error.message,
        code: error.code,
        errors: [{ field: 'url', message: error.message }],
      };
    }
    if (error instanceof IdempotencyKeyInFlight) {
      return {
        type: problemType(error.code),
        title: 'Request in progress',
        status: 409,
        detail: error.message,
        code: error.code,
      };
    }
    if (error instanceof Forbidden) {
      return {
        type: problemType(error.code),
        title: 'Forbidden',
        status: 403,
        detail: error.message,
        code: error.code,
      };
    }
    if (error instanceof NotFound) {
      return {
        type: problemType('not-found'),
        title: 'Not found',
        status: 404,
        detail: error.message,
        code: error.code,
      };
    }
    if (error instanceof ConcurrencyConflict) {
      // With If-Match the client's view is stale (412); without, retries ran out (409).
      const precondition = request.headers['if-match'] !== undefined;
      return {
        type: problemType(error.code),
        title: precondition ? 'Precondition failed' : 'Concurrent change',
        status: precondition ? 412 : 409,
        detail: !precondition
          ? 'Others changed this case at the same moment; retry.'
          : error.actual === 'no-stream'
            ? 'Nothing exists here yet, and If-Match asks for what exists.'
            : `The stream is at revision ${String(error.actual)}; reload and retry.`,
        code: error.code,
      };
    }
    if (error instanceof DuplicateEventId) {
      return {
        type: problemType(error.code),
        title: 'Already recorded',
        status: 409,
        detail: error.message,
        code: error.code,
      };
    }
    if (error instanceof EventTooLarge) {
      return {
        type: problemType(error.code),
        title: 'Too large',
        status: 413,
        detail: error.message,
        code: error.code,
      };
    }
    if (error instanceof ReadModelsBehind) {
      return {
        type: problemType(error.code),
        title: 'Service unavailable',
        status: 503,
        detail: error.message,
        code: error.code,
      };
    }
    if (error instanceof EventStoreUnavailable) {
      return {
        type: problemType(error.code),
        title: 'Service unavailable',
        status: 503,
        detail: 'The event log cannot be reached; retry shortly.',
        code: error.code,
      };
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      // Nest answers a path no controller serves with a NotFoundException of its own; only
      // then has Express matched no route.
      const code =
        status === 404 && (request as { route?: unknown }).route === undefined
          ? 'route-not-found'
          : codeOfStatus(status);
      return {
        type: problemType(code),
        title: STATUS_CODES[status] ?? 'Error',
        status,
        detail: error.message,
        code,
      };
    }
    // Body parser failures (malformed JSON, too large, wrong charset) carry their own status.
    // Their messages are the parser's (`Unexpected token…`): the client is told in plain words.
    const status = (error as { status?: unknown } | null)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const parserType = (error as { type?: unknown }).type;
      const known = typeof parserType === 'string' ? BODY_PARSER_FAILURES[parserType] : undefined;
      const code = known?.code ?? codeOfStatus(status);
      return {
        type: problemType(code),
        title: STATUS_CODES[status] ?? 'Bad request',
        status,
        detail: known?.detail ?? 'The request cannot be read.',
        code,
      };
    }
    return {
      type: problemType('internal'),
      title: 'Internal error',
      status: 500,
      detail: 'Something went wrong on our side; it has been logged.',
      code: 'internal',
    };
  }
}
