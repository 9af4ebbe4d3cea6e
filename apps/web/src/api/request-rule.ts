/* The shape of request-rules.ts (generated): what the API checks of a request body's fields. */

/** What the console checks of one field: the OpenAPI keywords class-validator's rules became. */
export interface FieldRule {
  readonly type?: string;
  readonly maxLength?: number;
  readonly minLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly pattern?: string;
  readonly enum?: readonly string[];
  /** The API refuses an empty text here (@IsNotEmpty), even when the field is optional. */
  readonly notEmpty?: boolean;
  /** Another body schema this field holds (an object, or each item of an array). */
  readonly ref?: string;
  /** For an array of plain values: each item's rule. */
  readonly items?: FieldRule;
}

export interface BodyRule {
  readonly required: readonly string[];
  readonly properties: Readonly<Record<string, FieldRule>>;
}
