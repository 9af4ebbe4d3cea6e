import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * The lint keeps imports pointing one way: apps → jobs → feature libraries (identity, webhooks,
 * audit) → application → read-models → event-store → domain, and no library climbs out of its
 * folder by a relative path. Each snippet is linted as the file it names, by the repository's
 * own config; the problems expected are the rule ids it must raise, none for a right-way import.
 */
type Snippet = { filePath: string; importing: string; rules: string[] };

const restricted = ['no-restricted-imports'];
const climbsOut = ['layers/stay-inside-library'];

const wrongWay: Snippet[] = [
  { filePath: 'libs/application/src/x.ts', importing: "'@hdnd/webhooks'", rules: restricted },
  {
    filePath: 'libs/application/src/x.ts',
    importing: "'@hdnd/identity/user-directory'",
    rules: restricted,
  },
  { filePath: 'libs/application/src/x.ts', importing: "'@hdnd/jobs'", rules: restricted },
  { filePath: 'libs/read-models/src/x.ts', importing: "'@hdnd/jobs'", rules: restricted },
  { filePath: 'libs/read-models/src/x.ts', importing: "'@hdnd/application'", rules: restricted },
  { filePath: 'libs/event-store/src/x.ts', importing: "'@hdnd/read-models'", rules: restricted },
  { filePath: 'libs/domain/src/x.ts', importing: "'@nestjs/common'", rules: restricted },
  { filePath: 'libs/domain/src/x.ts', importing: "'@hdnd/event-store'", rules: restricted },
  { filePath: 'libs/domain/src/x.ts', importing: "'@hdnd/messages'", rules: restricted },
  { filePath: 'libs/messages/src/x.ts', importing: "'@hdnd/event-store'", rules: restricted },
  { filePath: 'libs/messages/src/x.ts', importing: "'@nestjs/common'", rules: restricted },
  { filePath: 'libs/messages/src/x.ts', importing: "'node:fs'", rules: restricted },
  { filePath: 'libs/domain/src/x.ts', importing: "'apps/api/src/main'", rules: restricted },
  { filePath: 'libs/webhooks/src/x.ts', importing: "'@hdnd/audit'", rules: restricted },
  { filePath: 'libs/identity/src/x.ts', importing: "'@hdnd/webhooks'", rules: restricted },
  { filePath: 'libs/audit/src/x.ts', importing: "'@hdnd/jobs'", rules: restricted },
  { filePath: 'libs/jobs/src/x.ts', importing: "'apps/api/src/app.module'", rules: restricted },
  {
    filePath: 'libs/jobs/src/x.ts',
    importing: "'../../../apps/api/src/app.module'",
    rules: climbsOut,
  },
  {
    filePath: 'libs/application/src/follow-up/x.ts',
    importing: "'../../../read-models/src/index'",
    rules: climbsOut,
  },
  {
    filePath: 'libs/application/src/follow-up/x.ts',
    importing: "'../../../../test/support/application-harness'",
    rules: climbsOut,
  },
  {
    filePath: 'libs/read-models/src/x.int.spec.ts',
    importing: "'../../../apps/api/src/app.module'",
    rules: climbsOut,
  },
  {
    filePath: 'libs/read-models/src/x.int.spec.ts',
    importing: "'../../../test/support/application-harness'",
    rules: climbsOut,
  },
];

const rightWay: Snippet[] = [
  { filePath: 'libs/application/src/x.ts', importing: "'@hdnd/read-models'", rules: [] },
  { filePath: 'libs/application/src/x.ts', importing: "'@hdnd/event-store'", rules: [] },
  { filePath: 'libs/application/src/x.ts', importing: "'./command-handling/standings'", rules: [] },
  { filePath: 'libs/read-models/src/x.ts', importing: "'@hdnd/domain'", rules: [] },
  { filePath: 'libs/messages/src/x.ts', importing: "'@hdnd/domain'", rules: [] },
  { filePath: 'libs/application/src/x.ts', importing: "'@hdnd/messages'", rules: [] },
  { filePath: 'apps/api/src/x.ts', importing: "'@hdnd/messages'", rules: [] },
  { filePath: 'libs/webhooks/src/x.ts', importing: "'@hdnd/application'", rules: [] },
  { filePath: 'libs/identity/src/x.ts', importing: "'@hdnd/read-models'", rules: [] },
  { filePath: 'libs/jobs/src/x.ts', importing: "'@hdnd/webhooks'", rules: [] },
  { filePath: 'apps/api/src/x.ts', importing: "'@hdnd/jobs'", rules: [] },
  {
    filePath: 'libs/event-store/src/sqlite/x.ts',
    importing: "'../port/event-store'",
    rules: [],
  },
  {
    // Specs take the shared harness and fixtures from @hdnd/testing, never by a path.
    filePath: 'libs/read-models/src/x.int.spec.ts',
    importing: "'@hdnd/testing/application-harness'",
    rules: [],
  },
];

const snippets = [...wrongWay, ...rightWay];

const lint = async (): Promise<{ ruleId: string | null; message: string }[][]> => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      join(__dirname, 'lint-snippets.mjs'),
      JSON.stringify(
        snippets.map(({ filePath, importing }) => ({
          filePath,
          code: `import { thing } from ${importing};\n\nexport const used = thing;\n`,
        })),
      ),
    ],
    { maxBuffer: 16 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as { ruleId: string | null; message: string }[][];
};

describe('import direction', () => {
  let problems: { ruleId: string | null; message: string }[][];

  // One ESLint process for every snippet: loading the TypeScript parser is the slow part.
  beforeAll(async () => {
    problems = await lint();
  }, 120_000);

  it.each(wrongWay.map((snippet, at) => ({ ...snippet, at })))(
    '$filePath may not import $importing',
    ({ at, rules }) => {
      expect(problems[at]!.map(({ ruleId }) => ruleId)).toEqual(rules);
    },
  );

  it.each(rightWay.map((snippet, at) => ({ ...snippet, at: wrongWay.length + at })))(
    '$filePath may import $importing',
    ({ at }) => {
      expect(problems[at]).toEqual([]);
    },
  );

  it('says why: a layer below another, neighbours in one layer', () => {
    const messageOf = (filePath: string, importing: string) =>
      problems[snippets.findIndex((s) => s.filePath === filePath && s.importing === importing)]![0]!
        .message;
    expect(messageOf('libs/application/src/x.ts', "'@hdnd/webhooks'")).toContain(
      'libs/application sits below this library',
    );
    expect(messageOf('libs/webhooks/src/x.ts', "'@hdnd/audit'")).toContain(
      'libs/webhooks and this library are neighbours',
    );
  });
});
