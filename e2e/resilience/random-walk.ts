/**
 * The random walk's world: a seeded PRNG, a model of what each persona's settings should be, the
 * actions a user can take (per page, plus sign-out/in, reloads and injected faults), and per page an
 * observer that checks what the portal shows against the mock's state and the model.
 */
import type { Page } from '@playwright/test'
import { expect, type MockControl } from '../support/fixtures.ts'
import { navigateTo, signInAs, visibleAlerts } from './support.ts'
import type { MockState } from './write-actions.ts'

/** mulberry32: small, fast, good enough to drive a walk, and the same on every machine. */
export function prng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  }
}
export type Rng = ReturnType<typeof prng>

/** What the walk believes each persona's settings are; the mock and the page must agree with it. */
export interface Model {
  displayName: string
  locale: string
}

export interface Walk {
  page: Page
  mock: MockControl
  rng: Rng
  persona: string
  models: Map<string, Model>
  /** The page the walk is on (its h1). */
  at: string
}

export interface WalkAction {
  name: string
  weight: number
  /** Whether the action makes sense now. */
  when(w: Walk): boolean
  /** Does it; returns a short description for the log (with the random choices made). */
  run(w: Walk): Promise<string>
}

export const PERSONAS = ['demo', 'demo', 'demo', 'ldap', 'visitor', 'policy', 'split', 'nosnr'] as const
export const PAGES = [
  'Profile',
  'Call forwarding',
  'Do not disturb',
  'Speed dials',
  'Single Number Reach',
  'PIN and password',
]

/** Text for names: mostly plain, sometimes with characters that test escaping. */
function randomName(rng: Rng): string {
  const words = [
    'Dana',
    'Alex',
    'Sam',
    'Lee',
    'Kim',
    'Zoë',
    'José',
    'Ørsted',
    'O’Brien',
    '李',
    '😀',
    '<b>',
    '&amp;',
    '"q"',
    ']]>',
  ]
  const n = 1 + rng.int(3)
  return Array.from({ length: n }, () => rng.pick(words)).join(' ')
}

const LOCALES = ['', '1', '2', '3', '4', '5', '6']

async function model(w: Walk): Promise<Model> {
  const known = w.models.get(w.persona)
  if (known) return known
  const s = await w.mock.state(w.persona)
  const m: Model = { displayName: s.displayName as string, locale: s.locale as string }
  w.models.set(w.persona, m)
  return m
}

async function homeCluster(w: Walk): Promise<boolean> {
  return (await w.mock.state(w.persona)).homeCluster as boolean
}

// ---- observers: what the page shows = the mock's state = the model -------------------------------

type Observer = (w: Walk, state: MockState) => Promise<void>

const observeProfile: Observer = async (w, s) => {
  const m = await model(w)
  expect({ displayName: s.displayName, locale: s.locale }, 'mock = model').toEqual(m)
  const details = w.page.getByRole('region', { name: 'Your details' })
  await expect(
    details
      .locator('.summary-row')
      .filter({ hasText: /^Display name/ })
      .locator('dd'),
  ).toHaveText(s.displayName || '—')
  await expect(w.page.locator('.header-user-name')).toHaveText(`${s.displayName} `)
  if (s.homeCluster) {
    await expect(w.page.getByLabel('Display name')).toHaveValue(s.displayName)
    await expect(w.page.getByLabel('Language', { exact: true })).toHaveValue(s.locale)
  }
  const settings = w.page.getByRole('region', { name: 'Your settings' })
  for (const line of s.lines as Array<{ directoryNumber: string; callForwardAll: MockState }>) {
    if (s.policy.ShowCallForward === '2') break
    const cf = line.callForwardAll
    const sentence = cf.voicemail
      ? `Calls to ${line.directoryNumber} go to voicemail`
      : cf.destination
        ? `Calls to ${line.directoryNumber} go to ${cf.destination}`
        : `Calls to ${line.directoryNumber} are not forwarded`
    await expect(settings).toContainText(sentence)
  }
  await expect(
    settings
      .locator('.summary-row')
      .filter({ hasText: /^Do not disturb/ })
      .locator('dd')
      .first(),
  ).toHaveText(s.dnd ? /^On/ : 'Off')
}

/** Per page (by h1); pages without an observer only need to render without an error. */
export const OBSERVERS: Record<string, Observer> = {
  Profile: observeProfile,
}

/** After every action: not blank, no error left over, and the page agrees with the mock. */
export async function check(w: Walk) {
  await expect(w.page.locator('main h1')).toBeVisible()
  w.at = (await w.page.locator('main h1').innerText()).trim()
  expect(await visibleAlerts(w.page), 'no message left over').toEqual([])
  const observer = OBSERVERS[w.at]
  if (observer) await observer(w, await w.mock.state(w.persona))
  expect(await w.page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined()
}

// ---- actions ----------------------------------------------------------------------------------

const onProfile = (w: Walk) => w.at === 'Profile'

async function saveProfile(w: Walk) {
  await w.page.getByRole('button', { name: 'Save profile' }).click()
  await expect(w.page.getByRole('status').filter({ hasText: /Profile saved|haven't changed/ })).toBeVisible()
}

const FAULTS = [
  { status: 503, words: 'busy' },
  { status: 500, words: 'had a problem' },
  { status: 0, words: "couldn't reach" },
] as const

export const ACTIONS: WalkAction[] = [
  {
    name: 'go to a page',
    weight: 6,
    when: () => true,
    async run(w) {
      const name = w.rng.pick(PAGES.filter((p) => p !== w.at))
      await navigateTo(w.page, name)
      return name
    },
  },
  {
    name: 'profile: change the display name',
    weight: 4,
    when: onProfile,
    async run(w) {
      if (!(await homeCluster(w))) return 'read-only (skipped)'
      const name = randomName(w.rng)
      await w.page.getByLabel('Display name').fill(name)
      await saveProfile(w)
      ;(await model(w)).displayName = name.trim()
      return JSON.stringify(name)
    },
  },
  {
    name: 'profile: change the language',
    weight: 3,
    when: onProfile,
    async run(w) {
      if (!(await homeCluster(w))) return 'read-only (skipped)'
      const locale = w.rng.pick(LOCALES)
      await w.page.getByLabel('Language', { exact: true }).selectOption(locale)
      await saveProfile(w)
      ;(await model(w)).locale = locale
      return locale || 'system default'
    },
  },
  {
    name: 'profile: a save meets a fault, then retry or give up',
    weight: 2,
    when: onProfile,
    async run(w) {
      if (!(await homeCluster(w))) return 'read-only (skipped)'
      const fault = w.rng.pick(FAULTS)
      const name = randomName(w.rng)
      const input = w.page.getByLabel('Display name')
      await input.fill(name)
      await w.mock.fault({
        method: 'PUT',
        path: `/cucm-uds/user/${w.persona}`,
        status: fault.status,
        count: fault.status === 0 ? 5 : 1,
      })
      await w.page.getByRole('button', { name: 'Save profile' }).click()
      const problem = w.page.getByRole('alert').filter({ hasText: fault.words })
      await expect(problem).toBeVisible()
      await expect(input).toHaveValue(name)
      await w.mock.clearFaults()
      const m = await model(w)
      expect((await w.mock.state(w.persona)).displayName, 'not applied').toBe(m.displayName)
      if (w.rng.chance(0.7)) {
        await problem.getByRole('button', { name: 'Try again' }).click()
        await expect(w.page.getByRole('status').filter({ hasText: 'Profile saved' })).toBeVisible()
        m.displayName = name.trim()
        return `${fault.status || 'dropped'} → retried`
      }
      // Give up: put the server's value back (the form is clean again) and move on.
      await input.fill(m.displayName)
      await saveProfile(w)
      return `${fault.status || 'dropped'} → gave up`
    },
  },
  {
    name: 'sign out and sign in as someone',
    weight: 1,
    when: () => true,
    async run(w) {
      await w.page.getByRole('button', { name: 'Sign out' }).click()
      await expect(w.page.getByLabel('Password', { exact: true })).toBeVisible()
      w.persona = w.rng.pick(PERSONAS)
      // (It lands on the page the last session was on.)
      await signInAs(w.page, w.persona, 'demo', null)
      return w.persona
    },
  },
  {
    name: 'reload and sign in again',
    weight: 1,
    when: () => true,
    async run(w) {
      await w.page.reload()
      await w.page.getByLabel('Password', { exact: true }).fill('demo')
      await w.page.getByRole('button', { name: 'Sign in' }).click()
      await expect(w.page.locator('main h1')).toBeVisible()
      await expect(w.page.getByLabel('Password', { exact: true })).toBeHidden()
      return w.at
    },
  },
]

export function chooseAction(w: Walk): WalkAction {
  const available = ACTIONS.filter((a) => a.when(w))
  const total = available.reduce((sum, a) => sum + a.weight, 0)
  let r = w.rng.next() * total
  for (const a of available) {
    r -= a.weight
    if (r < 0) return a
  }
  return available.at(-1)!
}
