/**
 * Every write of the fault matrix (e2e/resilience/fault-matrix.spec.ts) against a 500, a 503 and a
 * dropped connection, through the real client and the mock, in-process. In the page these take one
 * path (the same message component and "Try again"); what differs is decided here — the error's kind,
 * hence the words — and proven for every write. The browser matrix keeps the 503 column for every
 * write, and a dropped connection for one write per HTTP method (what the browser itself does below
 * fetch, resending an idempotent request on a reused connection, depends on the method only):
 * the failure is reported, nothing is applied, nothing is repeated behind the user's back, and the
 * user's retry applies the change exactly once.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { MockApp, PersonaSnapshot } from '../../mock-server/app.ts'
import { MOCK_ORIGIN, signedInThroughMock } from '../testing/mock-fixtures.ts'
import { problemSentence } from '../components/problem.tsx'
import { ApiError } from './api-error.ts'
import { putCredentials } from './credentials/credentials.ts'
import { putVoicemailPin } from './cupi/cupi.ts'
import { putLine } from './extensions/extensions.ts'
import {
  deleteRemoteDestination,
  postRemoteDestination,
  putRemoteDestination,
} from './remote-destinations/remote-destinations.ts'
import {
  deleteSpeedDial,
  postDeviceSpeedDials,
  postSpeedDials,
  putDeviceSpeedDials,
  putSpeedDials,
} from './speed-dials/speed-dials.ts'
import { putUser } from './user/user.ts'

let mock: MockApp

async function control(path: string, init?: RequestInit): Promise<Response> {
  return mock.fetch(new Request(`${MOCK_ORIGIN}/__mock${path}`, init))
}
const state = async (userId: string): Promise<PersonaSnapshot> => (await control(`/state/${userId}`)).json()
const writes = async (method: string, path: string) =>
  ((await (await control('/requests')).json()) as Array<{ method: string; path: string; status: number }>)
    .filter((r) => r.method === method && r.path.split('?')[0] === path)
    .map((r) => r.status)

const LINE2 = 'a1a00002-1111-4b2c-8d3e-0000000000a0'
const MOBILE = 'e1a00001-4444-4e5f-9061-000000000001'
const USER = '/cucm-uds/user/demo'
const SPLIT = '/cucm-uds/user/split'
const OFFICE = 'd1d00001-3333-4d4e-8f50-000000000001'
const LOBBY = 'd1d00002-3333-4d4e-8f50-000000000002'
const forwards = (s: PersonaSnapshot) =>
  s.lines.map((l) => `${l.directoryNumber}:${l.callForwardAll.voicemail}`).join(' ')
const dials = (s: PersonaSnapshot) =>
  s.devices
    .filter((d) => d.kind === 'phone')
    .map((d) => d.speedDials.map((x) => `${x.index} ${x.label}`).join(', '))
    .join(' | ')

interface Write {
  /** The matrix's page · action this stands for. */
  name: string
  /** Who makes the write (default demo). */
  persona?: string
  method: 'PUT' | 'POST' | 'DELETE'
  path: string
  send(): Promise<unknown>
  /** The part of the state the write changes. */
  observe(s: PersonaSnapshot): unknown
}

const WRITES: Write[] = [
  {
    name: 'Profile · display name',
    method: 'PUT',
    path: USER,
    send: () => putUser('demo', { displayName: 'Dana Fault-Matrix' }),
    observe: (s) => s.displayName,
  },
  {
    name: 'Profile · language',
    method: 'PUT',
    path: USER,
    send: () => putUser('demo', { localeId: '3' }),
    observe: (s) => s.locale,
  },
  {
    name: 'Call forwarding · all lines (and undo)',
    method: 'PUT',
    path: USER,
    send: () => putUser('demo', { callForward: { toVoicemail: true, destination: '' } }),
    observe: forwards,
  },
  {
    name: 'Call forwarding · one line',
    method: 'PUT',
    path: `${USER}/extension/${LINE2}`,
    send: () => putLine('demo', LINE2, { callForward: { toVoicemail: true, destination: '' } }),
    observe: forwards,
  },
  {
    name: 'Do not disturb · on and off',
    method: 'PUT',
    path: USER,
    send: () => putUser('demo', { doNotDisturb: true }),
    observe: (s) => s.dnd,
  },
  {
    name: 'PIN and password · phone PIN',
    method: 'PUT',
    path: `${USER}/credentials`,
    send: () => putCredentials('demo', { pin: '739146' }),
    observe: (s) => s.pin,
  },
  {
    name: 'PIN and password · portal password',
    method: 'PUT',
    path: `${USER}/credentials`,
    send: () => putCredentials('demo', { password: 'Zebra-Fault-9431' }),
    observe: (s) => s.password,
  },
  {
    name: 'PIN and password · voicemail PIN',
    method: 'PUT',
    path: '/vmrest/user/credential/pin',
    send: () => putVoicemailPin('582047'),
    observe: (s) => s.voicemailPin,
  },
  {
    name: 'Single Number Reach · add a phone',
    method: 'POST',
    path: `${USER}/remoteDestination`,
    send: () =>
      postRemoteDestination('demo', {
        name: 'Home',
        number: '07700900123',
        ringWhenExtensionDialed: true,
        allowTransferToMobile: true,
        allowControlFromApplication: false,
        deviceName: '',
        schedule: null,
      }),
    observe: (s) => s.remoteDestinations.map((r) => r.name),
  },
  {
    name: 'Single Number Reach · rename, schedule, ringing',
    method: 'PUT',
    path: `${USER}/remoteDestination/${MOBILE}`,
    send: () => putRemoteDestination('demo', MOBILE, { name: 'Work mobile', ringWhenExtensionDialed: false }),
    observe: (s) => s.remoteDestinations.map((r) => `${r.name} ${r.ringWhenExtensionDialed}`),
  },
  {
    name: 'Single Number Reach · remove a phone',
    method: 'DELETE',
    path: `${USER}/remoteDestination/${MOBILE}`,
    send: () => deleteRemoteDestination('demo', MOBILE),
    observe: (s) => s.remoteDestinations.length,
  },
  {
    name: 'Speed dials · add',
    method: 'POST',
    path: `${USER}/speedDials`,
    send: () => postSpeedDials('demo', [{ index: 9, number: '5550109', label: 'Added' }]),
    observe: dials,
  },
  {
    name: 'Speed dials · edit and reorder',
    method: 'PUT',
    path: `${USER}/speedDials`,
    send: () => putSpeedDials('demo', [{ index: 1, number: '5550101', label: 'Only one' }]),
    observe: dials,
  },
  {
    name: 'Speed dials · remove',
    method: 'DELETE',
    path: `${USER}/speedDials`,
    send: () => deleteSpeedDial('demo', 2),
    observe: dials,
  },
  // Per-phone lists (split: its phones' lists differ): a phone's own list has POST and PUT, no DELETE.
  {
    name: 'Speed dials · one phone: add',
    persona: 'split',
    method: 'POST',
    path: `${SPLIT}/device/${OFFICE}/speedDials`,
    send: () => postDeviceSpeedDials('split', OFFICE, [{ index: 9, number: '5550109', label: 'Added' }]),
    observe: dials,
  },
  {
    name: 'Speed dials · one phone: edit, reorder, remove; use on all my phones',
    persona: 'split',
    method: 'PUT',
    path: `${SPLIT}/device/${LOBBY}/speedDials`,
    send: () => putDeviceSpeedDials('split', LOBBY, [{ index: 1, number: '1001', label: 'Dana' }]),
    observe: dials,
  },
]

const FAILURES = [
  { status: 500, kind: 'server', words: 'The phone system had a problem.' },
  { status: 503, kind: 'busy', words: 'The phone system is busy at the moment.' },
  // A dropped connection (status 0: no answer at all).
  { status: 0, kind: 'network', words: "We couldn't reach the phone system." },
] as const

let restore: () => void

beforeEach(() => {
  // The words for a network failure depend on whether the browser is online.
  vi.stubGlobal('navigator', { onLine: true })
})
afterEach(() => {
  restore()
  vi.unstubAllGlobals()
})

describe.each(WRITES)('$name', (write) => {
  const persona = write.persona ?? 'demo'
  beforeEach(() => {
    ;({ mock, restore } = signedInThroughMock(persona))
  })

  it.each(FAILURES)(
    '$status: reported as $kind, nothing applied or repeated; the retry applies it once',
    async ({ status, kind, words }) => {
      const before = write.observe(await state(persona))
      const armed = await control('/faults', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ method: write.method, path: write.path, status, count: 1 }),
      })
      expect(armed.status).toBeLessThan(300)

      const error = await write.send().then(
        () => null,
        (e: unknown) => e,
      )
      expect(error).toBeInstanceOf(ApiError)
      expect(error).toMatchObject({ kind, status })
      expect(problemSentence(error)).toBe(words)
      expect(write.observe(await state(persona)), 'not applied').toEqual(before)
      expect(await writes(write.method, write.path), 'sent once, not repeated').toEqual([status])

      // The user's "Try again": the same write, once, and the change is there.
      await write.send()
      const after = write.observe(await state(persona))
      expect(after, 'applied by the retry').not.toEqual(before)
      const statuses = await writes(write.method, write.path)
      expect(statuses).toHaveLength(2)
      expect(statuses[1]).toBeLessThan(300)
    },
  )
})
