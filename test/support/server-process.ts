import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from './free-port.ts'

export type ServerProcess = { url: string; dataDir: string; child: ChildProcess; output: () => string; stop: () => Promise<void> }

/**
 * Starts the real product (`server/main.ts`, serving dist/client) on a free loopback port with its own
 * DATA_DIR, and resolves once /healthz answers. Output is kept so a failing start says why.
 */
export async function startServer(env: Record<string, string> = {}): Promise<ServerProcess> {
  // A caller that must know the address first (to register it at an identity provider) passes PORT.
  const port = env.PORT ? Number(env.PORT) : await freePort()
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'lobby-data-'))
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    // Every browser of a suite is one client (127.0.0.1): its budgets for new drafts and saves are raised
    // so that a long suite is never refused; the limits themselves are tested in the API tests.
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, PUBLIC_ORIGIN: `http://127.0.0.1:${port}`, CREATE_RATE_PER_MINUTE: '10000', SAVE_RATE_PER_MINUTE: '100000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout?.on('data', (chunk) => (log += chunk))
  child.stderr?.on('data', (chunk) => (log += chunk))
  const url = `http://127.0.0.1:${port}`
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  const deadline = Date.now() + 60_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}:\n${log}`)
    try {
      const res = await fetch(`${url}/healthz`)
      if (res.ok) return { url, dataDir, child, output: () => log, stop }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  await stop()
  throw new Error(`the server did not answer /healthz within 60 s:\n${log}`)
}
