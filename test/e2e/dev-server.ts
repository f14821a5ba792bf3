import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { freePort } from '../support/free-port.ts'

export type DevServer = { url: string; child: ChildProcess; output: () => string }

/** `npm run dev` (server/dev.ts) serving the content under `root`, answering /healthz. */
export async function startDevServer(root: string): Promise<DevServer> {
  const port = await freePort()
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/dev.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', CONTENT_DIR: root, DATA_DIR: join(root, 'data'), NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout?.on('data', (chunk) => (log += chunk))
  child.stderr?.on('data', (chunk) => (log += chunk))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 150_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the dev server exited with code ${child.exitCode}:\n${log}`)
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) return { url, child, output: () => log }
    await new Promise((r) => setTimeout(r, 300))
  }
  child.kill('SIGTERM')
  throw new Error(`the dev server did not answer /healthz in time:\n${log}`)
}

/** Stops the dev server and waits for it to exit. */
export async function stopDevServer(server: DevServer | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null) return
  await new Promise<void>((resolve) => {
    server.child.once('exit', () => resolve())
    server.child.kill('SIGTERM')
  })
}
