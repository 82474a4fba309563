/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  testTimeout: 60000,
  globalSetup: '<rootDir>/test/global-setup.ts',
  // The default output, then a loud banner at the very end when the browser tests were skipped.
  reporters: ['default', '<rootDir>/test/support/browser-skip-reporter.js'],
};
