import { dtoRoutes, validatedFields, type DtoClass } from '@hdnd/testing/dto-routes';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';

interface Schema {
  $ref?: string;
  allOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
}
interface Operation {
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

/** What a client reads of one object: each field, and whether it must be given. */
type Fields = Record<string, 'required' | 'optional'>;

/**
 * The OpenAPI document against what the server validates: for every route, the fields of its
 * body (nested objects too) and of its query string, each required or optional as
 * class-validator decides it. A field inherited from a base DTO, a list's filter or `asOf`
 * that the document leaves out once made the first try from the docs page fail.
 */
describe('the OpenAPI document says every field the server validates', () => {
  let app: HttpHarness;
  let document: Document;

  beforeAll(async () => {
    app = await startHttp();
    document = (await app.http().get('/api/docs-json').expect(200)).body as Document;
  });
  afterAll(() => app.close());

  const resolve = (schema: Schema): Schema => {
    if (schema.$ref) return resolve(document.components.schemas[schema.$ref.split('/').at(-1)!]!);
    if (schema.allOf?.length === 1) return resolve(schema.allOf[0]!);
    return schema;
  };

  /** The fields as validated, keyed by dotted path, nested DTOs (and list items) flattened. */
  const validated = (dto: DtoClass, prefix = ''): Fields =>
    Object.fromEntries(
      validatedFields(dto).flatMap((field) => {
        const name = `${prefix}${field.name}`;
        const own: [string, 'required' | 'optional'][] = [
          [name, field.optional ? 'optional' : 'required'],
        ];
        return field.nested
          ? [...own, ...Object.entries(validated(field.nested, `${name}.`))]
          : own;
      }),
    );

  /** The same, as the document describes a body. */
  const documented = (schema: Schema, prefix = ''): Fields => {
    const object = resolve(schema);
    return Object.fromEntries(
      Object.entries(object.properties ?? {}).flatMap(([field, property]) => {
        const name = `${prefix}${field}`;
        const own: [string, 'required' | 'optional'][] = [
          [name, object.required?.includes(field) ? 'required' : 'optional'],
        ];
        const inner = resolve(property.items ?? property);
        return inner.properties ? [...own, ...Object.entries(documented(inner, `${name}.`))] : own;
      }),
    );
  };

  const operation = (method: string, path: string): Operation | undefined =>
    document.paths[path.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()];

  it('describes every body field, required where the server requires it', () => {
    const routes = dtoRoutes(app).filter((route) => route.body);
    expect(routes.length).toBeGreaterThanOrEqual(25);
    const said = routes.map((route) => {
      const schema = operation(route.method, route.path)?.requestBody?.content['application/json']
        ?.schema;
      return { route: `${route.method} ${route.path}`, fields: schema && documented(schema) };
    });
    const checked = routes.map((route) => ({
      route: `${route.method} ${route.path}`,
      fields: validated(route.body!),
    }));
    expect(said).toEqual(checked);
  });

  it('describes every query parameter, filters and asOf included', () => {
    const routes = dtoRoutes(app).filter((route) => route.query);
    expect(routes.length).toBeGreaterThanOrEqual(8);
    const said = routes.map((route) => ({
      route: `${route.method} ${route.path}`,
      fields: Object.fromEntries(
        (operation(route.method, route.path)?.parameters ?? [])
          .filter((parameter) => parameter.in === 'query')
          .map((parameter) => [parameter.name, parameter.required ? 'required' : 'optional']),
      ),
    }));
    const checked = routes.map((route) => ({
      route: `${route.method} ${route.path}`,
      fields: validated(route.query!),
    }));
    expect(said).toEqual(checked);
  });
});
