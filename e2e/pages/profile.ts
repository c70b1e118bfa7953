/** The Profile page: its regions, the display name and language, and Save. */
import type { Page } from '@playwright/test'
import { status } from '../support/session.ts'

export function profile(page: Page) {
  const displayName = page.getByLabel('Display name')
  const language = page.getByLabel('Phone language', { exact: true })
  const saveButton = page.getByRole('button', { name: 'Save profile' })
  return {
    details: page.getByRole('region', { name: 'Your details' }),
    lines: page.getByRole('region', { name: 'Your lines and phones' }),
    settings: page.getByRole('region', { name: 'Your settings' }),
    displayName,
    language,
    saveButton,
    saved: status(page, 'Profile saved'),
    save: () => saveButton.click(),
    /** Types a display name and saves it. */
    async rename(name: string) {
      await displayName.fill(name)
      await saveButton.click()
    },
  }
}
