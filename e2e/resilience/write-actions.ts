/**
 * Every write action of every page, as data for the fault matrix (and reused by the random walk):
 * how to get a draft ready, how the user saves it, how to tell it's still there, how the portal says it
 * is saved, and what the mock's state looks like with the change applied exactly once or not at all.
 */
import type { Page } from '@playwright/test'
import { expect } from '../support/fixtures.ts'
import { navigateTo, type WriteTarget } from './support.ts'

// The mock's state snapshot (mock-server/README.md), loosely typed: assertions pick what they need.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type MockState = Record<string, any>

export interface WriteAction {
  /** The page's name as in the nav. */
  page: string
  /** What the user changes. */
  name: string
  persona: string
  /** The request that carries the change; the faults hit it. */
  write: WriteTarget
  /** From the landing page (signed in): go to the page and make the change, up to the save. */
  arrange(page: Page): Promise<void>
  /** The user's save. */
  act(page: Page): Promise<void>
  /** The draft (what the user typed or chose) is still there. */
  draft(page: Page): Promise<void>
  /** The portal says the change is saved. */
  saved(page: Page): Promise<void>
  /** The user's retry after a failure; default: "Try again" in the message. */
  retry?(page: Page): Promise<void>
  /** The change is in the state, exactly once. */
  assertApplied(state: MockState, before: MockState): void
  /** The state is as before. */
  assertNotApplied(state: MockState, before: MockState): void
}

const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text })

// ---------------------------------------------------------------------------------------------------
// Profile (issue 3)
// ---------------------------------------------------------------------------------------------------

const NEW_NAME = 'Dana Fault-Matrix'

export const profileActions: WriteAction[] = [
  {
    page: 'Profile',
    name: 'display name',
    persona: 'demo',
    write: { method: 'PUT', path: '/cucm-uds/user/demo' },
    async arrange(page) {
      await navigateTo(page, 'Profile')
      await page.getByLabel('Display name').fill(NEW_NAME)
    },
    act: (page) => page.getByRole('button', { name: 'Save profile' }).click(),
    draft: (page) => expect(page.getByLabel('Display name')).toHaveValue(NEW_NAME),
    saved: (page) => expect(status(page, 'Profile saved')).toContainText(NEW_NAME),
    assertApplied: (s, b) =>
      expect({ displayName: s.displayName, locale: s.locale }).toEqual({
        displayName: NEW_NAME,
        locale: b.locale,
      }),
    assertNotApplied: (s, b) => expect(s.displayName).toBe(b.displayName),
  },
  {
    page: 'Profile',
    name: 'language',
    persona: 'demo',
    write: { method: 'PUT', path: '/cucm-uds/user/demo' },
    async arrange(page) {
      await navigateTo(page, 'Profile')
      await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Deutsch (Deutschland)' })
    },
    act: (page) => page.getByRole('button', { name: 'Save profile' }).click(),
    draft: (page) =>
      expect(page.getByLabel('Language', { exact: true }).locator('option:checked')).toHaveText(
        'Deutsch (Deutschland)',
      ),
    saved: (page) => expect(status(page, 'Profile saved')).toContainText('Deutsch'),
    // '3' is German in the mock's installedLocales.
    assertApplied: (s, b) =>
      expect({ locale: s.locale, displayName: s.displayName }).toEqual({
        locale: '3',
        displayName: b.displayName,
      }),
    assertNotApplied: (s) => expect(s.locale).toBe(''),
  },
]

export const writeActions: WriteAction[] = [...profileActions]
