/**
 * Personas and directory fixtures. `createState()` returns a fresh deep copy every time, so each
 * mock instance (and each reset) starts from the same data and instances never share objects.
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
  lineIds: string[]
  speedDials: SpeedDial[]
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

export const DEMO_PASSWORD = 'demo'
export const DEFAULT_TIME_ZONE = 'America/Chicago'

function offForward(): Forward {
  return { voicemail: false, destination: '' }
}

function line(id: string, dn: string, primary: boolean, label: string, description: string): Line {
  return {
    id,
    directoryNumber: dn,
    voiceMailPilotNumber: '8000',
    primary,
    description,
    callForwardAll: offForward(),
    forwardBusyExternal: { voicemail: true, destination: '' },
    forwardNoAnswerExternal: { voicemail: true, destination: '' },
    forwardBusyInternal: { voicemail: true, destination: '' },
    forwardNoAnswerInternal: { voicemail: true, destination: '' },
    messageWaitingVisualAlert: false,
    mwiVisualPref: '',
    mwiAudiblePref: '',
    onACallRingPref: '',
    notOnACallRingPref: '',
    label,
    logMissedCalls: true,
  }
}

function phone(
  id: string,
  name: string,
  model: string,
  description: string,
  lineIds: string[],
  speedDials: SpeedDial[],
  protocol = 'SIP',
): Device {
  return {
    id,
    name,
    kind: 'phone',
    type: 'Phone',
    model,
    protocol,
    adminDescription: description,
    userDescription: null,
    editable: true,
    dndEnabled: false,
    dndOption: '0',
    lineIds,
    speedDials,
  }
}

function rdp(id: string, name: string, description: string, lineIds: string[]): Device {
  return {
    id,
    name,
    kind: 'rdp',
    type: 'Remote Destination Profile',
    model: 'Remote Destination Profile',
    protocol: 'Remote Destination',
    adminDescription: description,
    userDescription: null,
    editable: false,
    dndEnabled: false,
    dndOption: '0',
    lineIds,
    speedDials: [],
  }
}

function sd(id: string, index: number, number: string, label: string): SpeedDial {
  return { id, index, number, label }
}

const WEEKDAYS_8_TO_6: Schedule = {
  timeZone: DEFAULT_TIME_ZONE,
  days: [1, 2, 3, 4, 5].map((day) => ({ day, start: '08:00', end: '18:00' })),
}

interface Base {
  userName: string
  id: string
  firstName: string
  lastName: string
  phoneNumber?: string
  mobileNumber?: string
  department?: string
  title?: string
  manager?: string
  directoryOnly?: boolean
}

function basePersona(b: Base, n: number): Persona {
  const domain = 'example.com'
  return {
    userName: b.userName,
    id: b.id,
    firstName: b.firstName,
    lastName: b.lastName,
    middleName: '',
    nickName: '',
    displayName: `${b.firstName} ${b.lastName}`.trim(),
    phoneNumber: b.phoneNumber ?? '',
    homeNumber: '',
    mobileNumber: b.mobileNumber ?? '',
    email: `${b.userName}@${domain}`,
    directoryUri: `${b.userName}@${domain}`,
    msUri: '',
    department: b.department ?? '',
    manager: b.manager ?? '',
    title: b.title ?? '',
    pager: '',
    selfServiceId: b.phoneNumber ? b.phoneNumber.replace(/\D/g, '').slice(-4) : '',
    directoryOnly: b.directoryOnly ?? false,
    password: DEMO_PASSWORD,
    pin: '12345',
    useLdapAuth: false,
    accountType: 'local',
    homeCluster: true,
    homePublisher: null,
    enableImAndPresence: true,
    enableCalendarPresence: false,
    alwaysLocked: false,
    mobileConnect: false,
    remoteDestinationLimit: 4,
    locale: '',
    conferencing: { enabled: false, accessCode: '' },
    lines: [],
    devices: [],
    remoteDestinations: [],
    subscribedServices: [],
    policy: {},
    lastLogin: null,
    lastActivityAt: null,
    failuresSinceLogin: 0,
    failedInARow: 0,
    lockedUntil: null,
    cupi: {
      objectId: `c0ffee00-${String(n).padStart(4, '0')}-4a5b-9c8d-${String(n).padStart(12, '0')}`,
      dtmfAccessId: b.phoneNumber ? b.phoneNumber.replace(/\D/g, '').slice(-4) : '',
      pin: '24680',
      pinMustChange: false,
      pinTimeChanged: '2024-11-04 09:12:44.000',
      hackCount: 0,
      locked: false,
      externalServiceAccounts: [],
    },
  }
}

/** A fully provisioned persona (demo-like): two lines, desk phone, soft client, RDP with one mobile. */
function provisioned(b: Base, n: number, dns: [string, string], suffix: string): Persona {
  const p = basePersona(b, n)
  const hex = suffix.toUpperCase()
  const l1 = `a1${suffix}0001-1111-4b2c-8d3e-0000000000${hex.slice(0, 2).toLowerCase()}`
  const l2 = `a1${suffix}0002-1111-4b2c-8d3e-0000000000${hex.slice(0, 2).toLowerCase()}`
  p.lines = [
    line(l1, dns[0], true, `${p.firstName} - ${dns[0]}`, `${p.displayName} primary line`),
    line(l2, dns[1], false, 'Team line', `${p.displayName} shared team line`),
  ]
  const dials = (k: string) => [
    sd(`5d${suffix}${k}01-2222-4c3d-9e4f-000000000001`, 1, '1002', 'Reception'),
    sd(`5d${suffix}${k}02-2222-4c3d-9e4f-000000000002`, 2, '+13125550143', 'Help desk'),
    sd(`5d${suffix}${k}03-2222-4c3d-9e4f-000000000003`, 3, '9,18005550199', 'Conference bridge'),
  ]
  p.devices = [
    phone(
      `d1${suffix}0001-3333-4d4e-8f50-000000000001`,
      `SEP0A1B2C3D${hex}01`,
      'Cisco 8865',
      `${p.displayName} desk phone`,
      [l1, l2],
      dials('a'),
    ),
    phone(
      `d1${suffix}0002-3333-4d4e-8f50-000000000002`,
      `CSF${b.userName.toUpperCase()}`,
      'Cisco Unified Client Services Framework',
      `${p.displayName} Jabber`,
      [l1],
      dials('b'),
    ),
    rdp(
      `d1${suffix}0003-3333-4d4e-8f50-000000000003`,
      `RDP${b.userName.toUpperCase()}`,
      `${p.displayName} RDP`,
      [l1],
    ),
  ]
  p.mobileConnect = true
  p.remoteDestinations = [
    {
      id: `e1${suffix}0001-4444-4e5f-9061-000000000001`,
      name: 'Mobile',
      destination: p.mobileNumber || '+13125550177',
      ringWhenExtensionDialed: true,
      allowTransferToMobile: true,
      allowControlFromApplication: false,
      deviceId: `d1${suffix}0003-3333-4d4e-8f50-000000000003`,
      usage: '0',
      delayBeforeRingTimer: '4.0',
      answerTooSoonTimer: '1.5',
      answerTooLateTimer: '19.0',
      schedule: structuredClone(WEEKDAYS_8_TO_6),
    },
  ]
  p.conferencing = { enabled: true, accessCode: '4321' }
  p.subscribedServices = [
    {
      id: `5b${suffix}0001-5555-4f60-a172-000000000001`,
      name: 'Corporate Directory',
      phoneServiceId: PHONE_SERVICE_IDS.directory,
      url: 'http://cucm.example.com:8080/ccmcip/xmldirectory.jsp',
      secureUrl: '',
      parameters: [],
    },
  ]
  p.lastLogin = { at: '2025-01-06T14:03:27.000Z', ip: '10.10.20.31' }
  p.lastActivityAt = '2025-01-06T14:41:02.000Z'
  p.cupi.externalServiceAccounts = [
    {
      objectId: `ea${suffix}0001-6666-4071-b283-000000000001`,
      displayName: 'Exchange Online',
      isEnabled: true,
      useServiceCredentials: true,
      loginType: '0',
      userId: '',
      password: '',
    },
    {
      objectId: `ea${suffix}0002-6666-4071-b283-000000000002`,
      displayName: 'MeetingPlace',
      isEnabled: true,
      useServiceCredentials: false,
      loginType: '2',
      userId: b.userName,
      password: 'mp-secret',
    },
  ]
  return p
}

const PHONE_SERVICE_IDS = {
  directory: '9a3f1c20-1b2c-4d3e-8f40-51627384a001',
  weather: '9a3f1c20-1b2c-4d3e-8f40-51627384a002',
  extensionMobility: '9a3f1c20-1b2c-4d3e-8f40-51627384a003',
}

export const WEATHER_PARAM_ID = '7c1e2d30-aaaa-4bbb-8ccc-000000000001'

function phoneServices(): PhoneService[] {
  return [
    {
      id: PHONE_SERVICE_IDS.directory,
      name: 'Corporate Directory',
      description: 'Search the company directory',
      urlTemplate: 'http://cucm.example.com:8080/ccmcip/xmldirectory.jsp',
      secureUrlTemplate: '',
      category: 'XML Service',
      type: 'Directories',
      vendor: 'Cisco',
      serviceVersion: '1.0',
      enabled: true,
      parameters: [],
    },
    {
      id: PHONE_SERVICE_IDS.weather,
      name: 'Weather',
      description: 'Local weather on the phone',
      urlTemplate: 'http://apps.example.com/weather',
      secureUrlTemplate: 'https://apps.example.com/weather',
      category: 'XML Service',
      type: 'Standard IP Phone Service',
      vendor: 'Example Corp',
      serviceVersion: '2.3',
      enabled: true,
      parameters: [
        {
          paramId: WEATHER_PARAM_ID,
          name: 'city',
          displayName: 'City',
          description: 'City to show',
          defaultValue: 'Chicago',
          isRequired: true,
        },
      ],
    },
    {
      id: PHONE_SERVICE_IDS.extensionMobility,
      name: 'Extension Mobility',
      description: 'Log in to a shared phone',
      urlTemplate: 'http://cucm.example.com:8080/emapp/EMAppServlet?device=#DEVICENAME#',
      secureUrlTemplate: '',
      category: 'XML Service',
      type: 'Standard IP Phone Service',
      vendor: 'Cisco',
      serviceVersion: '1.0',
      enabled: true,
      parameters: [],
    },
  ]
}

const FIRST = [
  'Aaliyah',
  'Ben',
  'Carmen',
  'Dmitri',
  'Elena',
  'Farid',
  'Grace',
  'Hiroshi',
  'Ingrid',
  'Jamal',
  'Keiko',
  'Liam',
  'Maya',
  'Nikolai',
  'Olivia',
  'Pedro',
  'Quinn',
  'Rosa',
  'Sanjay',
  'Tara',
]
const LAST = [
  'Anders',
  'Brooks',
  'Chen',
  'Duarte',
  'Evans',
  'Fischer',
  'Garcia',
  'Huang',
  'Ibrahim',
  'Jensen',
  'Kowalski',
  'Lopez',
]
const DEPTS = ['Sales', 'Engineering', 'Finance', 'Support', 'Marketing', 'Operations']

/** Build a fresh copy of all fixtures. */
export function createState(): State {
  const demo = provisioned(
    {
      userName: 'demo',
      id: '6f0a4c2e-8b1d-4e3f-9a5b-1c2d3e4f5a01',
      firstName: 'Dana',
      lastName: 'Morgan',
      phoneNumber: '+13125551001',
      mobileNumber: '+13125550177',
      department: 'Customer Success',
      title: 'Account Manager',
      manager: 'Priya Raman',
    },
    1,
    ['1001', '1002'],
    'a0',
  )
  demo.displayName = 'Dana Morgan'

  const ldap = provisioned(
    {
      userName: 'ldap',
      id: '6f0a4c2e-8b1d-4e3f-9a5b-1c2d3e4f5a02',
      firstName: 'Lee',
      lastName: 'Dawson',
      phoneNumber: '+13125551011',
      mobileNumber: '+13125550178',
      department: 'Engineering',
      title: 'Network Engineer',
      manager: 'Priya Raman',
    },
    2,
    ['1011', '1012'],
    'b0',
  )
  ldap.useLdapAuth = true
  ldap.accountType = 'ldap'

  const visitor = provisioned(
    {
      userName: 'visitor',
      id: '6f0a4c2e-8b1d-4e3f-9a5b-1c2d3e4f5a03',
      firstName: 'Vera',
      lastName: 'Lindqvist',
      phoneNumber: '+46855501021',
      mobileNumber: '+46705550121',
      department: 'Sales EMEA',
      title: 'Regional Director',
      manager: 'Priya Raman',
    },
    3,
    ['1021', '1022'],
    'c0',
  )
  visitor.homeCluster = false
  visitor.homePublisher = 'cucm-pub.emea.example.invalid'

  const split = basePersona(
    {
      userName: 'split',
      id: '6f0a4c2e-8b1d-4e3f-9a5b-1c2d3e4f5a04',
      firstName: 'Sam',
      lastName: 'Okafor',
      phoneNumber: '+13125551031',
      department: 'Operations',
      title: 'Facilities Coordinator',
      manager: 'Dana Morgan',
    },
    4,
  )
  split.lines = [
    line('a1d00001-1111-4b2c-8d3e-0000000000d0', '1031', true, 'Sam - 1031', 'Sam Okafor primary line'),
  ]
  split.devices = [
    phone(
      'd1d00001-3333-4d4e-8f50-000000000001',
      'SEP0A1B2C3DD001',
      'Cisco 8865',
      'Sam Okafor office phone',
      ['a1d00001-1111-4b2c-8d3e-0000000000d0'],
      [
        sd('5dd0a001-2222-4c3d-9e4f-000000000001', 1, '1001', 'Dana'),
        sd('5dd0a002-2222-4c3d-9e4f-000000000002', 2, '+13125550100', 'Security desk'),
      ],
    ),
    phone(
      'd1d00002-3333-4d4e-8f50-000000000002',
      'SEP0A1B2C3DD002',
      'Cisco 7841',
      'Sam Okafor lobby phone',
      ['a1d00001-1111-4b2c-8d3e-0000000000d0'],
      [sd('5dd0b001-2222-4c3d-9e4f-000000000001', 1, '+13125550111', 'Loading dock')],
    ),
  ]
  split.conferencing = { enabled: false, accessCode: '' }
  split.lastLogin = { at: '2025-01-03T09:15:00.000Z', ip: '10.10.20.44' }

  const nosnr = basePersona(
    {
      userName: 'nosnr',
      id: '6f0a4c2e-8b1d-4e3f-9a5b-1c2d3e4f5a05',
      firstName: 'Noor',
      lastName: 'Haddad',
      phoneNumber: '+13125551041',
      department: 'Finance',
      title: 'Analyst',
      manager: 'Dana Morgan',
    },
    5,
  )
  nosnr.lines = [
    line('a1e00001-1111-4b2c-8d3e-0000000000e0', '1041', true, 'Noor - 1041', 'Noor Haddad primary line'),
  ]
  nosnr.devices = [
    phone(
      'd1e00001-3333-4d4e-8f50-000000000001',
      'SEP0A1B2C3DE001',
      'Cisco 8845',
      'Noor Haddad desk phone',
      ['a1e00001-1111-4b2c-8d3e-0000000000e0'],
      [sd('5de0a001-2222-4c3d-9e4f-000000000001', 1, '1001', 'Dana Morgan')],
    ),
  ]
  nosnr.remoteDestinationLimit = 0

  const locked = basePersona(
    {
      userName: 'locked',
      id: '6f0a4c2e-8b1d-4e3f-9a5b-1c2d3e4f5a06',
      firstName: 'Lars',
      lastName: 'Becker',
      phoneNumber: '+13125551051',
      department: 'Legal',
      title: 'Counsel',
    },
    6,
  )
  locked.alwaysLocked = true

  const policy = provisioned(
    {
      userName: 'policy',
      id: '6f0a4c2e-8b1d-4e3f-9a5b-1c2d3e4f5a07',
      firstName: 'Pat',
      lastName: 'Quinlan',
      phoneNumber: '+13125551061',
      mobileNumber: '+13125550179',
      department: 'Reception',
      title: 'Receptionist',
      manager: 'Dana Morgan',
    },
    7,
    ['1061', '1062'],
    'f0',
  )
  policy.policy = { ShowCallForward: '2', ShowChangePassword: 'false' }

  const users: Persona[] = [demo, ldap, visitor, split, nosnr, locked, policy]
  // Directory-only entries: enough for real search and paging.
  let n = 100
  for (let i = 0; i < 60; i++) {
    const first = FIRST[i % FIRST.length] ?? 'Alex'
    const last = LAST[(i * 7) % LAST.length] ?? 'Smith'
    const userName = `${first}.${last}${i >= 20 ? String(i) : ''}`.toLowerCase()
    const dn = String(2000 + i)
    const p = basePersona(
      {
        userName,
        id: `7e1b5d3f-9c2e-4f40-8b6c-${String(i).padStart(12, '0')}`,
        firstName: first,
        lastName: last,
        phoneNumber: `+1312555${dn}`,
        mobileNumber: i % 3 === 0 ? `+1773555${String(3000 + i)}` : '',
        department: DEPTS[i % DEPTS.length],
        title: i % 5 === 0 ? 'Manager' : 'Specialist',
        manager:
          i % 5 === 0
            ? 'Priya Raman'
            : `${FIRST[(i - (i % 5)) % FIRST.length]} ${LAST[((i - (i % 5)) * 7) % LAST.length]}`,
        directoryOnly: true,
      },
      n++,
    )
    users.push(p)
  }
  return { users, phoneServices: phoneServices() }
}

/** The personas that can sign in, for the CLI banner and the README. */
export const SIGN_IN_PERSONAS = ['demo', 'ldap', 'visitor', 'split', 'nosnr', 'locked', 'policy'] as const
