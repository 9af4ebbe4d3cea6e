/*
 * The rules the API applies to each request body, as data the console checks before sending:
 * taken from the same OpenAPI document as schema.ts (which keeps only the types), so a form's
 * pre-check and the API's validation cannot drift apart.
 */
import { getMetadataStorage, IS_NOT_EMPTY } from 'class-validator';
import type { BodyRule, FieldRule } from '../src/api/request-rule';

type Json = Record<string, unknown>;

const KEPT = ['type', 'maxLength', 'minLength', 'minimum', 'maximum', 'minItems', 'maxItems'];
const REF = /^#\/components\/schemas\/(.+)$/;

const refName = (schema: Json): string | undefined => {
  const direct = typeof schema.$ref === 'string' ? schema.$ref : undefined;
  const inAllOf = Array.isArray(schema.allOf)
    ? (schema.allOf[0] as Json | undefined)?.$ref
    : undefined;
  const ref = direct ?? (typeof inAllOf === 'string' ? inAllOf : undefined);
  return ref === undefined ? undefined : REF.exec(ref)?.[1];
};

const fieldRule = (schema: Json): FieldRule => {
  const rule: Record<string, unknown> = {};
  for (const key of KEPT) if (schema[key] !== undefined) rule[key] = schema[key];
  if (typeof schema.pattern === 'string') rule.pattern = schema.pattern;
  if (Array.isArray(schema.enum)) rule.enum = schema.enum;
  const ref = refName(schema);
  if (ref !== undefined) rule.ref = ref;
  if (schema.type === 'array' && typeof schema.items === 'object' && schema.items !== null) {
    const items = schema.items as Json;
    const itemRef = refName(items);
    if (itemRef !== undefined) rule.ref = itemRef;
    else {
      // @nestjs/swagger writes an item's length bound beside the array's own keywords.
      const item: Record<string, unknown> = { ...fieldRule(items) };
      if (rule.maxLength !== undefined) item.maxLength = rule.maxLength;
      delete rule.maxLength;
      rule.items = item;
    }
  }
  return rule as FieldRule;
};

/**
 * The fields that must not be empty, by body schema (a class's name) — what the OpenAPI document
 * cannot say: @nestjs/swagger writes no keyword for @IsNotEmpty(), and a required text without it
 * (a person's position) may be empty. Read from class-validator's own registry of the DTOs the
 * API loaded; its list is private, so a change of shape fails here rather than silently.
 */
export const notEmptyFields = (): Map<string, Set<string>> => {
  const storage = getMetadataStorage() as unknown as { validationMetadatas?: unknown };
  if (!(storage.validationMetadatas instanceof Map))
    throw new Error('class-validator no longer keeps its rules as a Map: update notEmptyFields');
  const fields = new Map<string, Set<string>>();
  for (const [target, rules] of storage.validationMetadatas as Map<
    { name: string },
    { name?: string; propertyName: string }[]
  >)
    for (const rule of rules)
      if (rule.name === IS_NOT_EMPTY) {
        const names = fields.get(target.name) ?? new Set<string>();
        names.add(rule.propertyName);
        fields.set(target.name, names);
      }
  return fields;
};

/** Every schema a request body names, and the schemas they hold, by name. */
export const requestRules = (
  document: Json,
  notEmpty: Map<string, Set<string>> = new Map(),
): Record<string, BodyRule> => {
  const schemas = ((document.components as Json | undefined)?.schemas ?? {}) as Record<
    string,
    Json
  >;
  const wanted: string[] = [];
  for (const operations of Object.values((document.paths ?? {}) as Record<string, Json>))
    for (const operation of Object.values(operations) as Json[]) {
      const body = (operation.requestBody as Json | undefined)?.content as Json | undefined;
      const schema = (body?.['application/json'] as Json | undefined)?.schema as Json | undefined;
      const name = schema === undefined ? undefined : refName(schema);
      if (name !== undefined) wanted.push(name);
    }
  const rules: Record<string, BodyRule> = {};
  while (wanted.length > 0) {
    const name = wanted.pop()!;
    if (rules[name] !== undefined || schemas[name] === undefined) continue;
    const properties: Record<string, FieldRule> = {};
    for (const [field, schema] of Object.entries(
      (schemas[name].properties ?? {}) as Record<string, Json>,
    )) {
      properties[field] = fieldRule(schema);
      if (notEmpty.get(name)?.has(field))
        properties[field] = { ...properties[field], notEmpty: true };
      if (properties[field].ref !== undefined) wanted.push(properties[field].ref);
    }
    rules[name] = { required: (schemas[name].required as string[] | undefined) ?? [], properties };
  }
  return Object.fromEntries(Object.entries(rules).sort(([a], [b]) => a.localeCompare(b)));
};

/** The text of src/api/request-rules.ts. */
export const renderRequestRules = (document: Json, notEmpty: Map<string, Set<string>>): string =>
  `/**
 * What the API checks of each request body, from its OpenAPI document, written by
 * \`npm run api:client\`. Do not edit: change the API, then run that command (a test fails while
 * this file is stale). The forms check a body against these rules before sending it.
 */
import type { BodyRule } from './request-rule';

export const REQUEST_RULES = ${JSON.stringify(requestRules(document, notEmpty), null, 2)} as const satisfies Record<string, BodyRule>;

export type RequestSchema = keyof typeof REQUEST_RULES;
`;
