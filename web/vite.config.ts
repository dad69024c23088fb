import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Builds the dashboard from web/ into web/dist (served by the Guildhall HTTP server).
 * `npx vite web` runs a dev server that proxies /api to a running Guildhall
 * (GUILDHALL_URL, default http://127.0.0.1:3000).
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative asset URLs: the built files work wherever the server mounts them.
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: { proxy: { '/api': process.env.GUILDHALL_URL ?? 'http://127.0.0.1:3000' } },
});
