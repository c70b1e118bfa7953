/**
 * Which `Host` names the mock answers to: loopback names always, and the addresses it was told to
 * listen on. Anything else is refused with 421, so a DNS-rebinding page (evil.example resolving to
 * 127.0.0.1) cannot read the mock's state or arm faults.
 */
import { hostname, networkInterfaces } from 'node:os'

/** A host name without IPv6 brackets, lower-cased. */
function bare(host: string): string {
  return host.replace(/^\[(.*)\]$/, '$1').toLowerCase()
}

export function isLoopback(host: string): boolean {
  const h = bare(host)
  return (
    h === 'localhost' ||
    h.endsWith('.localhost') ||
    h === '::1' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) ||
    /^::ffff:(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|7f[0-9a-f]{2}:[0-9a-f]{1,4})$/.test(h)
  )
}

export function isWildcard(host: string): boolean {
  const h = bare(host)
  return h === '0.0.0.0' || h === '::' || h === ''
}

/** A checker for request host names: loopback plus the given names. */
export function hostChecker(allowed: readonly string[]): (host: string) => boolean {
  const names = new Set(allowed.map(bare))
  return (host) => isLoopback(host) || names.has(bare(host))
}

/**
 * The host names a server listening on `host` can be reached by: the address itself, or for a
 * wildcard (`0.0.0.0`, `::`) every address of this machine and its name.
 */
export function namesForListenHost(host: string | undefined): string[] {
  if (host === undefined || isLoopback(host)) return []
  if (!isWildcard(host)) return [host]
  const addresses = Object.values(networkInterfaces())
    .flat()
    .map((i) => i?.address)
    .filter((a): a is string => Boolean(a))
  return [...addresses, hostname()]
}
