/**
 * The hostile input corpus and the text fields it is typed into (one entry per text field of every
 * form). Each value must be refused with a message or round-trip exactly; nothing may execute.
 */
import type { Page } from '@playwright/test'
import { expect } from '../support/fixtures.ts'
import type { MockControl } from '../support/fixtures.ts'
import { allWrites, navigateTo } from './support.ts'
import type { MockState } from './write-actions.ts'

export const CORPUS: Array<{ name: string; value: string }> = [
  { name: 'script tag', value: '<script>window.__xss=1;alert(1)</script>' },
  { name: 'img onerror', value: '<img src=x onerror="window.__xss=1">' },
  { name: 'ampersand', value: 'Tom & Jerry' },
  { name: 'entity text', value: '&amp; &lt;b&gt; &#60;' },
  { name: 'CDATA end', value: 'a]]>b' },
  { name: 'quotes', value: `"double" 'single'` },
  { name: 'NUL', value: 'nul\u0000byte' },
  { name: 'control characters', value: 'bell\u0007esc\u001b[31m' },
  { name: 'RTL override', value: '\u202Egnp.exe' },
  { name: 'RTL text', value: 'שלום مرحبا' },
  { name: 'emoji', value: '😀 👩‍👩‍👧‍👦 🇬🇧' },
  { name: '10 000 characters', value: 'x'.repeat(10_000) },
  { name: 'number with letters', value: '555-CALL-NOW' },
  { name: 'template injection', value: "{{constructor.constructor('window.__xss=1')()}}" },
  { name: 'javascript URL', value: 'javascript:window.__xss=1' },
]

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
  stored(state: MockState): string
  /** What the form sends for a typed value (e.g. trimmed). Default: as typed. */
  sent?(typed: string): string
  /** The value as the page shows it back after a save (default: the field's value). */
  shownBack?(page: Page): Promise<string>
  /** After a save: back to the form for the next value (default: stay). */
  reopen?(page: Page): Promise<void>
  /** A secret (which one): never shown back, and cleared after the server refuses it (on purpose). */
  secret?: 'pin' | 'password' | 'voicemailPin'
}

/**
 * Submits and tells a save from a refusal: a refusal by the form marks the field invalid and sends
 * nothing; otherwise a write reaches the mock and its status decides (a server refusal is a refusal).
 */
export async function attempt(page: Page, mock: MockControl, field: TextField): Promise<'saved' | 'refused'> {
  const input = page.getByLabel(field.label, { exact: true })
  const before = (await allWrites(mock)).length
  // Let the form re-validate what was typed (react-hook-form re-validates on change after a submit).
  await page.waitForTimeout(100)
  await field.submit(page)
  let outcome: 'saved' | 'refused' | 'pending' = 'pending'
  let invalidSince = 0
  await expect
    .poll(
      async () => {
        const writes = await allWrites(mock)
        if (writes.length > before) return (outcome = writes.at(-1)!.status < 300 ? 'saved' : 'refused')
        if ((await input.getAttribute('aria-invalid')) === 'true') {
          invalidSince ||= Date.now()
          // Invalid and nothing sent for a moment: refused by the form.
          if (Date.now() - invalidSince > 150) return (outcome = 'refused')
        }
        return 'pending'
      },
      { intervals: [50], timeout: 10_000 },
    )
    .not.toBe('pending')
  const result = outcome as 'saved' | 'refused'
  if (result === 'saved')
    await expect(page.getByRole('status').filter({ hasText: field.saved })).toBeVisible()
  else await expect(page.locator('[role="alert"]:visible').first()).toBeVisible()
  return result
}

const trim = (typed: string) => typed.trim()

/** Secret fields: the confirmation gets the same value, then the section's button. */
function secretField(o: {
  label: string
  confirm: string
  button: string
  stored: (s: MockState) => string
  secret: 'pin' | 'password' | 'voicemailPin'
}): TextField {
  return {
    page: 'PIN and password',
    label: o.label,
    persona: 'demo',
    secret: o.secret,
    open: (page) => navigateTo(page, 'PIN and password'),
    async submit(page) {
      const typed = await page.getByLabel(o.label, { exact: true }).inputValue()
      await page.getByLabel(o.confirm, { exact: true }).fill(typed)
      await page.getByRole('button', { name: o.button }).click()
    },
    saved: /changed/,
    stored: o.stored,
  }
}

export const TEXT_FIELDS: TextField[] = [
  {
    page: 'Profile',
    label: 'Display name',
    persona: 'demo',
    open: (page) => navigateTo(page, 'Profile'),
    submit: (page) => page.getByRole('button', { name: 'Save profile' }).click(),
    saved: 'Profile saved',
    stored: (s) => s.displayName,
    sent: trim,
  },
  {
    page: 'Call forwarding',
    label: 'Number to forward to',
    persona: 'demo',
    async open(page) {
      await navigateTo(page, 'Call forwarding')
      await page.getByRole('radio', { name: 'Forward to another number' }).check()
    },
    submit: (page) => page.getByRole('button', { name: 'Save forwarding' }).click(),
    saved: 'Forwarding saved.',
    stored: (s) => s.lines[0].callForwardAll.destination,
    sent: (typed) => typed.replace(/[\s()[\]-]/g, ''),
  },
  ...(['Name', 'Phone number'] as const).map((label): TextField => ({
    page: 'Single Number Reach',
    label,
    persona: 'demo',
    async open(page) {
      await navigateTo(page, 'Single Number Reach')
      await page.getByRole('link', { name: /^Change phone: / }).click()
    },
    submit: (page) => page.getByRole('button', { name: 'Save phone' }).click(),
    saved: 'saved.',
    stored: (s) => (label === 'Name' ? s.remoteDestinations[0].name : s.remoteDestinations[0].destination),
    sent: label === 'Name' ? trim : (typed) => typed.replace(/[\s()[\]\-\u2010-\u2015\u2212]/g, ''),
    // Saved: back on the list, where the card shows it; then open the phone again.
    shownBack: async (page) =>
      label === 'Name'
        ? (await page.getByRole('heading', { level: 3 }).first().innerText()).trim()
        : (await page.locator('dd').first().innerText()).trim(),
    reopen: (page) => page.getByRole('link', { name: /^Change phone: / }).click(),
  })),
  ...(['Name', 'Number'] as const).map((label): TextField => ({
    page: 'Speed dials',
    label,
    persona: 'demo',
    async open(page) {
      await navigateTo(page, 'Speed dials')
      await page.getByRole('link', { name: 'Add speed dial' }).click()
      // The other field gets a valid value; each saved value adds the next position.
      await page
        .getByLabel(label === 'Name' ? 'Number' : 'Name', { exact: true })
        .fill(label === 'Name' ? '123' : 'Hostile')
    },
    async submit(page) {
      await page.getByRole('button', { name: 'Add to list' }).click()
      const bar = page.getByRole('region', { name: 'Unsaved changes' })
      const invalid = page.getByLabel(label, { exact: true }).and(page.locator('[aria-invalid="true"]'))
      await expect(bar.or(invalid).first()).toBeVisible()
      if (await bar.isVisible()) await bar.getByRole('button', { name: 'Save speed dials' }).click()
    },
    saved: 'Speed dials saved',
    // The entry at the highest position (each saved value is added after the others).
    stored: (s) => {
      const list = [...s.devices[0].speedDials].sort((a: MockState, b: MockState) => a.index - b.index)
      return list.at(-1)[label === 'Name' ? 'label' : 'number']
    },
    sent: (typed) => (label === 'Name' ? typed.trim() : typed.replace(/[\s()[\]-]/g, '')),
    shownBack: async (page) =>
      await page
        .locator(`ol.sd-list > li .sd-${label === 'Name' ? 'name' : 'number'}`)
        .last()
        .innerText(),
    async reopen(page) {
      await page.getByRole('link', { name: 'Add speed dial' }).click()
      await page
        .getByLabel(label === 'Name' ? 'Number' : 'Name', { exact: true })
        .fill(label === 'Name' ? '123' : 'Hostile')
    },
  })),
  secretField({
    label: 'New phone PIN',
    confirm: 'Confirm new phone PIN',
    button: 'Change phone PIN',
    stored: (s) => s.pin,
    secret: 'pin',
  }),
  secretField({
    label: 'New password',
    confirm: 'Confirm new password',
    button: 'Change portal password',
    stored: (s) => s.password,
    secret: 'password',
  }),
  secretField({
    label: 'New voicemail PIN',
    confirm: 'Confirm new voicemail PIN',
    button: 'Change voicemail PIN',
    stored: (s) => s.voicemailPin,
    secret: 'voicemailPin',
  }),
]
