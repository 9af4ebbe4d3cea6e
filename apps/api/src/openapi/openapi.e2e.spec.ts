import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startHttp, type HttpHarness } from '@hdnd/testing/http-harness';
import { generateOpenApiMetadata } from './generate-metadata';
import { CONSTRAINT_CODES } from '../problem/constraint-codes';
import { PROBLEM_CODES } from '../problem/problem-codes';

interface Schema {
  properties?: Record<string, { description?: string }>;
}

describe('OpenAPI at /api/docs and /api/docs-json', () => {
  let app: HttpHarness;
  let document: {
    paths: Record<string, Record<string, unknown>>;
    components: { schemas: Record<string, Schema> };
  };

  beforeAll(async () => {
    app = await startHttp();
    document = (await app.http().get('/api/docs-json').expect(200)).body;
  });
  afterAll(() => app.close());

  it('lists every problem code and every constraint code the API can answer', () => {
    const problem = document.components.schemas.Problem as {
      properties: {
        code: { enum: string[] };
        errors: { items: { properties: { code: { enum: string[] } } } };
      };
    };
    expect(problem.properties.code.enum).toEqual([...PROBLEM_CODES]);
    expect(problem.properties.code.enum).toEqual(
      expect.arrayContaining([
        'recommendation.due-not-after-issue',
        'route-not-found',
        'not-found',
      ]),
    );
    expect(problem.properties.errors.items.properties.code.enum).toEqual([...CONSTRAINT_CODES]);
  });

  it('serves the UI', async () => {
    const res = await app.http().get('/api/docs').expect(200);
    expect(res.text).toMatch(/swagger/i);
  });

  it('lists every endpoint of the API', () => {
    const routes = Object.entries(document.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
    );
    for (const route of [
      'POST /api/agencies',
      'GET /api/agencies/{id}',
      'POST /api/agencies/{id}/succession',
      'POST /api/delegations',
      'GET /api/delegations/{id}',
      'POST /api/delegations/{id}/working-groups',
      'POST /api/delegations/{id}/surveys',
      'POST /api/delegations/{id}/findings',
      'POST /api/delegations/{id}/recommendations',
      'POST /api/delegations/{id}/conclusion',
      'GET /api/recommendations',
      'GET /api/recommendations/{id}',
      'POST /api/recommendations/{id}/responses',
      'POST /api/recommendations/{id}/responses/{responseId}/assessment',
      'POST /api/recommendations/{id}/progress',
      'POST /api/recommendations/{id}/completion',
      'POST /api/recommendations/{id}/closure',
      'POST /api/recommendations/{id}/reopening',
      'POST /api/recommendations/{id}/extension',
      'POST /api/recommendations/{id}/escalation',
      'GET /api/obstacles',
      'GET /api/obstacles/{id}',
      'POST /api/obstacles/{id}/assignment',
      'POST /api/obstacles/{id}/merge',
      'POST /api/obstacles/{id}/resolution',
      'GET /api/dashboard',
      'GET /api/audit/events',
      'GET /api/audit/streams/{streamId}',
    ]) {
      expect(routes).toContain(route);
    }
  });

  it('describes every field of every request body', () => {
    const undescribed = Object.entries(document.components.schemas)
      .filter(([name]) => name.endsWith('Dto'))
      .flatMap(([name, schema]) =>
        Object.entries(schema.properties ?? {})
          .filter(([, property]) => !property.description)
          .map(([field]) => `${name}.${field}`),
      );
    expect(undescribed).toEqual([]);
    expect(document.components.schemas.RecordFindingDto?.properties?.kind).toMatchObject({
      enum: ['achievement', 'limitation', 'obstacle'],
    });
  });

  it('is generated from the DTOs as they are now (run npm run openapi:metadata after changing one)', () => {
    generateOpenApiMetadata('metadata.check.ts');
    const check = join(__dirname, 'metadata.check.ts');
    try {
      expect(readFileSync(check, 'utf8')).toBe(
        readFileSync(join(__dirname, 'metadata.ts'), 'utf8'),
      );
    } finally {
      rmSync(check, { force: true });
    }
  }, 60_000);
});
