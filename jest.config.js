// One Jest run for the whole monorepo. Test files say their level in their name:
// *.unit.spec.ts (pure), *.int.spec.ts (a real database or child process), *.e2e.spec.ts (HTTP).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/libs', '<rootDir>/apps', '<rootDir>/test'],
  testRegex: '.*\\.(unit|int|e2e)\\.spec\\.ts$',
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
        sourceMaps: 'inline',
      },
    ],
  },
  moduleNameMapper: {
    '^@hdnd/domain(|/.*)$': '<rootDir>/libs/domain/src$1',
    '^@hdnd/messages(|/.*)$': '<rootDir>/libs/messages/src$1',
    '^@hdnd/event-store(|/.*)$': '<rootDir>/libs/event-store/src$1',
    '^@hdnd/application(|/.*)$': '<rootDir>/libs/application/src$1',
    '^@hdnd/read-models(|/.*)$': '<rootDir>/libs/read-models/src$1',
    '^@hdnd/identity(|/.*)$': '<rootDir>/libs/identity/src$1',
    '^@hdnd/webhooks(|/.*)$': '<rootDir>/libs/webhooks/src$1',
    '^@hdnd/notices(|/.*)$': '<rootDir>/libs/notices/src$1',
    '^@hdnd/audit(|/.*)$': '<rootDir>/libs/audit/src$1',
    '^@hdnd/documents(|/.*)$': '<rootDir>/libs/documents/src$1',
    '^@hdnd/jobs(|/.*)$': '<rootDir>/libs/jobs/src$1',
    '^@hdnd/config(|/.*)$': '<rootDir>/libs/config/src$1',
    '^@hdnd/testing(|/.*)$': '<rootDir>/libs/testing/src$1',
    '^@hdnd/api$': '<rootDir>/apps/api/src',
    '^@hdnd/cli$': '<rootDir>/apps/cli/src',
  },
  testTimeout: 20000,
};
