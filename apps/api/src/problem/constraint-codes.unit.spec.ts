import 'reflect-metadata';
import { getMetadataStorage } from 'class-validator';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CONSTRAINT_CODES } from './constraint-codes';

/** Every `*.dto.ts` of the API: the request classes whose checks name the fields at fault. */
const dtoFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? dtoFiles(join(dir, entry.name))
      : entry.name.endsWith('.dto.ts')
        ? [join(dir, entry.name)]
        : [],
  );

/**
 * The names of the checks the request classes declare, as class-validator reports them; not
 * `@IsOptional`/`@ValidateIf`, which decide whether a field is checked and never fail.
 */
const declaredChecks = async (): Promise<Set<string>> => {
  const modules = await Promise.all(
    dtoFiles(join(__dirname, '..')).map((file) => import(file) as Promise<Record<string, unknown>>),
  );
  const classes = modules.flatMap((exported) =>
    Object.values(exported).filter(
      (value): value is new () => object => typeof value === 'function',
    ),
  );
  return new Set(
    classes.flatMap((type) =>
      getMetadataStorage()
        .getTargetValidationMetadatas(type, '', true, false)
        .filter((meta) => meta.type !== 'conditionalValidation')
        .flatMap((meta) => (meta.name === undefined ? [] : [meta.name])),
    ),
  );
};

describe('constraint codes', () => {
  it('list every check a request class declares, so each field at fault carries a listed code', async () => {
    const checks = await declaredChecks();
    expect(checks.size).toBeGreaterThan(10);
    expect(
      [...checks].filter((name) => !(CONSTRAINT_CODES as readonly string[]).includes(name)),
    ).toEqual([]);
  });
});
