// Lint: the recommended rules of ESLint and typescript-eslint (no style rules), and the
// architecture as Nx module boundaries over the tags of every project.json (`npm run lint`).
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

/**
 * Who may import whom, by tag. Production code:
 * - packages (type:lib) know no app;
 * - apps (type:app) use packages only: never another app, never the simulator;
 * - the simulator (type:simulator, simulator/) stands apart: of our code it reads only what both
 *   sides of SecuTix's wire must agree on (scope:contract: the SecuTix contract table, the barcode's
 *   symbology), never the client or the runtime, so its SecuTix stays independent of ours;
 * - the registry of subgraphs (type:registry, tools/subgraphs) is the one place that imports the subgraphs;
 * - the test stack (type:test, packages/testing) starts the gateway, the simulator and the registry's subgraphs;
 * - the cross-app scenarios (type:e2e, e2e/) drive the whole product as a user would: they use the
 *   libraries, the test stack, the simulator's public entry, the apps' public entries and the registry;
 * - tools (type:tool) wire anything together, except the scenarios: nothing imports e2e/.
 * So only tools and tests reach the simulator, and only through its public entry (`@stx/secutix-sim`).
 * The apps' project.json carry no `projectType`: Nx refuses any import of an "application"
 * outright, where here the registry, the test stack and the tools do import apps, through their
 * public entry (`@stx/<app>`); the `type:app` tag carries the rule instead.
 */
const production = [
  { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
  { sourceTag: 'type:simulator', onlyDependOnLibsWithTags: ['scope:contract'] },
  { sourceTag: 'type:registry', onlyDependOnLibsWithTags: ['type:lib', 'scope:subgraph'] },
  { sourceTag: 'type:test', onlyDependOnLibsWithTags: ['type:lib', 'type:app', 'type:registry', 'type:simulator'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:lib', 'type:test', 'type:simulator', 'type:app', 'type:registry'] },
  { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['*'], notDependOnLibsWithTags: ['type:e2e'] },
];

/**
 * Tests may also use the test helpers and the simulator (through its public entry), never another
 * app; the simulator's tests call it with our client (the cross-check); the registry's test
 * compares it with the supergraph the gateway routes by.
 */
const TEST_EXTRAS = {
  'type:lib': ['type:test', 'type:simulator'],
  'type:app': ['type:test', 'type:simulator'],
  'type:simulator': ['type:lib', 'type:test'],
  'type:registry': ['type:app'],
};
const tests = production.map((c) => ({ ...c, onlyDependOnLibsWithTags: [...c.onlyDependOnLibsWithTags, ...(TEST_EXTRAS[c.sourceTag] ?? [])] }));

const boundaries = (depConstraints) => ({
  '@nx/enforce-module-boundaries': [
    'error',
    {
      depConstraints,
      // tests of every project use the test stack, which is built from those projects: that cycle is in test files only
      ignoredCircularDependencies: ['tag:type:lib', 'tag:type:app', 'tag:type:simulator', 'tag:type:registry', 'tag:type:tool'].map((tag) => [tag, 'tag:type:test']),
    },
  ],
});

// e2e/ holds only tests: its scenarios and their helpers
const TEST_FILES = ['**/test/**/*.ts', '**/*.test.ts', 'e2e/**/*.ts'];
/** code that reads JSON, YAML and GraphQL answers it did not type: tests, their helpers, the tools */
const UNTYPED_ANSWERS = [...TEST_FILES, 'packages/testing/**/*.ts', 'tools/**/*.ts'];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/__generated__/**', '**/dist/**', 'tmp/**', 'tools/bench/peers/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    plugins: { '@nx': nx },
    rules: {
      ...boundaries(production),
      // `_name` says "deliberately unused" (a destructured field dropped, a handler's unused argument)
      // a project is reached by its name only (`@stx/<name>`, its src/index.ts): never a path past it
      // into its insides; Nx's rule refuses relative paths into another project, not these
      'no-restricted-imports': ['error', { patterns: [{ regex: '^@stx/[^/]+/', message: 'Import the project by its name (@stx/<name>, its public entry), never a path into it.' }] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  { files: TEST_FILES, rules: boundaries(tests) },
  { files: UNTYPED_ANSWERS, rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', __dirname: 'readonly' } } },
);
