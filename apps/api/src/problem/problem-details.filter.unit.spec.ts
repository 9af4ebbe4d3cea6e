import { BadRequestException, ForbiddenException, NotFoundException } from '@nestjs/common';
import type { Request } from 'express';
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
import { BadInput } from './bad-input';
import { PROBLEM_TABLE, problemOf } from './problem-details.filter';
import { PROBLEM_CODES } from './problem-codes';

const request = (headers: Record<string, string> = {}, route?: unknown) =>
  ({ headers, ...(route !== undefined && { route }) }) as unknown as Request;
const routed = request({}, { path: '/api/x' });

describe('the problem table', () => {
  it.each([
    [new BadInput('1 field at fault.'), 400, 'Bad input', 'bad-input'],
    [
      new DomainRuleViolation('recommendation.closed', 'closed'),
      409,
      'Business rule violated',
      'recommendation.closed',
    ],
    [new DomainRuleViolation('response.unknown', 'no'), 404, 'Not found', 'response.unknown'],
    [new IdempotencyKeyReused('k'), 422, 'Idempotency key reused', 'idempotency-key-reused'],
    [new WebhookTargetRefused('private'), 400, 'Bad input', 'webhook.target-refused'],
    [new IdempotencyKeyInFlight('k'), 409, 'Request in progress', 'idempotency-key-in-flight'],
    [new Forbidden('no'), 403, 'Forbidden', 'forbidden'],
    [new NotFound('recommendation', 'kn-x'), 404, 'Not found', 'not-found'],
    [new ConcurrencyConflict('s', 'any', 3n), 409, 'Concurrent change', 'concurrency-conflict'],
    [new DuplicateEventId('e'), 409, 'Already recorded', 'duplicate-event-id'],
    [new EventTooLarge('e', 2, 1), 413, 'Too large', 'event-too-large'],
    [new ReadModelsBehind(5, 3n), 503, 'Service unavailable', 'read-models-behind'],
    [new EventStoreUnavailable('down'), 503, 'Service unavailable', 'event-store-unavailable'],
    [new ForbiddenException(), 403, 'Forbidden', 'forbidden'],
    [new NotFoundException(), 404, 'Not Found', 'not-found'],
    [new BadRequestException(), 400, 'Bad Request', 'bad-input'],
  ] as const)('maps %p to %i %p with code %p', (error, status, title, code) => {
    const problem = problemOf(error, routed);
    expect(problem).toMatchObject({ status, title, code, type: expect.stringMatching(code) });
  });

  it('has a row for every error class it maps, each once', () => {
    const classes = PROBLEM_TABLE.map((row) => row.error.name);
    expect(new Set(classes).size).toBe(classes.length);
    expect(classes).toEqual([
      'BadInput',
      'DomainRuleViolation',
      'IdempotencyKeyReused',
      'WebhookTargetRefused',
      'IdempotencyKeyInFlight',
      'ImportRefused',
      'Forbidden',
      'NotFound',
      'ConcurrencyConflict',
      'DuplicateEventId',
      'EventTooLarge',
      'ReadModelsBehind',
      'EventStoreUnavailable',
      'HttpException',
    ]);
  });

  it('answers a stale If-Match 412, and without If-Match a conflict 409', () => {
    const conflict = new ConcurrencyConflict('s', 2n, 3n);
    expect(problemOf(conflict, request({ 'if-match': '"2"' }))).toMatchObject({
      status: 412,
      title: 'Precondition failed',
      detail: 'The stream is at revision 3; reload and retry.',
    });
    expect(problemOf(conflict, request())).toMatchObject({ status: 409 });
  });

  it('names the field of a refused webhook target, with its constraint', () => {
    expect(problemOf(new WebhookTargetRefused('private address'), routed).errors).toEqual([
      { field: 'url', code: 'allowedTarget', message: 'private address' },
    ]);
  });

  it('tells a path no route serves from a 404 of a route', () => {
    expect(problemOf(new NotFoundException(), request()).code).toBe('route-not-found');
  });

  it('answers anything unforeseen 500 without internals, and every code it gives is listed', () => {
    const problem = problemOf(new TypeError('x is undefined at /srv/app.js'), routed);
    expect(problem).toEqual({
      type: 'https://hdnd.example/problems/internal',
      title: 'Internal error',
      status: 500,
      detail: 'Something went wrong on our side; it has been logged.',
      code: 'internal',
    });
    const parser = Object.assign(new Error('entity.parse.failed'), {
      status: 400,
      type: 'entity.parse.failed',
    });
    expect(problemOf(parser, routed)).toMatchObject({ status: 400, code: 'malformed-json' });
    const teapot = Object.assign(new Error('teapot'), { status: 418 });
    expect(PROBLEM_CODES).toContain(problemOf(teapot, routed).code);
  });
});
