import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RequestMethod, type Type } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../app.module';
import { ALLOWED_ROLES, PUBLIC_ROUTE } from './access.decorator';
import { AuthModule } from './auth.module';

/** Every route handler of the API, as `Controller.method`, with what it declares about access. */
const routesOf = (controllers: Type[]) =>
  controllers.flatMap((controller) =>
    Object.getOwnPropertyNames(controller.prototype)
      .map((name) => [name, controller.prototype[name] as unknown] as const)
      .filter(([, handler]) => typeof handler === 'function')
      .filter(
        ([, handler]) => Reflect.getMetadata(METHOD_METADATA, handler as object) !== undefined,
      )
      .map(([name, handler]) => ({
        route: `${controller.name}.${name}`,
        path: Reflect.getMetadata(PATH_METADATA, handler as object) as string,
        method: RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler as object) as number],
        public: Reflect.getMetadata(PUBLIC_ROUTE, handler as object) === true,
        roles: (Reflect.getMetadata(ALLOWED_ROLES, handler as object) ??
          Reflect.getMetadata(ALLOWED_ROLES, controller)) as string[] | undefined,
      })),
  );

/** POST routes open to auditors because they start a read of the log, never a change to it. */
const READS_RUN_AS_JOBS = ['IntegrityController.verify'];

describe('deny by default', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hdnd-routes-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const routes = routesOf([
    ...((AppModule.forRoot({ dataDir }).controllers ?? []) as Type[]),
    ...((AuthModule.forRoot({ dataDir }).controllers ?? []) as Type[]),
  ]);

  it('finds the routes (control: the walk sees handlers at all)', () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.map((r) => r.route)).toContain('RecommendationsController.respond');
  });

  it('has every route declare who may call it, or that it is public', () => {
    expect(routes.filter((r) => !r.public && (r.roles ?? []).length === 0)).toEqual([]);
  });

  it('keeps public only login, liveness, readiness and the public page’s two reads', () => {
    expect(
      routes
        .filter((r) => r.public)
        .map((r) => r.route)
        .sort(),
    ).toEqual([
      'AuthController.login',
      'HealthController.health',
      'HealthController.ready',
      'PublicController.get',
      'PublicController.list',
    ]);
  });

  it('lets auditors call no command: every route open to them is a GET, or a read run as a job', () => {
    const auditorRoutes = routes.filter((r) => r.roles?.includes('auditor'));
    expect(auditorRoutes.length).toBeGreaterThan(5);
    // Starting the integrity check as a job is a POST (it creates a job) that appends nothing
    // to the log: test/audit/log-browser.e2e.spec.ts checks that the log does not move.
    expect(auditorRoutes.filter((r) => r.method !== 'GET').map((r) => r.route)).toEqual(
      READS_RUN_AS_JOBS,
    );
  });
});
