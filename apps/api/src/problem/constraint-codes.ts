/**
 * Every code a field at fault in a 400 can carry: the name of the constraint it broke. Where
 * class-validator checks the field, the code is that check's own name (`maxLength`, `isIn`), so a
 * decorator's name is the code the client sees; the checks this API makes before validation
 * (null values, prototype keys, headers, path parameters) are named the same way. A client keys
 * its own message on the code and reads the constraint's bound beside it (`limit`, `allowed`,
 * `other`). A unit spec checks that every constraint the request classes declare is listed here.
 */
export const CONSTRAINT_CODES = [
  // Presence and type, the most basic first.
  'isDefined',
  'whitelistValidation',
  'unknownValue',
  'isNotNull',
  'isString',
  'isArray',
  'isInt',
  'isNumber',
  'isBoolean',
  'nestedValidation',
  // Values.
  'isIn',
  'isLocalDate',
  'isInstantOrDate',
  'isHttpUrl',
  'isEmailAddress',
  'matches',
  'isNotEmpty',
  'isLength',
  'maxLength',
  'min',
  'max',
  'arrayMinSize',
  'arrayMaxSize',
  // Two fields that say one thing.
  'notWith',
  'orGive',
  // Checked before validation: the body's shape, headers and path parameters.
  'prototypeKey',
  'maxDepth',
  'isRevision',
  'isIdempotencyKey',
  'isId',
  'allowedTarget',
  // Checked against the record or another field after validation.
  'notBefore',
  'isKnown',
] as const;

export type ConstraintCode = (typeof CONSTRAINT_CODES)[number];

export const isConstraintCode = (name: string): name is ConstraintCode =>
  (CONSTRAINT_CODES as readonly string[]).includes(name);
