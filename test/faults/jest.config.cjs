// Fault tests (`npm run test:faults`): the built server as its own process against a PostgreSQL
// cluster of the test's own (initdb + pg_ctl), stopped, restarted and killed on purpose; never the
// shared database or Redis. One at a time: they measure recovery times.
const base = require('../../jest.preset.cjs').project(__dirname, { displayName: 'faults' });

module.exports = {
  ...base,
  testMatch: ['<rootDir>/specs/**/*.fault-spec.ts'],
  maxWorkers: 1,
  testTimeout: 180_000,
};
