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
import type { MessageParams } from '@hdnd/messages';
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
import { ReadModelsBehind } from '@hdnd/read-models';
import { BadInput, type FieldError } from './bad-input';
import { ImportRefused } from '../imports/import-refused';
import { statusOfRule } from './domain-rule-status';
import { problemType, type Problem } from './problem';
import type { HttpProblemCode, ProblemCode } from './problem-codes';
import { sendProblem } from './problem-language';

/** The code of a status no part of this API named itself (a guard, the router, the rate limiter). */
const STATUS_CODE_NAMES: Readonly<Record<number, HttpProblemCode>> = {
  400: 'bad-input',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  409: 'conflict',
  412: 'precondition-failed',
  413: 'body-too-large',
  415: 'unsupported-media-type',
  429: 'too-many-requests',
  503: 'service-unavailable',
};

/** Any other status still answers a code from the list: the client's fault or ours. */
const codeOfStatus = (status: number): HttpProblemCode =>
  STATUS_CODE_NAMES[status] ?? (status < 500 ? 'bad-request' : 'internal');

/** What body-parser's failures (by its `type`) say to the client, in place of its own message. */
const BODY_PARSER_FAILURES: Readonly<Record<string, { code: HttpProblemCode; detail: string }>> = {
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

/** A value of the table, or what it is for this error and request when it depends on them. */
type Per<E, T> = T | ((error: E, request: Request) => T);

/** How the errors of one class leave: status, title, and what differs from the error's own. */
export interface ProblemRow<E extends Error> {
  readonly error: abstract new (...args: never[]) => E;
  readonly status: Per<E, number>;
  readonly title: Per<E, string>;
  /** The stable code; the error's own `code` unless said here. */
  readonly code?: Per<E, ProblemCode>;
  /** What the client is told; the error's own message unless said here. */
  readonly detail?: Per<E, string>;
  readonly errors?: (error: E) => readonly FieldError[];
  /**
   * The facts of this error that the catalogue's sentence for its code names (an id, a
   * revision), so that a sentence in another language than the error's own keeps them.
   */
  readonly params?: (error: E) => MessageParams;
}

/** A row whose error class carries a listed code, or says its code in the row. */
const row = <E extends Error>(
  entry: ProblemRow<E> & (E extends { readonly code: ProblemCode } ? unknown : { code: unknown }),
): ProblemRow<Error> => entry as unknown as ProblemRow<Error>;

const at = <E, T>(value: Per<E, T>, error: E, request: Request): T =>
  typeof value === 'function'
    ? (value as (error: E, request: Request) => T)(error, request)
    : value;

/**
 * Every error class this API answers for, and how it leaves: the first row whose class the
 * error is an instance of. Anything not here is a 500 without internals.
 */
export const PROBLEM_TABLE: readonly ProblemRow<Error>[] = [
  row({
    error: BadInput,
    status: 400,
    title: 'Bad input',
    errors: (error: BadInput) => error.errors,
  }),
  // 409, or 404 for a reference to something that does not exist (domain-rule-status.ts).
  row({
    error: DomainRuleViolation,
    status: (error: DomainRuleViolation) => statusOfRule(error.code),
    title: (error: DomainRuleViolation) =>
      statusOfRule(error.code) === 404 ? 'Not found' : 'Business rule violated',
  }),
  row({
    error: IdempotencyKeyReused,
    status: 422,
    title: 'Idempotency key reused',
    params: (error: IdempotencyKeyReused) => ({ key: error.key }),
  }),
  row({
    error: WebhookTargetRefused,
    status: 400,
    title: 'Bad input',
    errors: (error: WebhookTargetRefused) => [
      { field: 'url', code: 'allowedTarget', message: error.message },
    ],
  }),
  row({
    error: IdempotencyKeyInFlight,
    status: 409,
    title: 'Request in progress',
    params: (error: IdempotencyKeyInFlight) => ({ key: error.key }),
  }),
  // A register upload refused whole (not a spreadsheet, macros, too large, columns missing).
  row({
    error: ImportRefused,
    status: (error: ImportRefused) => error.status,
    title: 'Import refused',
    params: (error: ImportRefused) => error.params,
  }),
  row({ error: Forbidden, status: 403, title: 'Forbidden' }),
  row({
    error: NotFound,
    status: 404,
    title: 'Not found',
    params: (error: NotFound) => ({ id: error.id }),
  }),
  // With If-Match the client's view is stale (412); without, retries ran out (409).
  row({
    error: ConcurrencyConflict,
    status: (_: ConcurrencyConflict, request: Request) => (withIfMatch(request) ? 412 : 409),
    title: (_: ConcurrencyConflict, request: Request) =>
      withIfMatch(request) ? 'Precondition failed' : 'Concurrent change',
    detail: (error: ConcurrencyConflict, request: Request) =>
      !withIfMatch(request)
        ? 'Others changed this case at the same moment; retry.'
        : error.actual === 'no-stream'
          ? 'Nothing exists here yet, and If-Match asks for what exists.'
          : `The stream is at revision ${String(error.actual)}; reload and retry.`,
    params: (error: ConcurrencyConflict) =>
      error.actual === 'no-stream' ? {} : { actual: String(error.actual) },
  }),
  row({ error: DuplicateEventId, status: 409, title: 'Already recorded' }),
  row({ error: EventTooLarge, status: 413, title: 'Too large' }),
  row({ error: ReadModelsBehind, status: 503, title: 'Service unavailable' }),
  row({
    error: EventStoreUnavailable,
    status: 503,
    title: 'Service unavailable',
    detail: 'The event log cannot be reached; retry shortly.',
  }),
  // Nest's own (guards, the router, the rate limiter): named by their status. Nest answers a
  // path no controller serves with a NotFoundException of its own; only then has Express
  // matched no route.
  row({
    error: HttpException,
    status: (error: HttpException) => error.getStatus(),
    title: (error: HttpException) => STATUS_CODES[error.getStatus()] ?? 'Error',
    code: (error: HttpException, request: Request) =>
      error.getStatus() === 404 && (request as { route?: unknown }).route === undefined
        ? 'route-not-found'
        : codeOfStatus(error.getStatus()),
  }),
];

const withIfMatch = (request: Request): boolean => request.headers['if-match'] !== undefined;

/** The facts the catalogue's sentence for this error's code names, from its row of the table. */
export const paramsOf = (error: unknown): MessageParams => {
  const mapped = PROBLEM_TABLE.find((entry) => error instanceof entry.error);
  return mapped?.params && error instanceof Error ? mapped.params(error) : {};
};

/**
 * The problem an error is answered with, in English: by the table, else a body-parser failure,
 * else a 500. The filter says it in the request's language (problem-language.ts).
 */
export const problemOf = (error: unknown, request: Request): Problem => {
  const mapped = PROBLEM_TABLE.find((entry) => error instanceof entry.error);
  if (mapped && error instanceof Error) {
    const code = mapped.code
      ? at(mapped.code, error, request)
      : (error as Error & { code: ProblemCode }).code;
    const errors = mapped.errors?.(error);
    return {
      type: problemType(code),
      title: at(mapped.title, error, request),
      status: at(mapped.status, error, request),
      detail: mapped.detail === undefined ? error.message : at(mapped.detail, error, request),
      code,
      ...(errors && { errors }),
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
 * Every error leaves as application/problem+json, mapped by the table above and nowhere else:
 * domain rules 409 (or 404 for an unknown reference), stale If-Match 412, bad input 400 with the
 * fields at fault, store down 503 with Retry-After. Anything unforeseen is a 500 without internals.
 * The detail and the fields' messages are in Vietnamese or English by Accept-Language.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problem');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const problem = problemOf(error, request);
    if (problem.status === HttpStatus.SERVICE_UNAVAILABLE)
      response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    if (problem.status === HttpStatus.TOO_MANY_REQUESTS) copyRetryAfter(response);
    if (problem.status >= 500 && problem.status !== HttpStatus.SERVICE_UNAVAILABLE) {
      this.logger.error(
        `${request.method} ${request.url}`,
        error instanceof Error ? error.stack : String(error),
      );
    }
    sendProblem(request, response, problem, paramsOf(error));
  }
}
