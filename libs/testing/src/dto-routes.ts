import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import type { Role } from '@hdnd/domain';
import { ALLOWED_ROLES } from '@hdnd/api';
import type { HttpHarness } from './http-harness';

// class-transformer keeps what @Type() says in a store it does not export from its main entry.
/* eslint-disable @typescript-eslint/no-require-imports */
const { defaultMetadataStorage } =
  require('class-transformer/cjs/storage') as typeof import('class-transformer/types/storage');
/* eslint-enable @typescript-eslint/no-require-imports */

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type DtoClass = Function;

/** A route of the running app with the classes its body and query are validated against. */
export interface DtoRoute {
  readonly method: string;
  /** As Nest writes it, e.g. `/api/recommendations/:id/responses`. */
  readonly path: string;
  readonly roles: readonly Role[];
  readonly body?: DtoClass;
  readonly query?: DtoClass;
}

const join = (...parts: (string | undefined)[]): string =>
  '/' +
  parts
    .flatMap((part) => (part ?? '').split('/'))
    .filter((segment) => segment !== '')
    .join('/');

/** A parameter's class, when class-validator knows rules for it (a DTO, not `unknown`). */
const dto = (type: unknown): DtoClass | undefined =>
  typeof type === 'function' && validatedFields(type).length > 0 ? type : undefined;

/**
 * Every route of the running app, read from the metadata Nest itself routes by: so a test
 * over "every DTO" cannot forget one added later.
 */
export const dtoRoutes = (app: HttpHarness): DtoRoute[] => {
  const routes: DtoRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as DtoClass | null;
      if (!controller) continue;
      const base = Reflect.getMetadata(PATH_METADATA, controller) as string | undefined;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<
          string,
          { index: number; pipes?: unknown[] }
        >;
        const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, name) ??
          []) as unknown[];
        const argOf = (kind: RouteParamtypes) => {
          const entry = Object.entries(args).find(([key]) => key.startsWith(`${kind}:`));
          return entry ? dto(types[entry[1].index]) : undefined;
        };
        const body = argOf(RouteParamtypes.BODY);
        const query = argOf(RouteParamtypes.QUERY);
        routes.push({
          method: RequestMethod[method],
          path: join(base, Reflect.getMetadata(PATH_METADATA, handler) as string | undefined),
          roles: (Reflect.getMetadata(ALLOWED_ROLES, handler) ?? []) as Role[],
          ...(body && { body }),
          ...(query && { query }),
        });
      }
    }
  }
  return routes;
};

/** A field class-validator checks on a DTO (its own and inherited), and what it knows of it. */
export interface ValidatedField {
  readonly name: string;
  readonly optional: boolean;
  /** The DTO of a nested object or of a list's items. */
  readonly nested?: DtoClass;
}

export const validatedFields = (target: DtoClass): ValidatedField[] => {
  const rules: ValidationMetadata[] = getMetadataStorage().getTargetValidationMetadatas(
    target,
    '',
    true,
    false,
  );
  const names = [...new Set(rules.map((rule) => rule.propertyName))];
  return names.map((name) => {
    const own = rules.filter((rule) => rule.propertyName === name);
    const nested = own.some((rule) => rule.type === 'nestedValidation')
      ? (defaultMetadataStorage.findTypeMetadata(target, name)?.typeFunction() as
          DtoClass | undefined)
      : undefined;
    return {
      name,
      optional: own.some((rule) => rule.type === 'conditionalValidation'),
      ...(nested && { nested }),
    };
  });
};
