/**
 * `GET /__mock/state/{userId}`: a persona's state as JSON, for tests and demos. The secrets a real
 * server never returns (password, phone PIN, voicemail PIN) show only as "set (n characters)";
 * `POST /__mock/check-secret` answers whether one equals a candidate.
 */
import { charLength } from '../model/rules.ts'
import type {
  Device,
  Forward,
  Line,
  Persona,
  RemoteDestination,
  SpeedDial,
  SubscribedService,
} from '../model/types.ts'
import { policies } from '../uds/policy.ts'

/** The secrets a test may check, and where each lives. */
export const SECRETS = {
  password: (u: Persona) => u.password,
  pin: (u: Persona) => u.pin,
  voicemailPin: (u: Persona) => u.cupi.pin,
} as const

export type SecretName = keyof typeof SECRETS

/** How a secret shows in a snapshot. */
export function redacted(value: string): string {
  return value === '' ? 'not set' : `set (${charLength(value)} characters)`
}

/** A phone or remote-destination profile as a snapshot shows it. */
export interface DeviceSnapshot {
  id: string
  name: string
  kind: Device['kind']
  model: string
  /** What the user sees: their own description, else the administrator's. */
  description: string
  userDescription: string | null
  dndEnabled: boolean
  dndOption: string
  /** The incoming call alert while DND is on. */
  dndAlert: string
  lineIds: string[]
  /** How this phone's lines differ from their shared settings, by line id (only when one does). */
  lineSettings?: Device['lineSettings']
  /** Sorted by position. */
  speedDials: SpeedDial[]
  /** Only when the phone has its own list (after a device-level write). */
  subscribedServices?: SubscribedService[]
}

/**
 * `GET /__mock/state/{userId}`: one persona's state as JSON (what tests assert on). Secrets show only
 * as "set (n characters)" or "not set".
 */
export interface PersonaSnapshot {
  userName: string
  id: string
  firstName: string
  lastName: string
  displayName: string
  email: string
  department: string
  title: string
  manager: string
  /** installedLocales value, '' = system default. */
  locale: string
  useLdapAuth: boolean
  homeCluster: boolean
  enableCalendarPresence: boolean
  mobileConnect: boolean
  remoteDestinationLimit: number
  password: string
  pin: string
  voicemailPin: string
  voicemailPinMustChange: boolean
  conferencing: Persona['conferencing']
  /** Every phone has DND on (and there is at least one phone). */
  dnd: boolean
  /** The primary line's. */
  callForwardAll: Forward | null
  lines: Line[]
  devices: DeviceSnapshot[]
  remoteDestinations: RemoteDestination[]
  subscribedServices: SubscribedService[]
  /** userPolicy values by name, the persona's overrides applied. */
  policy: Record<string, string>
  login: {
    lastLogin: Persona['lastLogin']
    lastActivityAt: string | null
    failuresSinceLogin: number
    failedInARow: number
    lockedUntil: string | null
    alwaysLocked: boolean
  }
  cupi: {
    objectId: string
    hackCount: number
    locked: boolean
    pinTimeChanged: string
  }
}

export function snapshot(u: Persona): PersonaSnapshot {
  const phones = u.devices.filter((d) => d.kind === 'phone')
  return {
    userName: u.userName,
    id: u.id,
    firstName: u.firstName,
    lastName: u.lastName,
    displayName: u.displayName,
    email: u.email,
    department: u.department,
    title: u.title,
    manager: u.manager,
    locale: u.locale,
    useLdapAuth: u.useLdapAuth,
    homeCluster: u.homeCluster,
    enableCalendarPresence: u.enableCalendarPresence,
    mobileConnect: u.mobileConnect,
    remoteDestinationLimit: u.remoteDestinationLimit,
    password: redacted(u.password),
    pin: redacted(u.pin),
    voicemailPin: redacted(u.cupi.pin),
    voicemailPinMustChange: u.cupi.pinMustChange,
    conferencing: u.conferencing,
    dnd: phones.every((d) => d.dndEnabled) && phones.length > 0,
    callForwardAll: u.lines.find((l) => l.primary)?.callForwardAll ?? null,
    lines: u.lines,
    devices: u.devices.map((d) => ({
      id: d.id,
      name: d.name,
      kind: d.kind,
      model: d.model,
      description: d.userDescription ?? d.adminDescription,
      userDescription: d.userDescription,
      dndEnabled: d.dndEnabled,
      dndOption: d.dndOption,
      dndAlert: d.dndAlert,
      lineIds: d.lineIds,
      ...(d.lineSettings && Object.keys(d.lineSettings).length > 0 ? { lineSettings: d.lineSettings } : {}),
      speedDials: [...d.speedDials].sort((a, c) => a.index - c.index),
      ...(d.ownServices ? { subscribedServices: d.ownServices } : {}),
    })),
    remoteDestinations: u.remoteDestinations,
    subscribedServices: u.subscribedServices,
    policy: Object.fromEntries(policies(u).map((p) => [p.name, p.value])),
    login: {
      lastLogin: u.lastLogin,
      lastActivityAt: u.lastActivityAt,
      failuresSinceLogin: u.failuresSinceLogin,
      failedInARow: u.failedInARow,
      lockedUntil: u.lockedUntil,
      alwaysLocked: u.alwaysLocked,
    },
    cupi: {
      objectId: u.cupi.objectId,
      hackCount: u.cupi.hackCount,
      locked: u.cupi.locked,
      pinTimeChanged: u.cupi.pinTimeChanged,
    },
  }
}
