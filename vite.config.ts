import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vite'

// The client is served by the Hono server in production (dist/client) and proxied to it in development.
export default defineConfig({
  root: 'client',
  publicDir: false,
  plugins: [svelte()],
  build: { outDir: '../dist/client', emptyOutDir: true, target: 'es2022' },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/healthz': 'http://127.0.0.1:8080' } },
})
