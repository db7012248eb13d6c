import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const sharedEntry = fileURLToPath(new URL('../../packages/shared/src/index.ts', import.meta.url));

// The API serves `dist/` at `/` in production; in development Vite serves the app and proxies `/api`.
export default defineConfig({
  plugins: [react()],
  resolve: {
    // The shared contract is consumed from source, so the web never waits for its build.
    alias: { '@habeas/shared': sharedEntry },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Route pages are loaded with dynamic import() (see src/app/router.tsx), so each becomes its own chunk.
    // The shell (React, Mantine, router, TanStack Query, i18next, zod) is ~750 kB minified, ~230 kB gzipped.
    chunkSizeWarningLimit: 800,
  },
});
