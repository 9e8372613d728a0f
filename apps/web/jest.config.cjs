const { project } = require('../../jest.preset.cjs');

const config = project(__dirname, {
  displayName: 'web',
  testEnvironment: '<rootDir>/src/test/jsdom-environment.cjs',
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
});

// Styles mean nothing to jsdom: CSS modules give back their class names, plain CSS nothing.
config.moduleNameMapper = { ...config.moduleNameMapper, '\\.css$': 'identity-obj-proxy' };

module.exports = config;
