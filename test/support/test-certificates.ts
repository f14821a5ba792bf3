import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const ecKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes']

/**
 * Certificates made with the openssl command line in a scratch directory, for testing certificate sign-in:
 * CAs, and client certificates they sign (for client authentication unless `usage` says otherwise; valid
 * for a year, or already expired with `days: -1`). Tests only; `remove` deletes the directory.
 *
 * @example const certs = testCertificates(); certs.ca('jiangchuan-ca'); const pem = certs.client('good', 'jiangchuan-ca', '/O=Co/OU=91350100M000100Y43')
 */
export function testCertificates() {
  const dir = mkdtempSync(path.join(tmpdir(), 'client-certs-'))
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' })
  const read = (name: string) => readFileSync(path.join(dir, `${name}.pem`), 'utf8')
  return {
    dir,
    /** A self-signed CA; its PEM. Its file is `<dir>/<name>.pem`. */
    ca(name: string): string {
      openssl('req', '-x509', ...ecKey, '-keyout', `${name}.key`, '-out', `${name}.pem`, '-days', '3650', '-subj', `/CN=${name}`)
      return read(name)
    },
    /** A client certificate `issuer` signed for `subject`; its PEM. */
    client(name: string, issuer: string, subject: string, { usage = 'clientAuth', days = 365 }: { usage?: string; days?: number } = {}): string {
      writeFileSync(path.join(dir, `${name}.ext`), `extendedKeyUsage=${usage}\n`)
      openssl('req', ...ecKey, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-utf8', '-subj', subject)
      openssl('x509', '-req', '-in', `${name}.csr`, '-CA', `${issuer}.pem`, '-CAkey', `${issuer}.key`, '-CAcreateserial', '-out', `${name}.pem`, '-days', String(days), '-extfile', `${name}.ext`)
      return read(name)
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}
