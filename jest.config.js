/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // Type errors are caught by `npm run typecheck`; with isolatedModules in tsconfig.json, ts-jest only
    // transpiles, which keeps it fast.
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  moduleFileExtensions: ['ts', 'js', 'json', 'mjs'],
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
  setupFiles: ['<rootDir>/test/fast-check-seed.js'],
};
