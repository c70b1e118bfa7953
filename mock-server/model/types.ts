/**
 * The mock's data model: what CUCM and Unity Connection hold for a user. The fixtures build it, the
 * resource modules read and change it, and the control routes show it.
 */
import type { Schedule } from './schedule.ts'

export interface Forward {
  /** sendToVoiceMailPilotNumber */
  voicemail: boolean
  /** destination / sendToCustomDestination ('' = none) */
  destination: string
}

export interface Line {
  id: string
  directoryNumber: string
  voiceMailPilotNumber: string
  primary: boolean
  description: string
  callForwardAll: Forward
  forwardBusyExternal: Forward
  forwardNoAnswerExternal: Forward
  forwardBusyInternal: Forward
  forwardNoAnswerInternal: Forward
  messageWaitingVisualAlert: boolean
  /** Preference values; '' = system default. */
  mwiVisualPref: string
  mwiAudiblePref: string
  onACallRingPref: string
  notOnACallRingPref: string
  label: string
  logMissedCalls: boolean
}

export interface SpeedDial {
  id: string
  index: number
  number: string
  label: string
}

export type DeviceKind = 'phone' | 'rdp' | 'ctiRd'

export interface Device {
  id: string
  name: string
  kind: DeviceKind
  type: string
  model: string
  protocol: string
  adminDescription: string
  userDescription: string | null
  editable: boolean
  dndEnabled: boolean
  /** doNotDisturbSettings option: 0 Ringer Off, 1 Call Reject, 2 Use Common Phone Profile Setting */
  dndOption: string
  /** The incoming call alert while DND is on (supportedRingSettings: 0 Disable, 1 Flash Only, 2 Beep Only). */
  dndAlert: string
  lineIds: string[]
  /**
   * How a line's appearance on this phone differs from the line's shared settings (label, voicemail
   * light and sound, ring, missed calls), by line id; absent = the same (model/appearances.ts).
   */
  lineSettings?: Record<
    string,
    Partial<
      Pick<
        Line,
        | 'label'
        | 'mwiVisualPref'
        | 'mwiAudiblePref'
        | 'onACallRingPref'
        | 'notOnACallRingPref'
        | 'logMissedCalls'
      >
    >
  >
  speedDials: SpeedDial[]
  /** The phone's own subscribed services after a device-level write; null = the user's list. */
  ownServices: SubscribedService[] | null
}

export interface RemoteDestination {
  id: string
  name: string
  destination: string
  ringWhenExtensionDialed: boolean
  allowTransferToMobile: boolean
  allowControlFromApplication: boolean
  deviceId: string
  /** remoteDestinationUsage: 0 Single Number Reach, 1 Application Control, 2 Dual Mode Mobile */
  usage: string
  delayBeforeRingTimer: string
  answerTooSoonTimer: string
  answerTooLateTimer: string
  schedule: Schedule | null
}

export interface SubscribedService {
  id: string
  name: string
  phoneServiceId: string
  url: string
  secureUrl: string
  parameters: { paramId: string; value: string }[]
}

export interface ExternalServiceAccount {
  objectId: string
  displayName: string
  isEnabled: boolean
  useServiceCredentials: boolean
  loginType: string
  userId: string
  password: string
}

export interface Persona {
  userName: string
  id: string
  firstName: string
  lastName: string
  middleName: string
  nickName: string
  displayName: string
  phoneNumber: string
  homeNumber: string
  mobileNumber: string
  email: string
  directoryUri: string
  msUri: string
  department: string
  manager: string
  title: string
  pager: string
  selfServiceId: string
  /** Directory-only entries cannot sign in and have no devices. */
  directoryOnly: boolean
  password: string
  pin: string
  useLdapAuth: boolean
  accountType: 'local' | 'ldap'
  homeCluster: boolean
  /** Publisher host named by clusterUser for users homed elsewhere (null → the host the mock was reached on). */
  homePublisher: string | null
  enableImAndPresence: boolean
  enableCalendarPresence: boolean
  /** Always answered with 401. */
  alwaysLocked: boolean
  mobileConnect: boolean
  remoteDestinationLimit: number
  /** Extension Mobility's longest sign-in to a shared phone ("8:00"; '' = not set). */
  emMaxLoginTime: string
  /** installedLocales value, '' = system default */
  locale: string
  conferencing: { enabled: boolean; accessCode: string }
  lines: Line[]
  devices: Device[]
  remoteDestinations: RemoteDestination[]
  subscribedServices: SubscribedService[]
  /** Per-user overrides of userPolicy values. */
  policy: Record<string, string>
  /** Login bookkeeping. */
  lastLogin: { at: string; ip: string } | null
  lastActivityAt: string | null
  failuresSinceLogin: number
  failedInARow: number
  lockedUntil: string | null
  /** Unity Connection side */
  cupi: {
    objectId: string
    dtmfAccessId: string
    pin: string
    pinMustChange: boolean
    pinTimeChanged: string
    hackCount: number
    locked: boolean
    externalServiceAccounts: ExternalServiceAccount[]
  }
}

export interface PhoneService {
  id: string
  name: string
  description: string
  urlTemplate: string
  secureUrlTemplate: string
  category: string
  type: string
  vendor: string
  serviceVersion: string
  enabled: boolean
  parameters: {
    paramId: string
    name: string
    displayName: string
    description: string
    defaultValue: string
    isRequired: boolean
  }[]
}

export interface State {
  users: Persona[]
  phoneServices: PhoneService[]
}

export const DEFAULT_TIME_ZONE = 'America/Chicago'
