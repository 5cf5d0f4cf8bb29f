// One Jest run for the whole workspace: unit tests sit beside the code (src/**/*.test.ts),
// integration and end-to-end tests in each project's test/ folder.
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }];
module.exports = {
  testEnvironment: 'node',
  // Hive's Rust planner is loaded with a dynamic import(), which Jest's VM refuses without
  // --experimental-vm-modules: compiled to CommonJS like our own files, it becomes a require()
  transform: { '^.+\\.ts$': swc, '@graphql-hive/router-runtime/dist/index\\.cjs$': swc },
  transformIgnorePatterns: ['/node_modules/(?!@graphql-hive/router-runtime/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  testMatch: ['<rootDir>/apps/*/src/**/*.test.ts', '<rootDir>/apps/*/test/**/*.test.ts', '<rootDir>/packages/*/src/**/*.test.ts', '<rootDir>/packages/*/test/**/*.test.ts', '<rootDir>/tools/**/*.test.ts'],
  moduleNameMapper: {
    '^@stx/barcode$': '<rootDir>/packages/barcode/src/index.ts',
    '^@stx/cache$': '<rootDir>/packages/cache/src/index.ts',
    '^@stx/observability$': '<rootDir>/packages/observability/src/index.ts',
    '^@stx/secutix-client$': '<rootDir>/packages/secutix-client/src/index.ts',
    '^@stx/secutix-contract$': '<rootDir>/packages/secutix-contract/src/index.ts',
    '^@stx/subgraph-kit$': '<rootDir>/packages/subgraph-kit/src/index.ts',
    '^@stx/testing$': '<rootDir>/packages/testing/src/index.ts',
    '^@stx/secutix-sim$': '<rootDir>/apps/secutix-sim/src/index.ts',
  },
  globalSetup: '<rootDir>/packages/testing/src/jestGlobalSetup.ts',
  globalTeardown: '<rootDir>/packages/testing/src/jestGlobalTeardown.ts',
  testTimeout: 30000,
  maxWorkers: 2,
};
