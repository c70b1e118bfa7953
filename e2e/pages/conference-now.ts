/** The Conference Now page: the number to dial, the access code (Show), and changing or removing it. */
import type { Page } from '@playwright/test'

export function conferenceNow(page: Page) {
  const code = page.getByRole('textbox', { name: 'New attendee access code' })
  const clearDialog = page.getByRole('alertdialog', { name: 'Remove the access code?' })
  return {
    current: page.locator('.cn-current'),
    show: page.getByRole('button', { name: 'Show access code' }),
    code,
    saveButton: page.getByRole('button', { name: 'Save access code' }),
    clearDialog,
    confirmClear: () => clearDialog.getByRole('button', { name: 'Remove access code' }).click(),
    notSetUp: page.getByRole('heading', { name: 'Conference Now isn’t set up for you' }),
    async change(value: string) {
      await code.fill(value)
      await page.getByRole('button', { name: 'Save access code' }).click()
    },
  }
}
