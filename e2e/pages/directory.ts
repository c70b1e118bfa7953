/** The Directory page: the search, the results (cards, paging) and a person's actions. */
import type { Page } from '@playwright/test'
import { status } from '../support/session.ts'

/** The "Find in directory" combobox of the speed dial and forwarding forms. */
export function directoryFinder(page: Page) {
  const input = page.getByRole('combobox', { name: 'Find in directory' })
  return {
    input,
    list: page.getByRole('listbox', { name: 'People in the directory' }),
    options: page.getByRole('option'),
    state: page.locator('.finder-state'),
    /** Types into it with the keyboard only (focus first, as Tab would). */
    async type(text: string) {
      await input.focus()
      await page.keyboard.type(text)
    },
  }
}

export function directory(page: Page) {
  const field = page.getByRole('searchbox', { name: 'Search by name or number' })
  const results = page.getByRole('list', { name: 'People found' })
  const api = {
    field,
    /** The heading that says what was searched ("People whose name starts with …"). */
    searched: page.locator('#directory-results-title'),
    /** "Showing 21–40 of 57". */
    showing: page.locator('.directory-count'),
    cards: results.getByRole('article'),
    card: (name: string) => results.getByRole('article', { name, exact: true }),
    next: page.getByRole('navigation', { name: 'Result pages' }).getByRole('link', { name: 'Next' }),
    previous: page.getByRole('navigation', { name: 'Result pages' }).getByRole('link', { name: 'Previous' }),
    noneFound: page.getByRole('heading', { name: 'No one found' }),
    failed: page.getByRole('alert').filter({ hasText: "Sorry, we couldn't load the directory" }),
    copied: (number: string) => status(page, `Copied ${number}`),
    policyOff: page.getByRole('heading', { name: 'Directory search is turned off' }),
    async search(text: string) {
      await field.fill(text)
      await page.getByRole('button', { name: 'Search', exact: true }).click()
    },
  }
  return api
}
