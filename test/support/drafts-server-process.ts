import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

export type ServerProcess = { child: ChildProcess; origin: string; stderr: () => string }

/**
 * Starts server/cli/drafts-server.ts as a real process on a free loopback port and waits until it
 * listens. `env` adds DATA_DIR, DATA_KEY, DATABASE_URL... to the environment.
 */
export async function startDraftsServer(env: Record<string, string>, timeoutMs = 120_000, entry = 'server/cli/drafts-server.ts'): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: root,
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let err = ''
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()))
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL') // never leave a half-started server behind
      reject(new Error(`The drafts server did not start within ${timeoutMs} ms:\n${err}`))
    }, timeoutMs)
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)
      if (match) {
        clearTimeout(timer)
        resolve(match[1]!)
      }
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`The drafts server exited with code ${code} before listening:\n${err}`))
    })
  })
  return { child, origin, stderr: () => err }
}

/** Kills with SIGKILL (no chance to flush anything) and waits for the process to be gone. */
export async function killHard(server: ServerProcess): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return
  const gone = new Promise<void>((resolve) => server.child.once('exit', () => resolve()))
  server.child.kill('SIGKILL')
  await gone
}
