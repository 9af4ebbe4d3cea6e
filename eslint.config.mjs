// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import { builtinModules } from 'node:module';

// The domain is pure: no framework, validation library, database, queue or Node built-in.
// Time, ids and I/O arrive with the command; this rule keeps it that way.
const impureModules = [
  '@nestjs/*',
  'class-validator',
  'class-transformer',
  'better-sqlite3',
  'kysely',
  'pg',
  'ioredis',
  'bullmq',
  '@eventstore/*',
  '@kurrent/*',
  'node:*',
  '@hdnd/*',
];
const nodeBuiltins = builtinModules.map((name) => ({
  name,
  message: 'libs/domain is pure: no Node built-ins (time, ids and I/O arrive with the command).',
}));

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'data/**',
      'coverage/**',
      'bench-results/**',
      'apps/api/src/openapi/metadata.ts',
    ],
  },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      // Nest's dependency injection reads constructor parameter types from decorator metadata:
      // the type-import rule must know, or it would turn injected classes into type-only imports.
      parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
    },
  },
  {
    files: ['libs/domain/**/*.ts'],
    ignores: ['libs/domain/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins,
          patterns: [
            {
              group: impureModules,
              message: 'libs/domain is pure: no framework, database, I/O or Node built-ins.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'The domain reads no environment.' },
        { name: 'setTimeout', message: 'The domain has no timers.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time arrives with the command.' },
        { object: 'Math', property: 'random', message: 'Ids arrive with the command.' },
        { object: 'crypto', property: 'randomUUID', message: 'Ids arrive with the command.' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Fixtures and harnesses are for specs (and the demo's requests): shipped code that imported
    // them would carry invented case data, supertest and an in-process app into production. The
    // apps' entry barrels exist for the harnesses only.
    files: ['apps/**/*.ts', 'libs/**/*.ts'],
    // libs/domain forbids every @hdnd import already; a second rule here would replace that one.
    ignores: ['**/*.spec.ts', 'libs/domain/**', 'libs/testing/**', 'apps/api/src/demo/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@hdnd/testing', '@hdnd/testing/*', '@hdnd/api', '@hdnd/cli'],
              message: 'Test fixtures and app entry barrels are for specs and the demo only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { module: 'writable', require: 'readonly' },
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
