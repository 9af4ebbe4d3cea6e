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
export default defineConfig({
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
    // One chunk for now: what matters is the gzip size the first page loads (target 250 kB).
    chunkSizeWarningLimit: 1024,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': api, '/health': api, '/ready': api },
  },
});
