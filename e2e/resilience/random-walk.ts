/**
 * The random walk's world: a seeded PRNG, a model of what each persona's settings should be, the
 * actions a user can take (per page, plus sign-out/in, reloads and injected faults), and per page an
 * observer that checks what the portal shows against the mock's state and the model.
 */
import type { Locator, Page } from '@playwright/test'
import type { PersonaSnapshot } from '../../mock-server/app.ts'
import { callForwarding, forwardingRules } from '../pages/call-forwarding.ts'
import { doNotDisturb } from '../pages/do-not-disturb.ts'
import { phones as phonePage } from '../pages/phones.ts'
import { pinAndPassword } from '../pages/pin-and-password.ts'
import { profile } from '../pages/profile.ts'
import { singleNumberReach } from '../pages/single-number-reach.ts'
import { speedDials } from '../pages/speed-dials.ts'
import { expect, type MockControl } from '../support/fixtures.ts'
import { alert, goTo, NAV_PAGES, signIn, signInAfterReload, signOut, status } from '../support/session.ts'
import { visibleAlerts } from './support.ts'

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
  dnd: boolean
  /** Per directory number. */
  forwards: Record<string, { voicemail: boolean; destination: string }>
  /** Per directory number: where calls go while on a call (the walk keeps inside and outside the same). */
  busy: Record<string, { voicemail: boolean; destination: string }>
  phones: Array<{ name: string; destination: string; ring: boolean }>
  pin: string
  voicemailPin: string
  password: string
  /** Each phone's speed dials as "index label number", in order. */
  dials: string[][]
  /** Each device's name as the user sees it (its description), by device id. */
  phoneNames: Record<string, string>
}

type SecretName = 'pin' | 'voicemailPin' | 'password'

/** Every persona's secrets in the fixtures: the mock never shows them, so the walk starts from these. */
const FIXTURE_SECRETS = { pin: '12345', voicemailPin: '24680', password: 'demo' }

function modelOf(s: PersonaSnapshot, secrets: Pick<Model, SecretName>): Model {
  return {
    displayName: s.displayName,
    locale: s.locale,
    dnd: s.dnd,
    forwards: Object.fromEntries(s.lines.map((l) => [l.directoryNumber, { ...l.callForwardAll }])),
    busy: Object.fromEntries(s.lines.map((l) => [l.directoryNumber, { ...l.forwardBusyInternal }])),
    phones: s.remoteDestinations.map((r) => ({
      name: r.name,
      destination: r.destination,
      ring: r.ringWhenExtensionDialed,
    })),
    ...secrets,
    dials: s.devices
      .filter((d) => d.kind === 'phone')
      .map((d) => d.speedDials.map((x) => `${x.index} ${x.label} ${x.number}`)),
    phoneNames: Object.fromEntries(s.devices.map((d) => [d.id, d.description])),
  }
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
export const PAGES: readonly string[] = NAV_PAGES

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
  const m = modelOf(await w.mock.state(w.persona), FIXTURE_SECRETS)
  w.models.set(w.persona, m)
  return m
}

/** The mock's state as a model; a secret is the model's value when the mock confirms it. */
async function mockModel(w: Walk, s: PersonaSnapshot): Promise<Model> {
  const m = await model(w)
  const confirmed = async (k: SecretName) =>
    (await w.mock.checkSecret(w.persona, k, m[k])) ? m[k] : `(not ${m[k]})`
  return modelOf(s, {
    pin: await confirmed('pin'),
    voicemailPin: await confirmed('voicemailPin'),
    password: await confirmed('password'),
  })
}

/** The password the walk knows for a persona (it changes when the walk changes it). */
export function passwordOf(w: Walk, persona = w.persona): string {
  return w.models.get(persona)?.password ?? 'demo'
}

async function homeCluster(w: Walk): Promise<boolean> {
  return (await w.mock.state(w.persona)).homeCluster
}

// ---- observers: what the page shows = the mock's state = the model -------------------------------

type Observer = (w: Walk, state: PersonaSnapshot) => Promise<void>

const observeProfile: Observer = async (w, s) => {
  const pr = profile(w.page)
  await expect(
    pr.details
      .locator('.summary-row')
      .filter({ hasText: /^Display name/ })
      .locator('dd'),
  ).toHaveText(s.displayName || '—')
  await expect(w.page.locator('.header-user-name')).toHaveText(`${s.displayName} `)
  if (s.homeCluster) {
    await expect(pr.displayName).toHaveValue(s.displayName)
    await expect(pr.language).toHaveValue(s.locale)
  }
  for (const line of s.lines) {
    if (s.policy.ShowCallForward === '2') break
    await expect(pr.settings).toContainText(sentence(line.directoryNumber, line.callForwardAll))
  }
  await expect(
    pr.settings
      .locator('.summary-row')
      .filter({ hasText: /^Do not disturb/ })
      .locator('dd')
      .first(),
  ).toHaveText(s.dnd ? /^On/ : 'Off')
}

function sentence(dn: string, cf: { voicemail: boolean; destination: string }) {
  if (cf.voicemail) return `Calls to ${dn} go to voicemail`
  if (cf.destination) return `Calls to ${dn} go to ${cf.destination}`
  return `Calls to ${dn} are not forwarded`
}

const observeForwarding: Observer = async (w, s) => {
  if (s.policy.ShowCallForward === '2') {
    await expect(
      w.page.getByRole('heading', { name: 'Your administrator manages call forwarding' }),
    ).toBeVisible()
    return
  }
  const now = s.homeCluster ? callForwarding(w.page).now : w.page.getByRole('main')
  for (const line of s.lines)
    await expect(now).toContainText(sentence(line.directoryNumber, line.callForwardAll))
}

const observeDnd: Observer = async (w, s) => {
  if (s.homeCluster) await expect(doNotDisturb(w.page).switch).toBeChecked({ checked: s.dnd })
  else await expect(w.page.getByText(s.dnd ? 'On' : 'Off', { exact: true })).toBeVisible()
}

const observeSnr: Observer = async (w, s) => {
  const phones = s.remoteDestinations
  const snr = singleNumberReach(w.page)
  if ((await snr.list.count()) === 0) {
    expect(phones, 'no list shown: no phones').toEqual([])
    return
  }
  await expect(snr.list.getByRole('heading', { level: 3 })).toHaveText(phones.map((p) => p.name))
  for (const p of phones) {
    await expect(snr.card(p.name)).toContainText(p.destination)
    if (s.homeCluster)
      await expect(snr.ringSwitch(p.name)).toBeChecked({ checked: p.ringWhenExtensionDialed })
  }
}

/**
 * Which phone's list the page shows: 0 (the first phone) for the shared list, else the phone named in
 * the list's heading ("On Sam Okafor lobby phone") when the phones' lists differ.
 */
async function shownPhone(w: Walk, s: PersonaSnapshot): Promise<number> {
  const sd = speedDials(w.page)
  if ((await sd.phoneChooser.count()) === 0) return 0
  const heading = (await sd.listTitle.innerText()).trim()
  const i = s.devices.filter((d) => d.kind === 'phone').findIndex((d) => `On ${d.description}` === heading)
  expect(i, `the phone of "${heading}"`).toBeGreaterThanOrEqual(0)
  return i
}

const observeSpeedDials: Observer = async (w, s) => {
  const phone = s.devices.filter((d) => d.kind === 'phone')[await shownPhone(w, s)]
  const list = phone?.speedDials ?? []
  const rows = speedDials(w.page).rows()
  await expect(rows).toHaveCount(list.length)
  await expect(rows.locator('.sd-name')).toHaveText(list.map((x) => x.label))
  await expect(rows.locator('.sd-number')).toHaveText(list.map((x) => x.number))
}

/** Per page (by h1); pages without an observer only need to render without an error. */
export const OBSERVERS: Record<string, Observer> = {
  Profile: observeProfile,
  'Call forwarding': observeForwarding,
  'Do not disturb': observeDnd,
  'Single Number Reach': observeSnr,
  'Speed dials': observeSpeedDials,
}

/** After every action: not blank, no error left over, the mock = the model, the page = the mock. */
export async function check(w: Walk) {
  await expect(w.page.locator('main h1')).toBeVisible()
  w.at = (await w.page.locator('main h1').innerText()).trim()
  expect(await visibleAlerts(w.page), 'no message left over').toEqual([])
  const s = await w.mock.state(w.persona)
  expect(await mockModel(w, s), 'the mock = the model').toEqual(await model(w))
  await expect(doNotDisturb(w.page).notice).toHaveCount(s.dnd ? 1 : 0)
  const observer = OBSERVERS[w.at]
  if (observer) await observer(w, s)
  expect(await w.page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined()
}

// ---- actions ----------------------------------------------------------------------------------

const onProfile = (w: Walk) => w.at === 'Profile'

async function saveProfile(w: Walk) {
  await profile(w.page).save()
  await expect(status(w.page, /Profile saved|haven't changed/)).toBeVisible()
}

const FAULTS = [
  { status: 503, words: 'busy' },
  { status: 500, words: 'had a problem' },
  { status: 0, words: 'can’t tell whether it made the change' },
] as const
type Fault = (typeof FAULTS)[number]
/**
 * How many times a dropped write stays dropped: Chromium resends a request by itself once for every
 * kept-alive connection that closes under it (up to 6 per host, more after a page's parallel reads),
 * so the drop has to outlast them all before the portal, not the browser, gives up.
 */
const DROPS = 20

/** How a save went, for the log: '' or " (after 503)". */
const afterFault = (fault: Fault | null | false) => (fault ? ` (after ${fault.status || 'drop'})` : '')

export const ACTIONS: WalkAction[] = [
  {
    name: 'go to a page',
    weight: 4,
    when: () => true,
    async run(w) {
      const name = w.rng.pick(PAGES.filter((p) => p !== w.at))
      await goTo(w.page, name)
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
      await profile(w.page).displayName.fill(name)
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
      await profile(w.page).language.selectOption(locale)
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
      // Never the name it has already (nothing would be sent, so no fault to meet).
      let name = randomName(w.rng)
      if (name.trim() === (await model(w)).displayName) name = `${name} ${++serial}`
      const pr = profile(w.page)
      const input = pr.displayName
      await input.fill(name)
      await w.mock.fault({
        method: 'PUT',
        path: `/cucm-uds/user/${w.persona}`,
        status: fault.status,
        count: fault.status === 0 ? DROPS : 1,
      })
      await pr.save()
      const problem = alert(w.page, fault.words)
      await expect(problem).toBeVisible()
      await expect(input).toHaveValue(name)
      await w.mock.clearFaults()
      const m = await model(w)
      expect((await w.mock.state(w.persona)).displayName, 'not applied').toBe(m.displayName)
      if (w.rng.chance(0.7)) {
        await problem.getByRole('button', { name: 'Try again' }).click()
        await expect(pr.saved).toBeVisible()
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
      await signOut(w.page)
      w.persona = w.rng.pick(PERSONAS)
      // (It lands on the page the last session was on.)
      await signIn(w.page, w.persona, passwordOf(w), null)
      return w.persona
    },
  },
  {
    name: 'reload and sign in again',
    weight: 1,
    when: () => true,
    async run(w) {
      await w.page.reload()
      await signInAfterReload(w.page, null, passwordOf(w))
      return w.at
    },
  },
]

const on = (name: string) => (w: Walk) => w.at === name
let serial = 0

/** Arms a fault for the next write to `path` now and then (15%); returns it so the caller can check. */
async function maybeFault(w: Walk, method: string, path: string) {
  if (!w.rng.chance(0.15)) return null
  const fault = w.rng.pick(FAULTS)
  await w.mock.fault({ method, path, status: fault.status, count: fault.status === 0 ? DROPS : 1 })
  return fault
}

/** After a faulted save: the message says so, nothing changed; clear the fault and press Try again. */
async function recover(
  w: Walk,
  fault: Fault,
  tryAgain: Locator = w.page.getByRole('button', { name: 'Try again' }),
) {
  const problem = alert(w.page, fault.words)
  await expect(problem.first()).toBeVisible()
  await w.mock.clearFaults()
  expect(await mockModel(w, await w.mock.state(w.persona)), 'not applied').toEqual(await model(w))
  await tryAgain.click()
}

/** A PIN the rules accept: 4–8 digits, not one digit repeated, not a straight run up or down. */
function randomPin(rng: Rng): string {
  for (;;) {
    const pin = Array.from({ length: 4 + rng.int(5) }, () => String(rng.int(10))).join('')
    const d = [...pin].map(Number)
    const steps = d.slice(1).map((x, i) => (x - d[i]! + 10) % 10)
    if (new Set(d).size === 1 || steps.every((x) => x === 1) || steps.every((x) => x === 9)) continue
    return pin
  }
}

export const PAGE_ACTIONS: WalkAction[] = [
  {
    name: 'forwarding: choose where calls go and save',
    weight: 4,
    when: on('Call forwarding'),
    async run(w) {
      const cf = callForwarding(w.page)
      if ((await cf.saveButton.count()) === 0) return 'not available (read-only or managed)'
      const where = w.rng.pick(['off', 'voicemail', 'number'] as const)
      const number = `555${String(1000 + w.rng.int(9000))}`
      const label = (
        {
          off: "Don't forward",
          voicemail: 'Forward to voicemail',
          number: 'Forward to another number',
        } as const
      )[where]
      await cf.choose(label, where === 'number' ? { number } : {})
      const lines = cf.radio(/^Line \d+ – /)
      const m = await model(w)
      let targets = Object.keys(m.forwards)
      if ((await lines.count()) > 0) {
        const choice = w.rng.int((await lines.count()) + 1)
        if (choice === 0) await cf.radio('All my lines').check()
        else {
          const radio = lines.nth(choice - 1)
          await radio.check()
          const label = await radio.evaluate((e) => (e as HTMLInputElement).labels?.[0]?.textContent ?? '')
          targets = [label.split('– ')[1]!.trim()]
        }
      }
      const userLevel = targets.length > 1 || Object.keys(m.forwards).length === 1
      const desired = { voicemail: where === 'voicemail', destination: where === 'number' ? number : '' }
      const effective = targets.some((dn) => JSON.stringify(m.forwards[dn]) !== JSON.stringify(desired))
      // ("Nothing to save" sends nothing, so a fault would wait for some later write.)
      const fault =
        effective &&
        (await maybeFault(
          w,
          'PUT',
          userLevel ? `/cucm-uds/user/${w.persona}` : `/cucm-uds/user/${w.persona}/extension/*`,
        ))
      await cf.save()
      if (fault) await recover(w, fault)
      await expect(status(w.page, /Forwarding saved\.|Nothing to save/)).toBeVisible()
      for (const dn of targets) m.forwards[dn] = { ...desired }
      return `${where}${where === 'number' ? ` ${number}` : ''} on ${targets.join(', ')}${afterFault(fault)}`
    },
  },
  {
    name: 'forwarding: busy rule and save',
    weight: 2,
    when: on('Call forwarding'),
    async run(w) {
      const rules = forwardingRules(w.page)
      if ((await rules.saveButton.count()) === 0)
        return 'not available (read-only, managed or Forward All only)'
      const m = await model(w)
      let targets = Object.keys(m.busy)
      const lines = rules.region.getByRole('radio', { name: /^Line \d+ – / })
      if ((await lines.count()) > 0) {
        const choice = w.rng.int((await lines.count()) + 1)
        if (choice === 0) await rules.line('All my lines').check()
        else {
          const radio = lines.nth(choice - 1)
          await radio.check()
          const label = await radio.evaluate((e) => (e as HTMLInputElement).labels?.[0]?.textContent ?? '')
          targets = [label.split('– ')[1]!.trim()]
        }
      }
      // The walk keeps callers inside and outside alike.
      if ((await rules.splitButton.getAttribute('aria-expanded')) === 'true') await rules.splitButton.click()
      const where = w.rng.pick(['voicemail', 'number', 'default'] as const)
      const number = `555${String(1000 + w.rng.int(9000))}`
      const label = (
        { voicemail: 'Voicemail', number: 'Another number', default: 'Your administrator’s setting' } as const
      )[where]
      await rules.choose('If you’re already on a call', label, where === 'number' ? number : undefined)
      const desired = { voicemail: where === 'voicemail', destination: where === 'number' ? number : '' }
      const effective = targets.some((dn) => JSON.stringify(m.busy[dn]) !== JSON.stringify(desired))
      const fault = effective && (await maybeFault(w, 'PUT', `/cucm-uds/user/${w.persona}/extension/*`))
      await rules.save()
      if (fault) await recover(w, fault)
      await expect(status(w.page, /Rules saved\.|Nothing to save/)).toBeVisible()
      for (const dn of targets) m.busy[dn] = { ...desired }
      return `busy ${where}${where === 'number' ? ` ${number}` : ''} on ${targets.join(', ')}${afterFault(fault)}`
    },
  },
  {
    name: 'forwarding: undo',
    weight: 1,
    when: on('Call forwarding'),
    async run(w) {
      const cf = callForwarding(w.page)
      if ((await cf.undoButton.count()) === 0) return 'nothing to undo'
      await cf.undoButton.click()
      await expect(cf.undone).toBeVisible()
      ;(await model(w)).forwards = modelOf(await w.mock.state(w.persona), FIXTURE_SECRETS).forwards
      return 'undone'
    },
  },
  {
    name: 'do not disturb: flip the switch',
    weight: 3,
    when: on('Do not disturb'),
    async run(w) {
      const sw = doNotDisturb(w.page).switch
      if ((await sw.count()) === 0) return 'read-only'
      const m = await model(w)
      const fault = await maybeFault(w, 'PUT', `/cucm-uds/user/${w.persona}`)
      await sw.click()
      if (fault) await recover(w, fault)
      await expect(status(w.page, m.dnd ? 'Do not disturb is off' : 'Do not disturb is on')).toBeVisible()
      m.dnd = !m.dnd
      return m.dnd ? 'on' : 'off'
    },
  },
  {
    name: 'do not disturb: "Turn off" in the notice',
    weight: 1,
    when: () => true,
    async run(w) {
      const dnd = doNotDisturb(w.page)
      if ((await dnd.turnOffInNotice.count()) === 0) return 'no notice'
      await dnd.turnOffInNotice.click()
      await expect(dnd.turnedOff).toBeVisible()
      ;(await model(w)).dnd = false
      return 'off'
    },
  },
  {
    name: 'single number reach: ringing on/off',
    weight: 2,
    when: on('Single Number Reach'),
    async run(w) {
      const m = await model(w)
      const switches = w.page.getByRole('switch', { name: /^Ring this phone: / })
      if (m.phones.length === 0 || (await switches.count()) === 0) return 'no phones (or read-only)'
      const i = w.rng.int(m.phones.length)
      const phone = m.phones[i]!
      const snr = singleNumberReach(w.page)
      const fault = await maybeFault(w, 'PUT', `/cucm-uds/user/${w.persona}/remoteDestination/*`)
      await snr.ringToggle(phone.name).click()
      if (fault) await recover(w, fault, snr.card(phone.name).getByRole('button', { name: /^Try again/ }))
      await expect(
        status(w.page, phone.ring ? `${phone.name} won’t ring` : `${phone.name} will ring`),
      ).toBeVisible()
      phone.ring = !phone.ring
      return `${phone.name}: ${phone.ring ? 'on' : 'off'}`
    },
  },
  {
    name: 'single number reach: add a phone',
    weight: 1,
    when: on('Single Number Reach'),
    async run(w) {
      const snr = singleNumberReach(w.page)
      if ((await snr.addLink.count()) === 0) return 'not available (limit, read-only or not set up)'
      const name = `${randomName(w.rng)} ${++serial}`.trim()
      const number = `+1555${String(1_000_000 + w.rng.int(8_999_999))}`
      await snr.addLink.click()
      await snr.fillNewPhone(name, number)
      await snr.save()
      await expect(status(w.page, `${name} added.`)).toBeVisible()
      ;(await model(w)).phones.push({ name, destination: number, ring: true })
      return `${JSON.stringify(name)} ${number}`
    },
  },
  {
    name: 'single number reach: rename a phone',
    weight: 1,
    when: on('Single Number Reach'),
    async run(w) {
      const m = await model(w)
      const links = w.page.getByRole('link', { name: /^Change phone: / })
      if (m.phones.length === 0 || (await links.count()) === 0) return 'no phones (or read-only)'
      const phone = w.rng.pick(m.phones)
      const name = `${randomName(w.rng)} ${++serial}`.trim()
      const snr = singleNumberReach(w.page)
      await snr.openPhone(phone.name)
      await snr.name.fill(name)
      await snr.save()
      await expect(status(w.page, `${name} saved.`)).toBeVisible()
      phone.name = name
      return JSON.stringify(name)
    },
  },
  {
    name: 'single number reach: remove a phone',
    weight: 1,
    when: on('Single Number Reach'),
    async run(w) {
      const m = await model(w)
      if (
        m.phones.length === 0 ||
        (await w.page.getByRole('button', { name: /^Remove phone: / }).count()) === 0
      )
        return 'no phones (or read-only)'
      const phone = w.rng.pick(m.phones)
      const snr = singleNumberReach(w.page)
      await snr.removeButton(phone.name).click()
      await snr.confirmRemove()
      await expect(status(w.page, `${phone.name} removed`)).toBeVisible()
      m.phones = m.phones.filter((p) => p !== phone)
      return JSON.stringify(phone.name)
    },
  },
  {
    name: 'phones: rename a phone',
    weight: 2,
    when: on('Phones'),
    async run(w) {
      const links = w.page.getByRole('main').getByRole('link', { name: /^Settings for / })
      const count = await links.count()
      if (count === 0) return 'no phones'
      await links.nth(w.rng.int(count)).click()
      await expect(w.page.getByRole('link', { name: 'Back to Phones' })).toBeVisible()
      const ph = phonePage(w.page)
      const deviceId = decodeURIComponent(new URL(w.page.url()).pathname.split('/').pop()!)
      let detail = 'read-only (a visitor, or the administrator names it)'
      if ((await ph.nameField.count()) > 0) {
        const name = `${randomName(w.rng)} ${++serial}`.trim()
        const fault = await maybeFault(w, 'PUT', `/cucm-uds/user/${w.persona}/device/${deviceId}`)
        await ph.rename(name)
        if (fault) await recover(w, fault)
        await expect(ph.saved(`The phone is now called “${name}”.`)).toBeVisible()
        ;(await model(w)).phoneNames[deviceId] = name
        detail = `${JSON.stringify(name)}${afterFault(fault)}`
      }
      await w.page.getByRole('link', { name: 'Back to Phones' }).click()
      await expect(w.page.getByRole('heading', { level: 1, name: 'Phones' })).toBeVisible()
      return detail
    },
  },
  {
    name: 'pin and password: change a PIN',
    weight: 2,
    when: on('PIN and password'),
    async run(w) {
      const kind = w.rng.pick(['phone', 'voicemail'] as const)
      const pp = pinAndPassword(w.page)
      const label = `${kind} PIN` as const
      if ((await pp.newField(label).count()) === 0) return `${kind} PIN not offered`
      const pin = randomPin(w.rng)
      await pp.fillNew(label, pin)
      await pp.change(label)
      const section = `${kind === 'phone' ? 'Phone' : 'Voicemail'} PIN`
      const changed = status(w.page, `${section} changed`)
      const refused = pp.section(section).getByRole('alert')
      await expect(changed.or(refused).first()).toBeVisible()
      if (await refused.count()) {
        // The server's rules may be stricter than ours (e.g. the same PIN as now): said in words, nothing changed.
        await expect(refused.first()).toContainText(/wasn’t changed|There is a problem/)
        await pp.fillNew(label, '')
        return `${kind} ${pin} refused by the server`
      }
      const m = await model(w)
      if (kind === 'phone') m.pin = pin
      else m.voicemailPin = pin
      return `${kind} ${pin}`
    },
  },
  {
    name: 'pin and password: change the password',
    weight: 1,
    when: on('PIN and password'),
    async run(w) {
      const pp = pinAndPassword(w.page)
      if ((await pp.newField('password').count()) === 0) return 'not offered (LDAP or policy)'
      const password = `Walk ${randomName(w.rng)} ${++serial}!`
      await pp.fillNew('password', password)
      await pp.change('password')
      await expect(status(w.page, 'Portal password changed')).toBeVisible()
      ;(await model(w)).password = password
      return JSON.stringify(password)
    },
  },
]

/** The unified list (the same on every phone) as the model holds it, or null for per-phone lists. */
async function unifiedDials(w: Walk): Promise<string[] | null> {
  const sd = speedDials(w.page)
  if (await sd.phoneChooser.count()) return null
  if ((await sd.addLink.count()) === 0) return null // read-only
  return (await model(w)).dials[0] ?? []
}

/**
 * Saves the speed-dial draft with a write of `method` to `path` (sometimes through a fault and Try
 * again) and records the new list in the model; returns how it went, for the log.
 */
async function saveDials(w: Walk, method: string, path: string, record: (m: Model) => void) {
  const sd = speedDials(w.page)
  const fault = await maybeFault(w, method, path)
  await sd.save()
  if (fault) await recover(w, fault)
  await expect(sd.saved).toBeVisible()
  record(await model(w))
  return afterFault(fault)
}

/** Saves the unified list's draft as `next` on every phone. */
const saveUnified = (w: Walk, method: string, next: string[]) =>
  saveDials(w, method, `/cucm-uds/user/${w.persona}/speedDials`, (m) => {
    m.dials = m.dials.map(() => [...next])
  })

const parse = (row: string) => {
  const [index, ...rest] = row.split(' ')
  return { index: Number(index), rest: rest.join(' ') }
}

/**
 * Adds an entry named after one of `names` with a random number through the add form (to the draft,
 * at the position the form offers); returns the list with it, in order, and the entry for the log.
 */
async function addDial(w: Walk, list: string[], names: string[]) {
  const sd = speedDials(w.page)
  const label = `${w.rng.pick(names)} ${++serial}`
  const number = String(100 + w.rng.int(9_900))
  await sd.addLink.click()
  const position = Number(await sd.position.inputValue())
  await sd.fill({ name: label, number })
  await sd.addToList()
  const next = [...list, `${position} ${label} ${number}`].sort((a, b) => parse(a).index - parse(b).index)
  return { next, entry: `${position} ${JSON.stringify(label)}` }
}

PAGE_ACTIONS.push(
  {
    name: 'speed dials: add one',
    weight: 2,
    when: on('Speed dials'),
    async run(w) {
      const list = await unifiedDials(w)
      if (!list || list.length >= 20) return 'not available'
      const { next, entry } = await addDial(w, list, ['Mum', 'Gym', 'Café', 'Desk', '<b>', 'A&B', '😀'])
      return `${entry}${await saveUnified(w, 'POST', next)}`
    },
  },
  {
    name: 'speed dials: rename one',
    weight: 1,
    when: on('Speed dials'),
    async run(w) {
      const list = await unifiedDials(w)
      if (!list || list.length === 0) return 'not available'
      const sd = speedDials(w.page)
      const i = w.rng.int(list.length)
      await sd.editRow(i).click()
      const label = `Renamed ${++serial}`
      await sd.fill({ name: label })
      await sd.update()
      const { index, rest } = parse(list[i]!)
      const number = rest.split(' ').at(-1)!
      const next = list.map((row, j) => (j === i ? `${index} ${label} ${number}` : row))
      return `${index} → ${label}${await saveUnified(w, 'PUT', next)}`
    },
  },
  {
    name: 'speed dials: move one up',
    weight: 1,
    when: on('Speed dials'),
    async run(w) {
      const list = await unifiedDials(w)
      if (!list || list.length < 2) return 'not available'
      const i = 1 + w.rng.int(list.length - 1)
      await speedDials(w.page).moveRowUp(i).click()
      // Swapping neighbours swaps what is at their positions.
      const a = parse(list[i - 1]!)
      const b = parse(list[i]!)
      const next = [...list]
      next[i - 1] = `${a.index} ${b.rest}`
      next[i] = `${b.index} ${a.rest}`
      return `row ${i + 1} up${await saveUnified(w, 'PUT', next)}`
    },
  },
  {
    name: 'speed dials: remove one',
    weight: 1,
    when: on('Speed dials'),
    async run(w) {
      const list = await unifiedDials(w)
      if (!list || list.length === 0) return 'not available'
      const i = w.rng.int(list.length)
      await speedDials(w.page).removeRow(i).click()
      const next = list.filter((_, j) => j !== i)
      return `${list[i]}${await saveUnified(w, 'DELETE', next)}`
    },
  },
)

/** On Speed dials, and the walk's model says the phones' lists differ (the page then shows one phone's). */
const onPerPhone = (w: Walk) =>
  w.at === 'Speed dials' &&
  new Set((w.models.get(w.persona)?.dials ?? []).map((list) => list.join('\n'))).size > 1

/** The shown phone's list when the phones' lists differ (null otherwise, or read-only). */
async function perPhoneDials(w: Walk): Promise<{ phone: number; list: string[] } | null> {
  const sd = speedDials(w.page)
  if ((await sd.phoneChooser.count()) === 0) return null
  if ((await sd.addLink.count()) === 0) return null
  const phone = await shownPhone(w, await w.mock.state(w.persona))
  return { phone, list: (await model(w)).dials[phone] ?? [] }
}

/** Saves one phone's draft as `next` (a device-level write of that phone). */
async function savePhoneDials(w: Walk, phone: number, method: string, next: string[]) {
  const devices = (await w.mock.state(w.persona)).devices
  const id = devices.filter((d) => d.kind === 'phone')[phone]!.id
  return saveDials(w, method, `/cucm-uds/user/${w.persona}/device/${id}/speedDials`, (m) => {
    m.dials[phone] = [...next]
  })
}

PAGE_ACTIONS.push(
  {
    name: 'speed dials (per phone): show another phone',
    weight: 1,
    when: onPerPhone,
    async run(w) {
      const sd = speedDials(w.page)
      if ((await sd.phoneChooser.count()) === 0) return 'one list for every phone'
      const options = await sd.phoneChooser.locator('option').allTextContents()
      const name = w.rng.pick(options)
      await sd.showPhone(name)
      await expect(sd.listTitle).toHaveText(`On ${name}`)
      return name
    },
  },
  {
    name: 'speed dials (per phone): add one to this phone',
    weight: 2,
    when: onPerPhone,
    async run(w) {
      const shown = await perPhoneDials(w)
      if (!shown || shown.list.length >= 20) return 'not available'
      const { next, entry } = await addDial(w, shown.list, ['Gate', 'Dock', 'Café', '<b>', 'A&B', '😀'])
      const how = await savePhoneDials(w, shown.phone, 'POST', next)
      return `phone ${shown.phone + 1}: ${entry}${how}`
    },
  },
  {
    name: 'speed dials (per phone): remove one from this phone',
    weight: 1,
    when: onPerPhone,
    async run(w) {
      const shown = await perPhoneDials(w)
      if (!shown || shown.list.length === 0) return 'not available'
      const i = w.rng.int(shown.list.length)
      await speedDials(w.page).removeRow(i).click()
      // A phone's own list has no DELETE: the whole list is replaced.
      const next = shown.list.filter((_, j) => j !== i)
      const how = await savePhoneDials(w, shown.phone, 'PUT', next)
      return `phone ${shown.phone + 1}: ${shown.list[i]}${how}`
    },
  },
  {
    name: 'speed dials (per phone): use these on all my phones',
    weight: 1,
    when: onPerPhone,
    async run(w) {
      const shown = await perPhoneDials(w)
      if (!shown) return 'not available'
      const sd = speedDials(w.page)
      const m = await model(w)
      // Only the phones whose list differs are written (one device-level PUT each).
      const fault = await maybeFault(w, 'PUT', `/cucm-uds/user/${w.persona}/device/*`)
      await sd.makeSameButton.click()
      await sd.confirmMakeSame()
      if (fault) await recover(w, fault, sd.makeSameDialog.getByRole('button', { name: 'Try again' }))
      await expect(status(w.page, /Your \d+ phones now have the same/)).toBeVisible()
      await expect(sd.phoneChooser).toHaveCount(0)
      m.dials = m.dials.map(() => [...shown.list])
      return `from phone ${shown.phone + 1}${afterFault(fault)}`
    },
  },
)

ACTIONS.push(...PAGE_ACTIONS)

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
