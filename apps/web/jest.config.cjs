const { project } = require('../../jest.preset.cjs');

const config = project(__dirname, {
  displayName: 'web',
  testEnvironment: '<rootDir>/src/test/jsdom-environment.cjs',
  setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
  // The machines are shared: a form test that types a lot can take several seconds under load.
  testTimeout: 20_000,
  // jsdom suites are CPU-bound: every core works (Jest's default leaves one idle, half of a
  // two-core CI machine).
  maxWorkers: Math.max(2, require('node:os').availableParallelism() - 1),
});

// Styles mean nothing to jsdom: CSS modules give back their class names, plain CSS nothing.
config.moduleNameMapper = { ...config.moduleNameMapper, '\\.css$': 'identity-obj-proxy' };

// react-markdown and the unified/remark/micromark packages under it are published as ES modules
// only: let SWC turn them into CommonJS like the board's own code, and leave the rest alone.
const esmOnly = [
  'react-markdown',
  'remark-[^/]+',
  'unified',
  'bail',
  'trough',
  'is-plain-obj',
  'devlop',
  'vfile(-[^/]+)?',
  'unist-util-[^/]+',
  'mdast-util-[^/]+',
  'hast-util-[^/]+',
  'micromark(-[^/]+)?',
  'estree-util-[^/]+',
  'decode-named-character-reference',
  'character-entities(-[^/]+)?',
  'character-reference-invalid',
  'parse-entities',
  'stringify-entities',
  'is-(alphanumerical|alphabetical|decimal|hexadecimal)',
  'comma-separated-tokens',
  'space-separated-tokens',
  'property-information',
  'html-url-attributes',
  'longest-streak',
  'markdown-table',
  'escape-string-regexp',
  'zwitch',
  'ccount',
  'trim-lines',
  '@ungap/structured-clone',
];
config.transformIgnorePatterns = [`/node_modules/(?!(${esmOnly.join('|')})/)`];

module.exports = config;
