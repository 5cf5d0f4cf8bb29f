// One Jest run for the whole workspace: unit tests sit beside the code (src/**/*.test.ts),
// integration tests in each project's test/ folder, the cross-app scenarios in e2e/<scenario>/.
// `lazy`: an import of a package (`@stx/*`, npm) is required when first used, not when the file is
// loaded. Each test file has its own module registry and loads everything it imports again: a test
// that imports @stx/testing for its stack client no longer evaluates the simulator, pg and the rest
// (measured on 30 files in one process: Jest's CPU time 11.3 s -> 8.0 s). Relative imports and
// imports for their side effects stay eager.
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs', lazy: true } }];
module.exports = {
  testEnvironment: 'node',
  // Hive's Rust planner is loaded with a dynamic import(), which Jest's VM refuses without
  // --experimental-vm-modules: compiled to CommonJS like our own files, it becomes a require()
  transform: { '^.+\\.ts$': swc, '@graphql-hive/router-runtime/dist/index\\.cjs$': swc },
  transformIgnorePatterns: ['/node_modules/(?!@graphql-hive/router-runtime/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/apps/*/src/**/*.test.ts', '<rootDir>/apps/*/test/**/*.test.ts', '<rootDir>/packages/*/src/**/*.test.ts', '<rootDir>/packages/*/test/**/*.test.ts', '<rootDir>/simulator/src/**/*.test.ts', '<rootDir>/simulator/test/**/*.test.ts', '<rootDir>/tools/**/*.test.ts', '<rootDir>/e2e/**/*.test.ts'],
  // one rule for every project: packages and apps by their public entry, the subgraph registry in tools/,
  // the simulator in its own folder
  moduleNameMapper: {
    '^@stx/subgraphs$': '<rootDir>/tools/subgraphs/index.ts',
    '^@stx/secutix-sim$': '<rootDir>/simulator/src/index.ts',
    '^@stx/([a-z-]+)$': ['<rootDir>/packages/$1/src/index.ts', '<rootDir>/apps/$1/src/index.ts'],
  },
  globalSetup: '<rootDir>/packages/testing/src/jestGlobalSetup.ts',
  testSequencer: '<rootDir>/packages/testing/src/jestTestSequencer.js',
  globalTeardown: '<rootDir>/packages/testing/src/jestGlobalTeardown.ts',
  testTimeout: 30000,
  // three on two cores: many end-to-end tests wait on real clocks (sync periods, breaker windows,
  // a Redis restart) and a third worker keeps the cores busy meanwhile; each worker's stack host
  // does the servers' work while its worker waits for their answers
  maxWorkers: 3,
};
