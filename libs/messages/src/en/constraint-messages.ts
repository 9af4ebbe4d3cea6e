/**
 * English: what a field at fault must be, by the constraint it broke. {field} is the field's
 * label; {limit}, {allowed} and {other} are the constraint's bound, values and twin.
 */
export const EN_CONSTRAINT_MESSAGES: Readonly<Record<string, string>> = {
  isDefined: '{field}[ or {other}] is required.',
  whitelistValidation: '{field} is not part of this request; leave it out.',
  unknownValue: 'The body is not a request this API reads.',
  isNotNull: '{field} must not be null; leave out a field you do not give.',
  isString: '{field} must be text.',
  isArray: '{field} must be a list.',
  isInt: '{field} must be a whole number.',
  isNumber: '{field} must be a number.',
  isBoolean: '{field} must be true or false.',
  nestedValidation: '{field} must be an object with its own fields.',
  isIn: '{field} must be one of: {allowed}.',
  isLocalDate: '{field} must be a real date, written YYYY-MM-DD.',
  isInstantOrDate:
    '{field} must be a date (YYYY-MM-DD) or an instant with its offset (YYYY-MM-DDTHH:mm:ss+07:00).',
  isHttpUrl: '{field} must be an http or https address.',
  isEmailAddress: '{field} must be an e-mail address mail can be sent to.',
  matches: '{field} is not in the expected form.',
  isNotEmpty: '{field} must not be empty.',
  isLength: '{field} is not of an allowed length[ (the limit is {limit} characters)].',
  maxLength: '{field} must be at most {limit} characters long.',
  min: '{field} must not be less than {limit}.',
  max: '{field} must not be more than {limit}.',
  arrayMinSize: '{field} needs at least {limit} items.',
  arrayMaxSize: '{field} must not have more than {limit} items.',
  notWith: 'Give {field} or {other}, not both.',
  orGive: '{field}[ or {other}] is required.',
  prototypeKey: '{field} is not a field of any request.',
  maxDepth: '{field} nests deeper than {limit} levels.',
  isRevision: '{field} must be a revision in quotes, e.g. "3".',
  isIdempotencyKey: '{field} must be 1–200 visible ASCII characters.',
  isId: '{field} is not an id.',
  allowedTarget: '{field} points at a host webhooks may not be delivered to.',
};
