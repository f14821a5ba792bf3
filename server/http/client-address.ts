import { BlockList, isIP } from 'node:net'
import type { Context } from 'hono'
import { getConnInfo } from '@hono/node-server/conninfo'

/**
 * Who a request comes from, for rate limits. The socket's peer address, unless that peer is one of
 * TRUSTED_PROXIES: then the nearest address in `X-Forwarded-For` that is not itself a trusted proxy
 * (the right-most untrusted one, since each proxy appends the address it saw). A client can put
 * anything in that header, so it is believed only from a trusted peer. IPv6 clients count by their
 * /64 prefix, the block one subscriber is given, so a client cannot rotate addresses within it.
 *
 * @example const clientOf = clientAddress(parseTrustedProxies('10.0.0.0/8')); clientOf(c) // '203.0.113.7'
 */
export function clientAddress(trusted: BlockList | null): (c: Context) => string {
  return (c) => {
    const peer = socketAddress(c)
    if (!trusted || !isTrusted(trusted, peer)) return bucketOf(peer)
    const forwarded = (c.req.header('x-forwarded-for') ?? '').split(',').map((a) => a.trim()).filter((a) => a !== '')
    let nearest = peer
    for (let i = forwarded.length - 1; i >= 0; i--) {
      const hop = plainAddress(forwarded[i]!)
      if (isIP(hop) === 0) break // a trusted proxy passed on something that is no address: count the last good hop
      nearest = hop
      if (!isTrusted(trusted, hop)) break
    }
    return bucketOf(nearest)
  }
}

/** The peer's IP address as the socket reports it; requests made in memory (tests) share 'unknown'. */
export function socketAddress(c: Context): string {
  try {
    return plainAddress(getConnInfo(c).remote.address ?? 'unknown')
  } catch {
    return 'unknown'
  }
}

/**
 * TRUSTED_PROXIES: IP addresses and CIDR blocks, separated by commas or spaces
 * (`127.0.0.1, 10.0.0.0/8, fd00::/8`). Empty: no proxy is trusted.
 *
 * @throws Error naming the first entry that is neither
 */
export function parseTrustedProxies(list: string): BlockList | null {
  const entries = list.split(/[\s,]+/).filter((e) => e !== '')
  if (entries.length === 0) return null
  const block = new BlockList()
  for (const entry of entries) {
    const [address = '', bits, extra] = entry.split('/')
    const family = isIP(address)
    const prefix = bits === undefined ? (family === 6 ? 128 : 32) : Number(bits)
    if (family === 0 || extra !== undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) {
      throw new Error(`"${entry}" is not an IP address or a CIDR block such as 10.0.0.0/8`)
    }
    block.addSubnet(address, prefix, family === 6 ? 'ipv6' : 'ipv4')
  }
  return block
}

function isTrusted(trusted: BlockList, address: string): boolean {
  const family = isIP(address)
  return family !== 0 && trusted.check(address, family === 6 ? 'ipv6' : 'ipv4')
}

/** `::ffff:1.2.3.4` (IPv4 on a dual-stack socket) as `1.2.3.4`; `[::1]:80` and `1.2.3.4:80` forms lose the port. */
function plainAddress(raw: string): string {
  let a = raw.trim()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a)
  if (bracketed) a = bracketed[1]!
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':'))
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a)
  return mapped ? mapped[1]! : a
}

/** An IPv4 address as is; an IPv6 address by its /64 prefix. */
function bucketOf(address: string): string {
  if (isIP(address) !== 6) return address
  return `${expandIpv6(address).slice(0, 4).join(':')}::/64`
}

function expandIpv6(address: string): string[] {
  const [head = '', tail] = address.toLowerCase().split('::')
  const left = head === '' ? [] : head.split(':')
  const right = tail === undefined || tail === '' ? [] : tail.split(':')
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0')
  return [...left, ...zeros, ...right].map((g) => g.replace(/^0+(?=.)/, ''))
}
