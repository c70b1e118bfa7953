/**
 * The session driver: signing in through the real form, opening a page signed in by its address
 * (deep link → sign-in → back), and moving between pages through the nav as a user would. Every spec
 * signs in through here; the page drivers in e2e/pages/ take over once a page is open.
 */
import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures.ts'

/** Each page's address, by its name in the nav, in the nav's order. */
export const PAGE_PATHS = {
  Profile: '/profile',
  'Call forwarding': '/call-forwarding',
  'Do not disturb': '/do-not-disturb',
  Phones: '/phones',
  'Speed dials': '/speed-dials',
  'Single Number Reach': '/single-number-reach',
  'When someone calls you': '/when-someone-calls',
  'PIN and password': '/pin-and-password',
} as const

export type PageName = keyof typeof PAGE_PATHS

/**
 * Pages that not every persona's nav offers (the server or policy decides), so they are left out of
 * NAV_PAGES, which the specs walk for every persona; openSignedIn knows their addresses.
 */
export const OFFERED_PAGE_PATHS = { Directory: '/directory', 'Conference Now': '/conference-now' } as const
const ALL_PAGE_PATHS: Record<string, string> = { ...PAGE_PATHS, ...OFFERED_PAGE_PATHS }

/** The pages in the nav, in order. */
export const NAV_PAGES = Object.keys(PAGE_PATHS) as PageName[]

/** A page's h1. */
export const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name })

/** The settings navigation. */
export const nav = (page: Page) => page.getByRole('navigation', { name: 'Settings' })

/** A page's link in the nav. */
export const navLink = (page: Page, name: string) => nav(page).getByRole('link', { name, exact: true })

/**
 * Signs in through the real form as `user` and waits for the landing page's heading (null: any page,
 * the form is gone). A fresh page goes to /sign-in; otherwise the app has sent it there itself (after a
 * deep link, a reload or a sign-out, keeping ?next=…).
 */
export async function signIn(
  page: Page,
  user = 'demo',
  password = 'demo',
  landing: string | null = 'Profile',
) {
  if (page.url() === 'about:blank') await page.goto('/sign-in')
  await page.waitForURL(/\/sign-in/)
  await page.getByLabel('User ID').fill(user)
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  if (landing) await expect(heading(page, landing)).toBeVisible()
  else await expect(page.getByLabel('Password', { exact: true })).toBeHidden()
}

/**
 * After a reload the form keeps the user ID and asks for the password only; back on `landing` (null:
 * any page, the form is gone).
 */
export async function signInAfterReload(page: Page, landing: string | null, password = 'demo') {
  await page.getByLabel('Password', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  if (landing) await expect(heading(page, landing)).toBeVisible()
  else {
    await expect(page.locator('main h1')).toBeVisible()
    await expect(page.getByLabel('Password', { exact: true })).toBeHidden()
  }
}

/** Signs out from the shell; the sign-in form is back. */
export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByLabel('Password', { exact: true })).toBeVisible()
}

/**
 * Opens a page by its address (a nav name or a path such as '/speed-dials/add'): the portal asks to
 * sign in first (keeping the address in ?next=), then shows that page with `heading` (by default the
 * page's name).
 */
export async function openSignedIn(
  page: Page,
  where: string,
  user = 'demo',
  { password = 'demo', heading: landing }: { password?: string; heading?: string } = {},
) {
  const path = where.startsWith('/') ? where : (ALL_PAGE_PATHS[where] ?? '/profile')
  const name = where.startsWith('/')
    ? Object.keys(ALL_PAGE_PATHS).find((n) => ALL_PAGE_PATHS[n] === path.split('?')[0])
    : where
  await page.goto(path)
  await page.waitForURL(/\/sign-in\?next=/)
  await signIn(page, user, password, landing ?? name ?? null)
}

/**
 * Goes to a page through the nav (no reload, so the session stays), opening the "Menu" first on a
 * narrow screen, and waits for its heading.
 */
export async function goTo(page: Page, name: string) {
  if (!(await navLink(page, name).isVisible())) await page.getByRole('button', { name: 'Menu' }).click()
  await navLink(page, name).click()
  await expect(heading(page, name)).toBeVisible()
}

/**
 * Opens a page through the nav so the portal moves focus to its heading: when the page is already
 * there, it goes to another page first.
 */
export async function openFromNav(page: Page, name: string) {
  const here = (await page.locator('main h1').textContent())?.trim()
  if (here === name) await goTo(page, name === 'Profile' ? 'Call forwarding' : 'Profile')
  await goTo(page, name)
}

/** The dialog that asks for the password again when a save meets an expired session. */
export const reauthDialog = (page: Page) =>
  page.getByRole('dialog', { name: 'Sign in again to save your changes' })

/** Answers that dialog with the password (the save then goes on). */
export async function reauthenticate(page: Page, password = 'demo') {
  await reauthDialog(page).getByLabel('Password', { exact: true }).fill(password)
  await reauthDialog(page).getByRole('button', { name: 'Sign in' }).click()
}

/** The status messages (role=status) with this text, in a page or a part of it. */
export const status = (page: Page | Locator, text: string | RegExp) =>
  page.getByRole('status').filter({ hasText: text })

/** The alerts (role=alert) with this text, in a page or a part of it. */
export const alert = (page: Page | Locator, text: string | RegExp) =>
  page.getByRole('alert').filter({ hasText: text })

/** The alert of a save that failed: "Your changes have not been saved" (with Try again). */
export const notSaved = (page: Page) => alert(page, 'Your changes have not been saved')

/** The "Leave without saving?" dialog. */
export const leaveDialog = (page: Page) => page.getByRole('alertdialog', { name: 'Leave without saving?' })

/** A form's error summary ("There is a problem", with a link per answer to fix). */
export const errorSummary = (page: Page) => page.locator('.error-summary')
