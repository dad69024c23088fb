import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const guildhall = process.env.GUILDHALL_URL ?? 'http://127.0.0.1:3000';

/**
 * Builds the dashboard from web/ into web/dist (served by the Guildhall HTTP server).
 * `npx vite web` runs a dev server that proxies /api and /auth to a running Guildhall
 * (GUILDHALL_URL, default http://127.0.0.1:3000).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Pages have real URLs (/members/123): assets are addressed from the root, never relative
  // to the page. The server answers index.html for every other GET outside /api.
  base: '/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/api': guildhall, '/auth': guildhall } },
});
