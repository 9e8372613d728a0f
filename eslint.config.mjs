import nx from '@nx/eslint-plugin';
import jest from 'eslint-plugin-jest';
import reactHooks from 'eslint-plugin-react-hooks';

// The board's layers, one way: app/ (the shell) -> pages/ -> modules/ -> ui/ -> shared/.
const boardShell = {
  group: ['**/app', '**/app/**'],
  message: 'app/ is the board’s shell (router, layout, providers): import helpers from shared/ instead.',
};
const boardFeatures = (folder) => ({
  group: ['**/modules', '**/modules/**', '**/pages', '**/pages/**'],
  message: `${folder} knows no feature: move what both need to shared/, or pass it in as props.`,
});

/**
 * Pages rendered on the server are taken over in the browser with the server's answer to media
 * queries (shared/useViewport.ts); Mantine's hook answers from the browser at once.
 */
const serverRenderedMedia = {
  name: '@mantine/hooks',
  importNames: ['useMediaQuery'],
  message:
    'Use useMaxWidth (shared/useViewport): it answers as the server did while a rendered page is taken over.',
};

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/.nx', '**/.data', 'apps/web/src/gql/**', '**/coverage'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'],
    rules: {
      // Real boundaries: the board and the server never import each other; both share the domain lib.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:shared', 'scope:api'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:shared', 'scope:web'] },
            {
              sourceTag: 'scope:test',
              onlyDependOnLibsWithTags: ['scope:shared', 'scope:api', 'scope:test'],
            },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tool configuration files load the shared preset by path.
    files: ['**/jest.config.cjs', '**/vite.config.ts', '**/codegen.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // Cross-app suites boot the server from its sources (test/api) and drive the built board in a
    // browser (test/e2e); they never import the board's code.
    files: ['test/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': 'off',
      'no-restricted-imports': ['error', { patterns: ['**/apps/web/**'] }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The server's cross-cutting code (auth, GraphQL plumbing, loader helpers, the live fan-out)
    // knows no feature: features import core/, never the other way round.
    files: ['apps/api/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/modules/**', '**/modules'],
              message: 'core/ knows no feature: move the code to modules/, or invert the dependency.',
            },
          ],
        },
      ],
    },
  },
  {
    // The domain library is pure: no framework, no I/O.
    files: ['libs/shared/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@nestjs/*', 'react', 'react-*', 'typeorm', 'pg', 'node:*', 'fs', 'path'] },
      ],
    },
  },
  {
    // Features, pages and the pieces they share never reach into the shell.
    files: ['apps/web/src/{modules,pages,ui,shared}/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [boardShell], paths: [serverRenderedMedia] }] },
  },
  {
    // ui/ is presentational: it imports no feature module and no page.
    files: ['apps/web/src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [boardShell, boardFeatures('ui/')], paths: [serverRenderedMedia] },
      ],
    },
  },
  {
    // shared/ is the bottom layer: nothing of the shell, the features, the pages or ui/.
    files: ['apps/web/src/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            boardShell,
            boardFeatures('shared/'),
            {
              group: ['**/ui', '**/ui/**'],
              message: 'shared/ is below ui/: ui/ imports shared/, not the reverse.',
            },
          ],
          paths: [serverRenderedMedia],
        },
      ],
    },
  },
  {
    files: ['**/*.tsx', 'apps/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/*.integration-spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts'],
    plugins: { jest },
    languageOptions: { globals: jest.environments.globals.globals },
    rules: {
      'jest/no-focused-tests': 'error',
      'jest/no-disabled-tests': 'error',
      'jest/no-identical-title': 'error',
      'jest/valid-expect': 'error',
      'jest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*'] }],
    },
  },
];
