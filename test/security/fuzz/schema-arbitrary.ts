import fc from 'fast-check';

export type JsonSchema = {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  maxItems?: number;
};

/** Values a careless or hostile client sends where anything could go. */
const hostile = fc.oneof(
  fc.constantFrom(null, true, -1, 0, 1e308, '', ' ', '\u0000', '../../etc/passwd', "' OR 1=1 --"),
  fc.constantFrom({ $gt: '' }, [], {}, '𝒯ây Ninh\u0301', 'x'.repeat(6000)),
  fc.jsonValue({ maxDepth: 2 }),
);

const DATES = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      '2024-04-02',
      '2024-06-14',
      '2025-07-01',
      '2024-02-29',
      '2030-12-31',
    ),
    weight: 4,
  },
  {
    arbitrary: fc.constantFrom('2023-02-29', '2024-13-01', '02/04/2024', '2024-4-2', ''),
    weight: 1,
  },
);

/** Text that says something (blank text is the hostile generator's job). */
const text = (maxLength: number) =>
  fc
    .string({ minLength: 1, maxLength: Math.max(1, maxLength - 1), unit: 'grapheme' })
    .map((s) => `Đ${s}`);

/**
 * A value for `schema`, mostly as the schema says (so requests get past validation and reach
 * the domain), sometimes anything at all (so validation itself is exercised). Ids are drawn
 * from `ids` — the case's real ones — so that commands find what they name.
 */
export const arbitraryFor = (
  schema: JsonSchema,
  resolve: (ref: string) => JsonSchema,
  ids: readonly string[],
  name = '',
  depth = 0,
): fc.Arbitrary<unknown> => {
  if (schema.$ref) return arbitraryFor(resolve(schema.$ref), resolve, ids, name, depth);
  const valid = ((): fc.Arbitrary<unknown> => {
    if (schema.enum) return fc.constantFrom(...schema.enum);
    switch (schema.type) {
      case 'string':
        if (/Ids?$|^id$|^intoObstacleId$/.test(name))
          return fc.oneof(fc.constantFrom(...ids), fc.string());
        if (/On$|^date$|^period(From|To)$/.test(name)) return DATES;
        return text(Math.min(schema.maxLength ?? 40, 40));
      case 'number':
        // Mostly whole (page numbers, ranks), sometimes not (84.72 out of 100).
        return fc.oneof(
          {
            arbitrary: fc.integer({ min: schema.minimum ?? -10, max: schema.maximum ?? 1000 }),
            weight: 4,
          },
          {
            arbitrary: fc.double({
              noNaN: true,
              min: schema.minimum ?? -1e6,
              max: schema.maximum ?? 1e6,
            }),
            weight: 1,
          },
        );
      case 'integer':
        return fc.integer({ min: schema.minimum ?? -10, max: schema.maximum ?? 1000 });
      case 'boolean':
        return fc.boolean();
      case 'array':
        return depth > 3
          ? fc.constant([])
          : fc.array(arbitraryFor(schema.items ?? {}, resolve, ids, name, depth + 1), {
              maxLength: Math.min(schema.maxItems ?? 3, 3),
            });
      case 'object': {
        if (depth > 3 || !schema.properties) return fc.constant({});
        const required = new Set(schema.required ?? []);
        const fields = Object.fromEntries(
          Object.entries(schema.properties).map(([key, value]) => [
            key,
            arbitraryFor(value, resolve, ids, key, depth + 1),
          ]),
        );
        return fc.record(fields, {
          requiredKeys: Object.keys(fields).filter((key) => required.has(key)),
        });
      }
      default:
        return hostile;
    }
  })();
  return fc.oneof({ arbitrary: valid, weight: 19 }, { arbitrary: hostile, weight: 1 });
};

/** A whole body: the schema's, now and then with a field the schema does not have. */
export const bodyFor = (
  schema: JsonSchema,
  resolve: (ref: string) => JsonSchema,
  ids: readonly string[],
): fc.Arbitrary<unknown> =>
  fc.oneof(
    { arbitrary: arbitraryFor(schema, resolve, ids), weight: 8 },
    {
      arbitrary: fc
        .tuple(
          arbitraryFor(schema, resolve, ids),
          fc.constantFrom(
            'status',
            'revision',
            'hash',
            'actor',
            'role',
            '__proto__',
            'constructor',
          ),
          hostile,
        )
        .map(([body, key, value]) =>
          typeof body === 'object' && body !== null && !Array.isArray(body)
            ? JSON.parse(JSON.stringify({ ...body, [key]: value }))
            : body,
        ),
      weight: 1,
    },
    { arbitrary: hostile, weight: 1 },
  );
