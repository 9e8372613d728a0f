// Tests of the built product as a person meets it: the server process (start, configuration
// errors, restart, graceful stop) and the board in Debian's Chromium driven by Playwright.
// global-setup.ts starts the built server (`npm start`'s code path) on a free port, once per worker:
// E2E_WORKERS test files run side by side (1 by default), each worker against a server and data of
// its own. Two workers on a 2-core machine made long tests time out: keep 1 there.
process.env.E2E_WORKERS ??= '1';
const base = require('../../jest.preset.cjs').project(__dirname, { displayName: 'e2e' });

module.exports = {
  ...base,
  testMatch: ['<rootDir>/specs/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/support/global-setup.ts',
  globalTeardown: '<rootDir>/support/global-teardown.ts',
  maxWorkers: Number(process.env.E2E_WORKERS),
  // npm test runs the API integration suite beside: a long browser test may share the CPU with it.
  testTimeout: 120_000,
};
