import Ajv from 'ajv';
import fc from 'fast-check';
import { ids as caseIds } from '@hdnd/testing';
import { startWithCallers, type Caller } from '../callers';
import { bodyFor, arbitraryFor, type JsonSchema } from './schema-arbitrary';

const RUNS = Number(process.env.FUZZ_RUNS ?? 500);

interface Operation {
  parameters?: { name: string; in: 'path' | 'query'; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { content?: Record<string, { schema: JsonSchema }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, JsonSchema> };
}

/** Callers the fuzzer speaks as: the clerk most, so that commands reach the domain. */
const CALLERS: Caller[] = [
  'secretariat',
  'secretariat',
  'secretariat',
  'agency-own',
  'auditor',
  'admin',
  'anonymous',
];

/**
 * A few hundred requests generated from /api/docs-json against the running service: no 5xx,
 * every status the document lists for its operation, every body valid against the schema the
 * document gives it, and every 4xx appends nothing to the log.
 */
describe('fuzzing from the OpenAPI document', () => {
  let ctx: Awaited<ReturnType<typeof startWithCallers>>;
  let doc: Document;

  beforeAll(async () => {
    ctx = await startWithCallers();
    doc = (await ctx.app.anonymous().get('/api/docs-json').expect(200)).body as Document;
  });
  afterAll(() => ctx.app.close());

  it(`answers ${RUNS} generated requests as the document says`, async () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addSchema({ $id: 'doc', components: doc.components });
    const validatorFor = (schema: JsonSchema) =>
      ajv.compile(
        JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"doc#/components/')),
      );
    const resolve = (ref: string) => doc.components.schemas[ref.split('/').at(-1)!]!;
    const ids = [...Object.values(caseIds), ctx.spareUserId];

    const operations = Object.entries(doc.paths)
      .flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, op]) => ({ path, method, op })),
      )
      // Login is throttled by design after a few attempts; authentication tests cover it.
      .filter(({ path }) => path !== '/api/auth/login');

    const request = fc.constantFrom(...operations).chain(({ path, method, op }) => {
      const params = (op.parameters ?? []).filter(
        // minPosition waits up to 2 s by design for a position that may never come.
        (p) => p.name !== 'minPosition',
      );
      const pathParams = fc.record(
        Object.fromEntries(
          params
            .filter((p) => p.in === 'path')
            .map((p) => [
              p.name,
              fc.oneof(
                {
                  arbitrary: fc.constantFrom(...ids, ...ids.map((id) => `recommendation-${id}`)),
                  weight: 6,
                },
                { arbitrary: fc.string({ minLength: 1 }), weight: 1 },
              ),
            ]),
        ),
      );
      const query = fc.record(
        Object.fromEntries(
          params
            .filter((p) => p.in === 'query')
            .map((p) => [p.name, arbitraryFor(p.schema, resolve, ids, p.name)]),
        ),
        { requiredKeys: [] },
      );
      const schema = op.requestBody?.content['application/json']?.schema;
      return fc.record({
        path: fc.constant(path),
        method: fc.constant(method),
        op: fc.constant(op),
        caller: fc.constantFrom(...CALLERS),
        pathParams,
        query,
        body: schema ? bodyFor(schema, resolve, ids) : fc.constant(undefined),
      });
    });

    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async ({ path, method, op, caller, pathParams, query, body }) => {
        const url =
          path.replace(/\{(\w+)\}/g, (_, name: string) =>
            encodeURIComponent(String(pathParams[name])),
          ) +
          '?' +
          new URLSearchParams(
            Object.entries(query).map(([k, v]): [string, string] => [
              k,
              typeof v === 'string' ? v : JSON.stringify(v),
            ]),
          ).toString();
        const before = await ctx.app.head();
        const client = ctx.clients[caller]();
        const res =
          method === 'get'
            ? await client.get(url)
            : await client[method === 'put' ? 'put' : 'post'](url)
                .set('content-type', 'application/json')
                .send(JSON.stringify(body ?? null));
        const after = await ctx.app.head();
        seen.set(res.status, (seen.get(res.status) ?? 0) + 1);
        if (res.status === 400 && process.env.FUZZ_DEBUG)
          process.stderr.write(
            `${method} ${path} ${JSON.stringify(res.body.errors ?? res.body.detail)}\n`,
          );
        const where = `${method.toUpperCase()} ${url} as ${caller} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
        if (res.status >= 500) throw new Error(`5xx: ${where}`);
        if (res.status >= 400 && after !== before)
          throw new Error(`appended on a refusal: ${where}`);
        const documented = op.responses[String(res.status)];
        if (!documented) throw new Error(`undocumented status: ${where}`);
        const mediaType = String(res.headers['content-type']).split(';')[0]!;
        const schema = documented.content?.[mediaType]?.schema;
        if (!schema) throw new Error(`undocumented content type ${mediaType}: ${where}`);
        const validate = validatorFor(schema);
        if (!validate(res.body))
          throw new Error(
            `body does not match its schema (${ajv.errorsText(validate.errors)}): ${where}`,
          );
      }),
      {
        numRuns: RUNS,
        endOnFailure: true,
        ...(process.env.FUZZ_SEED && { seed: Number(process.env.FUZZ_SEED) }),
      },
    );
    process.stderr.write(`fuzz statuses: ${JSON.stringify(Object.fromEntries(seen))}\n`);
    // The fuzzer must reach past validation, not only bounce off it.
    const statuses = [...seen.keys()];
    expect(statuses.some((s) => s < 300)).toBe(true);
    expect(statuses).toEqual(expect.arrayContaining([400, 403]));
  }, 120_000);
});
