import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vite'
import { compileHints } from './build/compile-hints.ts'
import { precompress } from './build/precompress.ts'
import { firstPageModules } from './server/http/route-preloads.ts'

// The client is served by the Hono server in production (dist/client) and proxied to it in development.
export default defineConfig({
  root: 'client',
  publicDir: false,
  // The lazily loaded pages that are often the first of a visit (a shared or searched link): the same
  // list the server gives preload hints for.
  plugins: [svelte(), compileHints(firstPageModules), precompress()],
  // The manifest lets the server add preload hints for the page a URL opens (server/http/route-preloads.ts).
  build: { outDir: '../dist/client', emptyOutDir: true, target: 'es2022', manifest: true },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/healthz': 'http://127.0.0.1:8080' } },
})
