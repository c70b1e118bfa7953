/**
 * The helpdesk's tools: "Copy summary for the helpdesk" and "Print settings" (on Profile and in the
 * header's "For the helpdesk" menu), the `/print-settings` document, and "Link to this setting".
 */
import type { Locator, Page } from '@playwright/test'
import { expect } from '../support/fixtures.ts'
import { status } from '../support/session.ts'

export function helpdesk(page: Page) {
  const main = page.locator('main')
  const headerMenu = page.locator('header details.header-helpdesk')
  return {
    copySummary: main.getByRole('button', { name: 'Copy summary for the helpdesk' }),
    printLink: main.getByRole('link', { name: 'Print settings' }),
    /** Opens the header's "For the helpdesk" menu. */
    async openHeaderMenu() {
      await headerMenu.locator('summary').click()
      return {
        copySummary: headerMenu.getByRole('button', { name: 'Copy summary for the helpdesk' }),
        printLink: headerMenu.getByRole('link', { name: 'Print settings' }),
        panel: headerMenu,
      }
    },
    /** The clipboard's text once `message` has been announced (in `where`: the header's menu). */
    async copied(message: string | RegExp, where: Page | Locator = main): Promise<string> {
      await expect(status(where, message)).toBeVisible()
      return page.evaluate(() => navigator.clipboard.readText())
    },
    /** A section's "Link to this setting" (by the section's heading). */
    linkTo: (section: string) =>
      main.getByRole('button', { name: new RegExp(`^Link to this setting\\W+${section}$`) }),
    /** The printable document on `/print-settings`. */
    document: main.locator('article.print-document'),
    /** One row's value in the document, by its label. */
    row: (label: string) =>
      main
        .locator('.print-row')
        .filter({ has: page.locator('dt', { hasText: label }) })
        .locator('dd'),
  }
}
