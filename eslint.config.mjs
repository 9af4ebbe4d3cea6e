// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';
import { importDirection, repositoryPaths } from './eslint/import-direction.mjs';

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
      'apps/web/dist/**',
      'apps/web/src/api/schema.ts',
      'apps/web/src/api/request-rules.ts',
      'test-artifacts/**',
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
  ...importDirection,
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
            repositoryPaths,
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
  // The catalogue of messages is text the console imports as well as the API: like the domain it
  // takes no framework, I/O or Node built-in, and of this repository only the domain's codes.
  {
    files: ['libs/messages/**/*.ts'],
    ignores: ['libs/messages/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map(({ name }) => ({
            name,
            message: 'libs/messages holds text only: no Node built-ins.',
          })),
          patterns: [
            {
              group: impureModules.filter((module) => module !== '@hdnd/*'),
              message: 'libs/messages holds text only: no framework, database or I/O.',
            },
            {
              group: ['@hdnd/*', '!@hdnd/domain'],
              message:
                'libs/messages names the domain’s codes and nothing else of this repository.',
            },
            repositoryPaths,
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'The catalogue reads no environment.' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // The console's components follow React's rules of hooks (and its compiler's checks).
    files: ['apps/web/src/**/*.tsx', 'apps/web/src/**/*.ts'],
    ...reactHooks.configs.flat['recommended-latest'],
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
