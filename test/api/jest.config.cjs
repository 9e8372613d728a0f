// Black-box integration tests: each file boots the whole server (migrations, demo data, GraphQL,
// health) against a real PostgreSQL and talks to it over HTTP. The database is the embedded PGlite
// by default, started once for the run by global-setup.mjs, or a fresh database on the server that
// TEST_DATABASE_URL points at.
const base = require('../../jest.preset.cjs').project(__dirname, { displayName: 'api-integration' });

module.exports = {
  ...base,
  testMatch: ['<rootDir>/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/support/global-setup.mjs',
  globalTeardown: '<rootDir>/support/global-teardown.mjs',
  // PGlite serves one transaction at a time: one file at a time keeps its timings honest.
  maxWorkers: process.env.TEST_DATABASE_URL ? 2 : 1,
  testTimeout: 30_000,
};
