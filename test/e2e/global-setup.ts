import { existsSync } from 'node:fs'
import type { TestProject } from 'vitest/node'
import { startServer } from '../support/server-process.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

/** One real server for the end-to-end suites; it serves the client built by `vite build` (npm test builds first). */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/client/index.html')) throw new Error('dist/client is missing: run `npx vite build` before the end-to-end tests')
  const server = await startServer()
  project.provide('baseUrl', server.url)
  return async () => {
    await server.stop()
  }
}
