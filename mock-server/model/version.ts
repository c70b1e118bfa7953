/** UDS release handling: which elements the emulated CUCM release has, and root `version` attributes. */

export type Release = readonly [number, number, number]

/** Parse "14.0.1", "10.5(2)", "11.5", "12.5.1.10000-1" → [major, minor, maintenance]. */
export function parseRelease(value: string): Release | null {
  const m = /^(\d{1,2})\.(\d)(?:[.(](\d{1,2})\)?)?(?:[.\-\d]*)?$/.exec(value.trim())
  if (!m) return null
  const major = Number(m[1])
  if (major < 10 || major > 15) return null
  return [major, Number(m[2]), m[3] === undefined ? 1 : Number(m[3])]
}

export function atLeast(r: Release, target: string): boolean {
  const [a, b, c] = parseRelease(target) ?? [0, 0, 0]
  if (r[0] !== a) return r[0] > a
  if (r[1] !== b) return r[1] > b
  return r[2] >= c
}

/** Feature gates, from the seeds' "New and Changed" notes and uds-api.md §7. */
export interface Features {
  /** `selfServiceId` in users; `description/@source` on devices (10.5(1)). */
  selfServiceId: boolean
  descriptionSource: boolean
  /** `GET /user/{id}/credentials` (10.5(2)). */
  credentialsGet: boolean
  /** `<displayName>` in user and users (11.0(1)). */
  displayName: boolean
  /** conferencing resource and groups resource (11.0(1)). */
  conferencing: boolean
  groups: boolean
  /** `<displayName>` writable via PUT user; `displayname` users search parameter; `<capabilities>` in version (11.5(1)). */
  displayNamePut: boolean
  displayNameSearch: boolean
  capabilities: boolean
  /** `<model>` in remote destination associated devices (12.0(1)). */
  remoteDestinationModel: boolean
  /** `<jabberProfile>`, `<emMaxLoginTime>`, `<allowProvisionEMMaxLoginTime>` in user (12.5(1)). */
  jabberProfile: boolean
}

export function features(r: Release): Features {
  return {
    selfServiceId: atLeast(r, '10.5.1'),
    descriptionSource: atLeast(r, '10.5.1'),
    credentialsGet: atLeast(r, '10.5.2'),
    displayName: atLeast(r, '11.0.1'),
    conferencing: atLeast(r, '11.0.1'),
    groups: atLeast(r, '11.0.1'),
    displayNamePut: atLeast(r, '11.5.1'),
    displayNameSearch: atLeast(r, '11.5.1'),
    capabilities: atLeast(r, '11.5.1'),
    remoteDestinationModel: atLeast(r, '12.0.1'),
    jabberProfile: atLeast(r, '12.5.1'),
  }
}

/**
 * Schema version of each resource's root `version` attribute: the last release (not after the
 * emulated one) in which the docs show that resource changing, written as the docs' examples do.
 */
const SCHEMA_CHANGES: Record<string, string[]> = {
  versionInformation: ['10.0.0'],
  servers: ['10.0.0'],
  clusterUser: ['10.0.0'],
  options: ['10.0.0'],
  users: ['10.0.0', '10.5.1', '11.0.0', '11.5.1'],
  user: ['10.0.0', '11.0.0', '11.5.1', '12.5.1'],
  userPolicy: ['10.0.0'],
  conferencing: ['11.0.0'],
  credentials: ['10.5.2'],
  devices: ['10.0.0', '10.5.1'],
  device: ['10.0.0', '10.5.1'],
  extensions: ['10.0.0'],
  extension: ['10.0.0'],
  remoteDestinations: ['10.0.0', '12.0.1', '12.5.1'],
  remoteDestination: ['10.0.0', '12.0.1', '12.5.1'],
  speedDials: ['10.0.0'],
  subscribedServices: ['10.0.0'],
  phoneServices: ['10.0.0'],
  groups: ['11.0.0'],
}

export function schemaVersion(r: Release, resource: string): string {
  const changes = SCHEMA_CHANGES[resource] ?? ['10.0.0']
  let best = changes[0] ?? '10.0.0'
  for (const v of changes) {
    const p = parseRelease(v)
    if (p && atLeast(r, `${p[0]}.${p[1]}.${p[2] === 0 ? 1 : p[2]}`)) best = v
  }
  return best
}
