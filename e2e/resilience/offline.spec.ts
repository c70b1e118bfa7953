/**
 * Offline: the banner shows, reads pause (no error, no request), and resume by themselves when the
 * connection is back; a save attempted offline keeps the draft and says why, and succeeds on retry.
 */
import { test, expect } from '../support/fixtures.ts'
import { expectNotBlank, signInAs, visibleAlerts } from './support.ts'

const BANNER = /You're offline\. We'll reconnect/

test.describe('offline', () => {
  test('going offline shows the banner and pauses reads; back online they resume without a click', async ({
    page,
    context,
    mock,
  }) => {
    await page.goto('/sign-in')
    await signInAs(page, 'demo')
    await expect(page.getByText(BANNER)).toBeHidden()
    await context.setOffline(true)
    await expect(page.getByRole('status').filter({ hasText: BANNER })).toBeVisible()

    // A page not visited yet: neither its code nor its reads are in the browser.
    await mock.clearRequests()
    const nav = page.getByRole('navigation', { name: 'Settings' })
    await nav.getByRole('link', { name: 'Single Number Reach', exact: true }).click()
    // Paused, not failed: no error message, nothing sent, the banner still says why.
    await page.waitForTimeout(1500)
    expect(await visibleAlerts(page)).toEqual([])
    await expect(page.getByText(/Sorry, (we couldn't load|something went wrong)/)).toBeHidden()
    await expect(page.getByRole('status').filter({ hasText: BANNER })).toBeVisible()
    expect((await mock.requests()).filter((r) => !r.preflight && r.method === 'GET')).toEqual([])

    await context.setOffline(false)
    await expect(page.getByText(BANNER)).toBeHidden()
    await expect(page.getByRole('heading', { level: 1, name: 'Single Number Reach' })).toBeVisible()
    await expect(page.getByRole('heading', { level: 3, name: 'Mobile' })).toBeVisible()
    await expectNotBlank(page)
    expect(await visibleAlerts(page)).toEqual([])
  })

  test('a save attempted offline keeps the draft with a clear message, and saves once when back', async ({
    page,
    context,
    mock,
  }) => {
    await page.goto('/sign-in')
    await signInAs(page, 'demo')
    await page.getByLabel('Display name').fill('Saved after the tunnel')
    await context.setOffline(true)
    await mock.clearRequests()
    await page.getByRole('button', { name: 'Save profile' }).click()
    const problem = page.getByRole('alert').filter({ hasText: 'Your changes have not been saved' })
    await expect(problem).toContainText("You're offline, so we couldn't reach the phone system.")
    await expect(problem).toContainText('Your changes are still here.')
    expect(await visibleAlerts(page)).toHaveLength(1)
    await expect(page.getByLabel('Display name')).toHaveValue('Saved after the tunnel')
    await expectNotBlank(page)
    expect((await mock.requests()).filter((r) => r.method === 'PUT')).toEqual([])
    expect((await mock.state<{ displayName: string }>('demo')).displayName).toBe('Dana Morgan')

    await context.setOffline(false)
    await expect(page.getByText(BANNER)).toBeHidden()
    // Never sent by itself: the user decides.
    await page.waitForTimeout(500)
    expect((await mock.requests()).filter((r) => r.method === 'PUT')).toEqual([])
    await problem.getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Profile saved' })).toBeVisible()
    expect((await mock.requests()).filter((r) => r.method === 'PUT' && !r.preflight)).toHaveLength(1)
    expect((await mock.state<{ displayName: string }>('demo')).displayName).toBe('Saved after the tunnel')
  })
})
