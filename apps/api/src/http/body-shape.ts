import type { NextFunction, Request, Response } from 'express';
import { BadInput, type FieldError } from '../problem/bad-input';

/**
 * No request of this API nests deeper than a few levels (a delegation's legal basis, a
 * response's commitments). 32 leaves room for any of them and stops a 4 kB body of 2,000
 * brackets long before code that walks a body recursively (NFC normalising, the canonical JSON
 * of an Idempotency-Key's fingerprint) could run out of stack.
 */
export const MAX_BODY_DEPTH = 32;

const NULL_MESSAGE = 'must not be null: leave out a field you do not give';

/**
 * Keys JSON.parse keeps as plain keys but JavaScript gives a meaning of its own: no request has
 * such a field, and the DTOs' whitelist dropped them without a word (class-transformer skips
 * them), so a client never learnt its body was not read as sent. Refused, named, at any depth.
 */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const PROTOTYPE_KEY_MESSAGE = 'is not a field of any request';

/**
 * Walks the parsed body once, to at most MAX_BODY_DEPTH levels (so the walk itself cannot
 * overflow): every null is a field at fault, so is a prototype key, and so is a field of the body that nests deeper
 * (named by its top-level name: the path down to level 33 would say nothing more).
 */
const faults = (value: unknown, path: string, depth: number, found: FieldError[]): void => {
  if (value === null) {
    found.push({ field: path, code: 'isNotNull', message: NULL_MESSAGE });
    return;
  }
  if (typeof value !== 'object') return;
  if (depth > MAX_BODY_DEPTH) {
    const field = path.split('.')[0]!;
    found.push({
      field,
      code: 'maxDepth',
      message: `nests deeper than ${MAX_BODY_DEPTH} levels`,
      limit: MAX_BODY_DEPTH,
    });
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    const field = path === '' ? key : `${path}.${key}`;
    if (PROTOTYPE_KEYS.has(key))
      found.push({ field, code: 'prototypeKey', message: PROTOTYPE_KEY_MESSAGE });
    else faults(child, field, depth + 1, found);
  }
};

/**
 * Runs right after the JSON body parser, before any pipe, guard or decorator reads the body.
 * The contract has no field whose value may be null: an optional field is left out or given
 * a valid value, so a null anywhere is bad input and can never reach the log (a null
 * `commitments` was a TypeError, a null `percent` was recorded as null).
 */
export const checkBodyShape = (request: Request, _response: Response, next: NextFunction): void => {
  const body: unknown = request.body;
  if (body === null || typeof body !== 'object') return next();
  const found: FieldError[] = [];
  faults(body, '', 1, found);
  if (found.length === 0) return next();
  next(new BadInput(`${found.length} field${found.length === 1 ? '' : 's'} at fault.`, found));
};
