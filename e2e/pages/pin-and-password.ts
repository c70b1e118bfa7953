/** The PIN and password page: one section per secret, each with its rules, fields and button. */
import type { Page } from '@playwright/test'

export type SecretSection = 'Phone PIN' | 'Voicemail PIN' | 'Portal password'

export function pinAndPassword(page: Page) {
  const section = (name: string) => page.getByRole('region', { name })
  return {
    section,
    /** The rules checklist items of a section. */
    rulesOf: (name: string) => section(name).locator('.rules').getByRole('listitem'),
    /** Types a new secret and its confirmation ('phone PIN', 'voicemail PIN', 'password'). */
    async fillNew(label: 'phone PIN' | 'voicemail PIN' | 'password', value: string, confirm = value) {
      await page.getByLabel(`New ${label}`, { exact: true }).fill(value)
      await page.getByLabel(`Confirm new ${label}`, { exact: true }).fill(confirm)
    },
  }
}
