/** "Your changes": the header's button, the panel it opens, each change and its Undo. */
import { expect, type Page } from '@playwright/test'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export function yourChanges(page: Page) {
  const panel = page.getByRole('dialog', { name: 'Your changes' })
  const button = page.getByRole('button', { name: /^Your changes \(\d+\)$/ })
  /** A change in the panel, by what changed ("Display name", "Call forwarding, all lines"). */
  const item = (what: string) =>
    panel
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3, name: what, exact: true }) })
  return {
    button,
    panel,
    items: panel.getByRole('listitem'),
    item,
    /** A change's values read "before → after" (the words for screen readers aside). */
    reads: (what: string, before: string, after: string) =>
      expect(item(what).locator('.change-values')).toContainText(
        new RegExp(`${escape(before)}\\s*→.*\\s${escape(after)}$`),
      ),
    /** Opens the panel from the header. */
    async open() {
      await button.click()
      await expect(panel).toBeVisible()
    },
    close: () => panel.getByRole('button', { name: 'Close' }).click(),
    /** Undo of a change (the lost-update question may follow). */
    undo: (what: string) =>
      item(what)
        .getByRole('button', { name: `Undo: ${what}` })
        .click(),
    undone: (what: string) =>
      item(what)
        .getByRole('status')
        .filter({ hasText: `Undone: ${what}.` }),
    /** The question when the value changed elsewhere since, with both values. */
    question: (what: string) => item(what).getByRole('alert'),
    undoAnyway: (what: string) =>
      item(what)
        .getByRole('button', { name: `Undo anyway: ${what}` })
        .click(),
    keepCurrent: (what: string) =>
      item(what)
        .getByRole('button', { name: `Keep current: ${what}` })
        .click(),
  }
}
