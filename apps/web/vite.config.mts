import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
// `npm run dev:web` talks to an api started with `npm start` on its usual port.
const api = `http://127.0.0.1:${process.env.PORT ?? 3000}`;

/**
 * The console is built into apps/web/dist, which the api serves at `/`. Every asset is a file
 * of its own (no inline script), so the api's Content-Security-Policy can stay `script-src 'self'`.
 */
const config = {
  root,
  plugins: [react()],
  // The API's own error catalogue, shared so the console and the API say the same sentence.
  resolve: {
    alias: { '@hdnd/messages': fileURLToPath(new URL('../../libs/messages/src', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Inlined assets become data: URLs; keep scripts and styles as files the policy allows.
    assetsInlineLimit: 0,
    sourcemap: true,
    // Pages are chunks of their own (src/app/pages.ts); what matters is the gzip size the first
    // page loads (bench:web, target 250 kB), not the size of the shell's chunk.
    chunkSizeWarningLimit: 1024,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': api, '/health': api, '/ready': api },
  },
};

export default defineConfig(({ command }) => {
  // A build is the production build whatever NODE_ENV says. Under Jest (NODE_ENV=test) Vite would
  // otherwise bundle React's development build, three times heavier and slower, which the api
  // would then serve; and forcing only React's build (a `define`) left the JSX compiled for
  // development, calling a function React's production build does not have: a blank page.
  // Vite reads NODE_ENV after this file, to choose both, so it is set here.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return config;
});
