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
  WebhookTargetRefused,
} from '@hdnd/application';
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
        detail: precondition
          ? `The stream is at revision ${String(error.actual)}; reload and retry.`
          : 'Others changed this case at the same moment; retry.',
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
      return {
        type: problemType(`http-${status}`),
        title: STATUS_CODES[status] ?? 'Error',
        status,
        detail: error.message,
      };
    }
    // Body parser failures (malformed JSON, too large, wrong charset) carry their own status.
    const status = (error as { status?: unknown; type?: unknown } | null)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return {
        type: problemType(`http-${status}`),
        title: STATUS_CODES[status] ?? 'Bad request',
        status,
        detail: (error as Error).message,
      };
    }
    return {
      type: problemType('internal'),
      title: 'Internal error',
      status: 500,
      detail: 'Something went wrong on our side; it has been logged.',
    };
  }
}
