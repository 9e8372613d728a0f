// Tests of the built product as a person meets it: the server process (start, configuration
// errors, restart, graceful stop) and the board in Debian's Chromium driven by Playwright.
// global-setup.mjs starts the built server once (`npm start`'s code path) on a free port.
const base = require('../../jest.preset.cjs').project(__dirname, { displayName: 'e2e' });

module.exports = {
  ...base,
  testMatch: ['<rootDir>/specs/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
  maxWorkers: 1,
  testTimeout: 60_000,
};
