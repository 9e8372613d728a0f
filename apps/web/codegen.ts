import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for every GraphQL document of the board, from the schema the API emits.
 * Run `npx nx run web:codegen` (it emits the schema first); the output in src/gql is committed.
 */
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: {
        // `getFragmentData` rather than the default `useFragment`: it is not a hook, and the name
        // would clash with Apollo Client's own `useFragment`.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        useTypeImports: true,
        // Apollo Client adds __typename to every selection, so the data always has it.
        nonOptionalTypename: true,
        scalars: { DateTime: 'string' },
        enumType: 'string-literal',
        enumValues: {
          ChallengeStatus: '@ouimake/domain#ChallengeStatus',
          ChallengeOrder: '@ouimake/domain#ChallengeOrder',
          Role: '@ouimake/domain#Role',
          IdeaStatus: '@ouimake/domain#IdeaStatus',
          IdeaOrder: '@ouimake/domain#IdeaOrder',
          BrainstormPhase: '@ouimake/domain#BrainstormPhase',
          ActivityKind: '@ouimake/domain#ActivityKind',
          ReportStatus: '@ouimake/domain#ReportStatus',
        },
      },
    },
  },
};

export default config;
