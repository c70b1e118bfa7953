/** Public UDS system resources: version, home cluster, languages, and the user's policy. */
import { request } from '../client.ts'
import { attr, bool, element, list, text, type XmlObject } from '../xml.ts'

export interface ServerVersion {
  /** The CUCM release, e.g. "14.0.1". */
  release: string
  /** The UDS schema version of the root element. */
  schemaVersion: string
  usersResourceAuthEnabled: boolean
}

export function parseVersion(root: XmlObject): ServerVersion {
  const capabilities = element(root, 'capabilities')
  return {
    release: text(root, 'version'),
    schemaVersion: attr(root, 'version') ?? '',
    usersResourceAuthEnabled: bool(capabilities, 'usersResourceAuthEnabled'),
  }
}

/** Compares dotted releases: atLeast("11.5.1", "11.5") is true. */
export function atLeast(release: string, minimum: string): boolean {
  const a = release.split(/[.()]/).map((p) => Number.parseInt(p, 10) || 0)
  const b = minimum.split(/[.()]/).map((p) => Number.parseInt(p, 10) || 0)
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0)
    if (d !== 0) return d > 0
  }
  return true
}

export async function getVersion(signal?: AbortSignal): Promise<ServerVersion> {
  const res = await request(
    { path: '/version', auth: false, signal, label: 'GET version' },
    'versionInformation',
  )
  return parseVersion(res.root!)
}

export interface HomeCluster {
  found: boolean
  /** The publisher of the user's home cluster, as UDS names it. */
  host: string | null
}

export function parseClusterUser(root: XmlObject): HomeCluster {
  const result = element(root, 'result')
  const found = attr(result, 'found') === 'true'
  const host = text(root, 'homeCluster').trim()
  return { found, host: found && host ? host : null }
}

export async function getClusterUser(userId: string, signal?: AbortSignal): Promise<HomeCluster> {
  const res = await request(
    { path: '/clusterUser', query: { username: userId }, auth: false, signal, label: 'GET clusterUser' },
    'clusterUser',
  )
  return parseClusterUser(res.root!)
}

export interface Option {
  value: string
  name: string
}

/** An options list: <option><value/><name/></option> items. */
export function parseOptions(root: XmlObject): Option[] {
  return list(root, 'option').map((o) => ({ value: text(o, 'value'), name: text(o, 'name') }))
}

export async function getInstalledLocales(signal?: AbortSignal): Promise<Option[]> {
  const res = await request(
    { path: '/options/installedLocales', auth: false, signal, label: 'GET installedLocales' },
    'installedLocales',
  )
  return parseOptions(res.root!)
}

export interface UserPolicy {
  /** 1 show all, 2 hide all, 3 show Forward All only. */
  showCallForward: number
  showChangePassword: boolean
  showChangePin: boolean
  showSpeedDials: boolean
  showDirectorySearch: boolean
  /** The most people one directory search returns (UDS default 64, at most 500). */
  userSearchLimit: number
  /** Every policy by name, as text. */
  raw: Record<string, string>
}

function searchLimit(value: string | undefined): number {
  const n = Number.parseInt(value ?? '', 10)
  return Number.isInteger(n) && n >= 1 ? Math.min(n, 500) : 64
}

export function parseUserPolicy(root: XmlObject): UserPolicy {
  const raw: Record<string, string> = {}
  for (const policy of list(root, 'policy')) raw[text(policy, 'name')] = text(policy, 'value')
  const flag = (name: string) => (raw[name] ?? 'true').toLowerCase() !== 'false'
  const cf = Number.parseInt(raw.ShowCallForward ?? '1', 10)
  return {
    showCallForward: [1, 2, 3].includes(cf) ? cf : 1,
    showChangePassword: flag('ShowChangePassword'),
    showChangePin: flag('ShowChangePin'),
    showSpeedDials: flag('ShowSpeedDials'),
    showDirectorySearch: flag('ShowDirectorySearch'),
    userSearchLimit: searchLimit(raw.UserSearchLimit),
    raw,
  }
}

export async function getUserPolicy(signal?: AbortSignal): Promise<UserPolicy> {
  const res = await request({ path: '/options/userPolicy', signal, label: 'GET userPolicy' }, 'userPolicy')
  return parseUserPolicy(res.root!)
}
