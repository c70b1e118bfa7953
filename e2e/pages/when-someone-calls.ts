/** "When someone calls you": each line's answer, the warnings, "Try a different time", the week. */
import type { Page } from '@playwright/test'

export function whenSomeoneCalls(page: Page) {
  const warnings = page.getByRole('region', { name: 'Settings that work against each other' })
  const tryTime = page.getByRole('region', { name: 'Try a different time' })
  return {
    /** One line's numbered answer. */
    line: (directoryNumber: string) => page.getByRole('region', { name: `Calls to ${directoryNumber}` }),
    steps: (directoryNumber: string) =>
      page.getByRole('region', { name: `Calls to ${directoryNumber}` }).getByRole('listitem'),
    warnings,
    /** The link of the warning that says `about` ("1092", "Single Number Reach"). */
    warningLink: (about: string) =>
      warnings.getByRole('listitem').filter({ hasText: about }).getByRole('link'),
    weekTable: page.getByRole('table', { name: 'When each phone rings' }),
    backToNow: tryTime.getByRole('button', { name: 'Back to now' }),
    /** Shows what would happen on a day at a time ("Saturday", "10:00am"). */
    async tryAt(day: string, time: string) {
      await tryTime.getByLabel('Day', { exact: true }).selectOption({ label: day })
      await tryTime.getByLabel('Time', { exact: true }).selectOption({ label: time })
      await tryTime.getByRole('button', { name: 'Show' }).click()
    },
  }
}
