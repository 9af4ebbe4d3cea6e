// @ts-check
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The libraries from the bottom up. Dependencies point one way: apps → jobs → feature libraries
 * → application → read-models → event-store → messages → domain. A library may import the layers below its
 * own, never a layer above it and never a neighbour in its own layer: the feature libraries are
 * independent of one another. Libraries not named here (and apps/) are not restricted by it.
 */
const layers = [
  ['domain'],
  // The words of errors in each language: text only, naming the domain's rule codes, so any
  // layer above may say a refusal in the user's language and the console can import it whole.
  ['messages'],
  ['event-store'],
  ['read-models'],
  ['application'],
  ['identity', 'webhooks', 'notices', 'audit', 'documents'],
  // Settings are read by the apps only, which hand each library its typed part as options.
  ['jobs', 'config'],
];

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const aliasPatterns = (library) => [`@hdnd/${library}`, `@hdnd/${library}/**`];

/** tsconfig's baseUrl would resolve these; they bypass the libraries' barrels and aliases. */
export const repositoryPaths = {
  regex: '^(apps|libs|test)(/|$)',
  message:
    'A library reaches another one through its @hdnd alias, and never reaches apps/ or test/.',
};

/**
 * The `no-restricted-imports` patterns of one library: the layers above it, its neighbours, and
 * repository paths. Flat config replaces a rule's options rather than merging them, so a block
 * that sets the rule again for some of these files (the domain's purity) repeats what applies.
 */
const layerPatterns = (library) => {
  const level = layers.findIndex((layer) => layer.includes(library));
  const neighbours = layers[level].filter((other) => other !== library);
  const above = layers.slice(level + 1).flat();
  return [
    ...(above.length === 0
      ? []
      : [
          {
            group: above.flatMap(aliasPatterns),
            message:
              `libs/${library} sits below this library: imports point from apps to jobs to ` +
              'feature libraries to application to read-models to event-store to messages to domain.',
          },
        ]),
    ...(neighbours.length === 0
      ? []
      : [
          {
            group: neighbours.flatMap(aliasPatterns),
            message: `libs/${library} and this library are neighbours: neither imports the other.`,
          },
        ]),
    repositoryPaths,
  ];
};

/** The library folder (libs/<name>) a file belongs to, relative to the repository. */
const libraryOf = (file) => {
  const [top, name] = relative(repositoryRoot, file).split(sep);
  return top === 'libs' && name !== undefined ? `libs/${name}` : undefined;
};

const isInside = (path, folder) => path === folder || path.startsWith(`${folder}/`);

/**
 * A relative import in libs/<name> must resolve inside libs/<name>: a `../` that climbs out
 * reaches another library behind its barrel, or apps/ and test/, which no library may depend
 * on. Option `allow` names repository folders that may be reached all the same.
 *
 * @type {import('eslint').Rule.RuleModule}
 */
const stayInsideLibrary = {
  meta: {
    type: 'problem',
    docs: { description: 'Relative imports in a library stay inside that library.' },
    schema: [
      {
        type: 'object',
        properties: { allow: { type: 'array', items: { type: 'string' } } },
        additionalProperties: false,
      },
    ],
    messages: {
      outside:
        "'{{source}}' leaves {{library}} for {{target}}: import another library through its " +
        '@hdnd alias; a library never imports apps/ or test/.',
    },
  },
  create(context) {
    const library = libraryOf(context.filename);
    if (library === undefined) return {};
    const allowed = context.options[0]?.allow ?? [];
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = relative(repositoryRoot, resolve(dirname(context.filename), source))
        .split(sep)
        .join('/');
      if (isInside(target, library)) return;
      if (allowed.some((folder) => isInside(target, folder))) return;
      context.report({ node, messageId: 'outside', data: { source, library, target } });
    };
    const fromSource = (node) => check(node.source ?? node, node.source?.value);
    return {
      ImportDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ExportNamedDeclaration: (node) => node.source && fromSource(node),
      ImportExpression: fromSource,
      CallExpression: (node) => {
        const [argument] = node.arguments;
        if (node.callee.type === 'Identifier' && node.callee.name === 'require')
          check(node, argument?.type === 'Literal' ? argument.value : undefined);
      },
    };
  },
};

/**
 * Fixtures and harnesses are for specs (and the demo's requests): shipped code that imported
 * them would carry invented case data, supertest and an in-process app into production. The
 * apps' entry barrels exist for the harnesses only.
 */
const specsOnly = {
  group: ['@hdnd/testing', '@hdnd/testing/*', '@hdnd/api', '@hdnd/cli'],
  message: 'Test fixtures and app entry barrels are for specs and the demo only.',
};

const specs = '**/*.spec.ts';

/**
 * The config blocks that keep imports pointing one way (the README's "What is here"). Flat
 * config replaces a rule's options rather than merging them, so each file gets exactly one
 * `no-restricted-imports` block: its library's layers, plus the spec-only libraries outside specs.
 */
export const importDirection = [
  {
    files: ['libs/**/*.ts'],
    plugins: { layers: { rules: { 'stay-inside-library': stayInsideLibrary } } },
    rules: { 'layers/stay-inside-library': 'error' },
  },
  ...layers.flat().flatMap((library) => [
    {
      files: [`libs/${library}/**/*.ts`],
      ignores: [specs],
      rules: {
        'no-restricted-imports': ['error', { patterns: [...layerPatterns(library), specsOnly] }],
      },
    },
    {
      files: [`libs/${library}/${specs}`],
      rules: { 'no-restricted-imports': ['error', { patterns: layerPatterns(library) }] },
    },
  ]),
  {
    files: ['apps/**/*.ts'],
    // The console's browser-test harness (apps/web/e2e) runs in Node beside its specs.
    ignores: [specs, 'apps/api/src/demo/**', 'apps/web/e2e/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [specsOnly] }] },
  },
];
