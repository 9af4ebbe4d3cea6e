import { APPLICATION_ERROR_CODES } from '@hdnd/application';
import { RULE_CODES } from '@hdnd/domain';
import { IMPORT_PROBLEM_CODES } from '../imports/import-refused';

/**
 * The codes the HTTP layer gives refusals no part of the application named: a guard, the router,
 * the rate limiter, the body parser, a crash. The same word for the same refusal wherever it
 * comes from, so a client branches on `code` alone (a command's own 403 is `forbidden` too).
 */
export const HTTP_PROBLEM_CODES = [
  'bad-input',
  'bad-request',
  'malformed-json',
  'request-aborted',
  'unauthenticated',
  'forbidden',
  'not-found',
  'route-not-found',
  'method-not-allowed',
  'not-acceptable',
  'conflict',
  'precondition-failed',
  'body-too-large',
  'unsupported-media-type',
  'too-many-requests',
  'internal',
  'service-unavailable',
] as const;

export type HttpProblemCode = (typeof HTTP_PROBLEM_CODES)[number];

/** The codes of the event store's and the read models' errors that a client is told about. */
export const STORE_PROBLEM_CODES = [
  'concurrency-conflict',
  'duplicate-event-id',
  'event-too-large',
  'event-store-unavailable',
  'read-models-behind',
] as const;

/**
 * Every `code` a problem+json of this API can carry: the domain's rule codes, the application's
 * refusals, the store's and the HTTP layer's. The OpenAPI document lists them as the enum of the
 * problem's `code`, and a client's catalogue of messages can walk this list.
 */
export const PROBLEM_CODES = [
  ...new Set([
    ...RULE_CODES,
    ...APPLICATION_ERROR_CODES,
    ...STORE_PROBLEM_CODES,
    ...HTTP_PROBLEM_CODES,
    ...IMPORT_PROBLEM_CODES,
  ]),
].sort();

export type ProblemCode = (typeof PROBLEM_CODES)[number];
