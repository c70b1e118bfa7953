/**
 * The text fields the hostile input corpus (src/testing/hostile-corpus.ts) is typed into in the
 * browser: the free-text fields whose value the page shows back, where the DOM and the layout matter.
 * Each value must be refused with a message or round-trip exactly; nothing may execute. Numbers and
 * PINs refuse the whole corpus by their form's rules, which src/features/hostile-input.test.ts checks
 * value by value (with the server's answer for what the rules let through); each page's own journeys
 * show a refused number or PIN in the page.
 */
import type { Page } from '@playwright/test'
import { expect } from '../support/fixtures.ts'
import type { MockControl } from '../support/fixtures.ts'
import { allWrites } from '../support/mock-api.ts'
import { profile } from '../pages/profile.ts'
import { speedDials } from '../pages/speed-dials.ts'
import { singleNumberReach } from '../pages/single-number-reach.ts'
import { goTo, status } from '../support/session.ts'
import type { PersonaSnapshot } from '../../mock-server/app.ts'

export interface TextField {
  page: string
  /** The field's label. */
  label: string
  persona: string
  /** From the landing page (signed in): open the form that holds the field. */
  open(page: Page): Promise<void>
  /** Submit the form (and whatever else makes it reach the server). */
  submit(page: Page): Promise<void>
  /** The portal's success message after a save. */
  saved: string | RegExp
  /** The value as the server has it now. */
  stored(state: PersonaSnapshot): string
  /** What the form sends for a typed value (e.g. trimmed). Default: as typed. */
  sent?(typed: string): string
  /** The value as the page shows it back after a save (default: the field's value). */
  shownBack?(page: Page): Promise<string>
  /** After a save: back to the form for the next value (default: stay). */
  reopen?(page: Page): Promise<void>
  /** A secret (which one): never shown back, and cleared after the server refuses it (on purpose). */
  secret?: 'pin' | 'password' | 'voicemailPin'
  /**
   * The corpus values typed in the browser (by name): all of them where the field's rules live in its
   * component; otherwise the ones the page shows back (markup, bidi, emoji), one it refuses for being
   * too long (the layout with a 10 000-character draft) and one the server refuses, if any.
   */
  browser: 'all' | string[]
}

/**
 * Submits a value the field is expected to save or refuse, and waits for that: a save is a write the
 * mock answered with success, then the page's success message; a refusal is the field marked invalid by
 * the form (nothing sent) or a write the mock refused, then a message. Either way, whichever comes
 * first decides, so a wrong expectation fails here instead of waiting.
 */
export async function attempt(
  page: Page,
  mock: MockControl,
  field: TextField,
  expected: 'saved' | 'refused',
): Promise<void> {
  // Checked without waiting: after a submit the form may be gone (back on a list), and a waiting
  // check would hold the poll until its timeout instead of looking at the mock again.
  const invalid = page.getByLabel(field.label, { exact: true }).and(page.locator('[aria-invalid="true"]'))
  const before = (await allWrites(mock)).length
  await field.submit(page)
  await expect
    .poll(
      async () => {
        const writes = await allWrites(mock)
        if (writes.length > before) return writes.at(-1)!.status < 300 ? 'saved' : 'refused'
        // Refused by the form: marked invalid, and the error summary that submitting shows.
        if ((await invalid.isVisible()) && (await page.locator('.error-summary').isVisible()))
          return expected === 'refused' ? 'refused' : 'pending'
        return 'pending'
      },
      { intervals: [50, 100, 250] },
    )
    .toBe(expected)
  if (expected === 'saved') await expect(status(page, field.saved)).toBeVisible()
  else await expect(page.locator('[role="alert"]:visible').first()).toBeVisible()
}

const trim = (typed: string) => typed.trim()

/** Secret fields: the confirmation gets the same value, then the section's button. */
function secretField(o: {
  label: string
  confirm: string
  button: string
  stored: (s: PersonaSnapshot) => string
  secret: 'pin' | 'password' | 'voicemailPin'
  browser: TextField['browser']
}): TextField {
  return {
    page: 'PIN and password',
    label: o.label,
    persona: 'demo',
    secret: o.secret,
    open: (page) => goTo(page, 'PIN and password'),
    async submit(page) {
      const typed = await page.getByLabel(o.label, { exact: true }).inputValue()
      await page.getByLabel(o.confirm, { exact: true }).fill(typed)
      await page.getByRole('button', { name: o.button }).click()
    },
    saved: /changed/,
    stored: o.stored,
    browser: o.browser,
  }
}

export const TEXT_FIELDS: TextField[] = [
  {
    page: 'Profile',
    label: 'Display name',
    persona: 'demo',
    open: (page) => goTo(page, 'Profile'),
    submit: (page) => profile(page).save(),
    saved: 'Profile saved',
    stored: (s) => s.displayName,
    sent: trim,
    // Its rules are in the form component, so the whole corpus goes through the page.
    browser: 'all',
  },
  {
    page: 'Single Number Reach',
    label: 'Name',
    persona: 'demo',
    async open(page) {
      await goTo(page, 'Single Number Reach')
      await page.getByRole('link', { name: /^Change phone: / }).click()
    },
    submit: (page) => singleNumberReach(page).save(),
    saved: 'saved.',
    stored: (s) => s.remoteDestinations[0]!.name,
    sent: trim,
    // Saved: back on the list, where the card shows it; then open the phone again.
    shownBack: async (page) => (await page.getByRole('heading', { level: 3 }).first().innerText()).trim(),
    reopen: (page) => page.getByRole('link', { name: /^Change phone: / }).click(),
    browser: [
      'script tag',
      'img onerror',
      'template injection',
      'RTL override',
      'emoji',
      '10 000 characters',
    ],
  },
  {
    page: 'Speed dials',
    label: 'Name',
    persona: 'demo',
    async open(page) {
      await goTo(page, 'Speed dials')
      await speedDials(page).addLink.click()
      // The number gets a valid value; each saved value adds the next position.
      await page.getByLabel('Number', { exact: true }).fill('123')
    },
    async submit(page) {
      await page.getByRole('button', { name: 'Add to list' }).click()
      const bar = page.getByRole('region', { name: 'Unsaved changes' })
      const invalid = page.getByLabel('Name', { exact: true }).and(page.locator('[aria-invalid="true"]'))
      await expect(bar.or(invalid).first()).toBeVisible()
      if (await bar.isVisible()) await bar.getByRole('button', { name: 'Save speed dials' }).click()
    },
    saved: 'Speed dials saved',
    // The entry at the highest position (each saved value is added after the others; the snapshot's
    // lists are sorted by position).
    stored: (s) => s.devices[0]!.speedDials.at(-1)!.label,
    sent: trim,
    shownBack: async (page) => await page.locator('ol.sd-list > li .sd-name').last().innerText(),
    async reopen(page) {
      await speedDials(page).addLink.click()
      await page.getByLabel('Number', { exact: true }).fill('123')
    },
    // 'script tag': refused by the form, for its length (the phone system would refuse its markup too).
    browser: ['RTL override', 'emoji', 'script tag', '10 000 characters'],
  },
  secretField({
    label: 'New password',
    confirm: 'Confirm new password',
    button: 'Change portal password',
    stored: (s) => s.password,
    secret: 'password',
    // 'CDATA end': refused by the server.
    browser: ['img onerror', 'CDATA end', '10 000 characters'],
  }),
]
