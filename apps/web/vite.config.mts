import { fileURLToPath } from 'node:url';
import { constants as zlibConstants } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { ClientSideBaseVisitor } from '@graphql-codegen/visitor-plugin-common';
import react from '@vitejs/plugin-react';
import { buildSchema, parse } from 'graphql';
import { RolldownMagicString } from 'rolldown';
import { defineConfig, type Plugin } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/**
 * Each `graphql(`...`)` of the board replaced by the document codegen wrote for it in src/gql,
 * written out where it is used: a page then bundles its own documents only, rather than the map
 * of every document of the board that `graphql()` looks them up in (what the client preset's
 * Babel plugin does, without the shared module that would still hold every page's documents).
 */
function graphqlDocuments(): Plugin {
  const gqlDir = here('src/gql');
  const visitor = new ClientSideBaseVisitor(buildSchema('type Query { _: Int }'), [], {}, {});
  const call = /\bgraphql\(\s*`([^`]*)`\s*\)/g;
  let generated = new Map<string, string>();
  return {
    name: 'ouimake-graphql-documents',
    enforce: 'pre',
    buildStart() {
      const source = readFileSync(`${gqlDir}/graphql.ts`, 'utf8');
      generated = new Map(
        [...source.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)].map((m) => [
          m[1] ?? '',
          m[2] ?? '',
        ]),
      );
    },
    transform: {
      filter: { id: /[\\/]apps[\\/]web[\\/]src[\\/].*\.tsx?$/, code: 'graphql(`' },
      handler(code, id) {
        if (id.startsWith(gqlDir)) return null;
        const out = new RolldownMagicString(code);
        let changed = false;
        for (const match of code.matchAll(call)) {
          const [definition] = parse(match[1] ?? '').definitions;
          if (definition?.kind !== 'OperationDefinition' && definition?.kind !== 'FragmentDefinition')
            continue;
          if (!definition.name) continue;
          const name =
            definition.kind === 'OperationDefinition'
              ? visitor.getOperationVariableName(definition)
              : visitor.getFragmentVariableName(definition);
          const document = generated.get(name);
          if (!document) {
            // Not generated yet: `graphql()` still finds it once codegen has run.
            this.warn(`${name} is not in src/gql: run npx nx run web:codegen`);
            continue;
          }
          out.overwrite(match.index, match.index + match[0].length, `(${document})`);
          changed = true;
        }
        return changed ? { code: out } : null;
      },
    },
  };
}

/** Where the API listens during development; `npx nx run web:serve` proxies to it. */
const apiTarget = process.env.OUIMAKE_API_URL ?? 'http://localhost:3000';

/**
 * Two builds: the board for browsers (dist/apps/web), and with `--ssr src/entry-server.tsx` the same
 * pages for the API to render a first visit on the server (dist/apps/web-ssr, every library bundled
 * in, so that the API needs nothing of the board's at run time).
 */
export default defineConfig(({ isSsrBuild }) => ({
  root: here('.'),
  publicDir: isSsrBuild ? false : here('public'),
  ssr: { noExternal: true },
  plugins: [
    graphqlDocuments(),
    react(),
    !isSsrBuild &&
      // Each script, style sheet and icon also written brotli- and gzip-compressed (x.js.br, x.js.gz),
      // at the strongest settings since it is done once: the API sends the smallest one the browser
      // takes. index.html is not among them: the API fills its head per page and language. Small
      // files too: a first visit fetches some forty scripts under 1 KB (Mantine's components, one per
      // file), 22 KB of its 206 when they went uncompressed.
      compression({
        include: /\.(js|mjs|css|svg|json|txt|xml|webmanifest)$/,
        threshold: 0,
        algorithms: [
          defineAlgorithm('brotliCompress', { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }),
          defineAlgorithm('gzip', { level: 9 }),
        ],
        skipIfLargerOrEqual: true,
      }),
  ],
  resolve: {
    alias: { '@ouimake/domain': here('../../libs/shared/domain/src/index.ts') },
  },
  server: {
    port: 4200,
    strictPort: true,
    proxy: {
      '/graphql': { target: apiTarget, ws: true },
      '/health': { target: apiTarget },
      // The API's files: exports, open data, one's own data, calendars, unsubscribe links.
      '^/(challenges|events)/[^/]+/(export\\.(md|csv)|report\\.md|registrations\\.csv)(\\?.*)?$': {
        target: apiTarget,
      },
      '^/events(/[^/]+)?\\.ics(\\?.*)?$': { target: apiTarget },
      '/open-data': { target: apiTarget },
      '/account/export.json': { target: apiTarget },
      '/unsubscribe': { target: apiTarget },
      '/.well-known': { target: apiTarget },
    },
  },
  build: isSsrBuild
    ? { outDir: here('../../dist/apps/web-ssr'), emptyOutDir: true, sourcemap: true, copyPublicDir: false }
    : {
        outDir: here('../../dist/apps/web'),
        emptyOutDir: true,
        sourcemap: true,
        // Which files each page needs: the API preloads a page's own code when it is opened directly.
        manifest: true,
        rolldownOptions: {
          output: {
            // Libraries change less often than the board: separate files stay cached across releases.
            // The libraries every page needs have a file each; the others (Markdown, forms, icons of
            // one page...) go with the pages that use them, so that the first visit does not fetch them.
            codeSplitting: {
              groups: [
                { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
                { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|optimism|@wry|tslib)[\\/]/ },
              ],
            },
          },
        },
      },
}));
