/** "Check connection" (`/check-connection`): open to anyone, one row per check with its verdict. */
import type { Page } from '@playwright/test'
import { expect } from '../support/fixtures.ts'

export function checkConnection(page: Page) {
  const list = page.locator('ol.checks')
  /** One check's row, by its title. */
  const check = (title: string) =>
    list.locator('li').filter({ has: page.getByRole('heading', { name: title }) })
  return {
    list,
    check,
    /** The verdict word of each check, in order, once every check has finished. */
    async verdicts(): Promise<string[]> {
      await expect(
        page.getByRole('status').filter({ hasText: /^(All checks passed|Checks finished)/ }),
      ).toBeVisible()
      return list.locator('.check-badge').allInnerTexts()
    },
    runAgain: page.getByRole('button', { name: 'Run the checks again' }),
    copy: page.getByRole('button', { name: 'Copy results' }),
  }
}
