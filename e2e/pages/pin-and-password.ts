/** The PIN and password page: one section per secret, each with its rules, fields and button. */
import type { Page } from '@playwright/test'

export type SecretSection = 'Phone PIN' | 'Voicemail PIN' | 'Portal password'

/** A secret by the words in its fields' labels ("New phone PIN", "Confirm new password"). */
export type SecretLabel = 'phone PIN' | 'voicemail PIN' | 'password'

/** Each secret's section and button. */
export const SECRETS: Record<SecretLabel, { section: SecretSection; button: string }> = {
  'phone PIN': { section: 'Phone PIN', button: 'Change phone PIN' },
  'voicemail PIN': { section: 'Voicemail PIN', button: 'Change voicemail PIN' },
  password: { section: 'Portal password', button: 'Change portal password' },
}

export function pinAndPassword(page: Page) {
  const section = (name: string) => page.getByRole('region', { name })
  return {
    section,
    /** The rules checklist items of a section. */
    rulesOf: (name: string) => section(name).locator('.rules').getByRole('listitem'),
    /** A secret's "New …" field. */
    newField: (label: SecretLabel) => page.getByLabel(`New ${label}`, { exact: true }),
    /** Types a new secret and its confirmation ('phone PIN', 'voicemail PIN', 'password'). */
    async fillNew(label: SecretLabel, value: string, confirm = value) {
      await page.getByLabel(`New ${label}`, { exact: true }).fill(value)
      await page.getByLabel(`Confirm new ${label}`, { exact: true }).fill(confirm)
    },
    /** Presses a secret's "Change …" button. */
    change: (label: SecretLabel) => page.getByRole('button', { name: SECRETS[label].button }).click(),
  }
}
