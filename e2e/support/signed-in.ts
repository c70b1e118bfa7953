/**
 * A signed-in page shared by the read-only tests of a worker: one sign-in per persona and worker
 * instead of one per test. Only for tests that change nothing (on the server or in the page's
 * drafts) and leave no dialog open: the mock is still reset before every test, and what the portal
 * has cached is then exactly what the server holds. A test that fails ends its worker (Playwright
 * starts a new one), so a broken page is never handed to the next test.
 */
import type { Browser, Page } from '@playwright/test'
import { expect, test as base } from './fixtures.ts'
import { signIn } from './session.ts'

export type SharedPage = (persona?: string) => Promise<Page>

export const test = base.extend<{ sharedPage: SharedPage }, { signedInPages: Map<string, Page> }>({
  signedInPages: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const pages = new Map<string, Page>()
      await use(pages)
      await Promise.all([...pages.values()].map((p) => p.context().close()))
    },
    { scope: 'worker' },
  ],
  sharedPage: async ({ browser, baseURL, signedInPages }, use) => {
    await use(async (persona = 'demo') => {
      let page = signedInPages.get(persona)
      if (!page) {
        page = await newSignedInPage(browser, baseURL!, persona)
        signedInPages.set(persona, page)
      }
      return page
    })
  },
})

async function newSignedInPage(browser: Browser, baseURL: string, persona: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await signIn(page, persona)
  return page
}

export { expect }
