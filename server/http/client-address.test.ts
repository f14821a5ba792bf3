import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { clientAddress, parseTrustedProxies } from './client-address.ts'

/** Who the app thinks a request is from, for a socket peer and an X-Forwarded-For header. */
async function clientSeen(trusted: string, peer: string, forwardedFor?: string): Promise<string> {
  const app = new Hono().get('/', (c) => c.text(clientAddress(parseTrustedProxies(trusted))(c)))
  const env = { incoming: { socket: { remoteAddress: peer, remotePort: 40000, remoteFamily: peer.includes(':') ? 'IPv6' : 'IPv4' } } }
  const res = await app.request('/', { headers: forwardedFor === undefined ? {} : { 'X-Forwarded-For': forwardedFor } }, env)
  return res.text()
}

describe('telling clients apart behind proxies', () => {
  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    expect(await clientSeen('', '203.0.113.7', '198.51.100.1')).toBe('203.0.113.7')
    expect(await clientSeen('10.0.0.0/8', '203.0.113.7', '198.51.100.1')).toBe('203.0.113.7')
  })

  it('believes the address a trusted proxy saw, so clients behind it get a budget each', async () => {
    expect(await clientSeen('10.0.0.0/8', '10.0.0.5', '198.51.100.1')).toBe('198.51.100.1')
    expect(await clientSeen('10.0.0.0/8', '10.0.0.5', '198.51.100.2')).toBe('198.51.100.2')
  })

  it('takes the right-most address no trusted proxy wrote, so a client cannot pick its own', async () => {
    // The client sent "1.2.3.4"; the outer proxy (10.0.0.9) appended what it saw, the inner one too.
    expect(await clientSeen('10.0.0.0/8', '10.0.0.5', '1.2.3.4, 198.51.100.1, 10.0.0.9')).toBe('198.51.100.1')
  })

  it('stops at something that is not an address and counts the hop that wrote it', async () => {
    expect(await clientSeen('10.0.0.0/8', '10.0.0.5', 'garbage, 10.0.0.9')).toBe('10.0.0.9')
    expect(await clientSeen('127.0.0.1', '127.0.0.1', '')).toBe('127.0.0.1')
  })

  it('reads IPv4 on a dual-stack socket as IPv4, and counts IPv6 clients by their /64', async () => {
    expect(await clientSeen('127.0.0.1', '::ffff:127.0.0.1', '198.51.100.1')).toBe('198.51.100.1')
    expect(await clientSeen('', '2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64')
    expect(await clientSeen('', '2001:db8:1:2:bbbb::9')).toBe('2001:db8:1:2::/64')
    expect(await clientSeen('::1', '::1', '2001:db8::7')).toBe('2001:db8:0:0::/64')
  })

  it('refuses a TRUSTED_PROXIES entry that is no address or block', () => {
    expect(() => parseTrustedProxies('10.0.0.0/8, proxy.local')).toThrow('"proxy.local" is not an IP address or a CIDR block such as 10.0.0.0/8')
    expect(parseTrustedProxies(' ')).toBeNull()
  })
})
