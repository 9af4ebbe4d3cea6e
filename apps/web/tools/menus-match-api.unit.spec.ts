import { RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ROLES as API_ROLES } from '@hdnd/domain';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../../api/src/app.module';
import { ALLOWED_ROLES } from '../../api/src/auth/access.decorator';
import { AuthModule } from '../../api/src/auth/auth.module';
import { ACTIONS } from '../src/shell/actions';
import { MENU } from '../src/shell/menus';
import { ROLES } from '../src/shell/roles';

/** Each route of the API as `GET /api/…`, with the roles it allows. */
const routesOf = (controllers: Type[]): Map<string, readonly string[]> =>
  new Map(
    controllers.flatMap((controller) => {
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      return Object.getOwnPropertyNames(controller.prototype).flatMap((name) => {
        const handler = controller.prototype[name] as object;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as number | undefined;
        if (typeof handler !== 'function' || method === undefined) return [];
        const path = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
        const full = `/${[base, path].filter((part) => part && part !== '/').join('/')}`;
        const roles = (Reflect.getMetadata(ALLOWED_ROLES, handler) ??
          Reflect.getMetadata(ALLOWED_ROLES, controller) ??
          []) as string[];
        return [[`${RequestMethod[method]} ${full}`, roles] as const];
      });
    }),
  );

describe('the console’s menus, buttons and the API’s access rules', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hdnd-menus-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const routes = routesOf([
    ...((AppModule.forRoot({ dataDir }).controllers ?? []) as Type[]),
    ...((AuthModule.forRoot({ dataDir }).controllers ?? []) as Type[]),
  ]);

  it('know the same roles', () => {
    expect([...ROLES].sort()).toEqual([...API_ROLES].sort());
  });

  it('find the routes the menu reads (control)', () => {
    expect(routes.get('GET /api/recommendations')).toContain('agency');
  });

  it('show each menu to exactly the roles the API lets read its page', () => {
    for (const item of MENU) {
      const allowed = routes.get(item.reads);
      expect([item.label, allowed === undefined ? 'no such route' : 'found']).toEqual([
        item.label,
        'found',
      ]);
      expect([item.label, [...item.roles].sort()]).toEqual([item.label, [...allowed!].sort()]);
    }
  });

  it('offer each command to exactly the roles the API lets send it', () => {
    for (const [name, action] of Object.entries(ACTIONS)) {
      const allowed = routes.get(action.route);
      expect([name, allowed === undefined ? 'no such route' : [...allowed].sort()]).toEqual([
        name,
        [...action.roles].sort(),
      ]);
    }
  });

  it('know every command the API has, so none is left without a form', () => {
    const known = new Set<string>(Object.values(ACTIONS).map((action) => action.route));
    const commands = [...routes.keys()].filter(
      (route) => !route.startsWith('GET ') && route !== 'POST /api/auth/login',
    );
    expect(commands.filter((route) => !known.has(route))).toEqual([]);
  });
});
