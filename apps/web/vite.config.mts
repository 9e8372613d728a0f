import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** Where the API listens during development; `npx nx run web:serve` proxies to it. */
const apiTarget = process.env.OUIMAKE_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: here('.'),
  publicDir: here('public'),
  plugins: [react()],
  resolve: {
    alias: { '@ouimake/domain': here('../../libs/shared/domain/src/index.ts') },
  },
  server: {
    port: 4200,
    strictPort: true,
    proxy: {
      '/graphql': { target: apiTarget, ws: true },
      '/health': { target: apiTarget },
    },
  },
  build: {
    outDir: here('../../dist/apps/web'),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the board: separate files stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|optimism|@wry|tslib)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
});
