/**
 * Offline: the banner shows, reads pause (no error, no request), and resume by themselves when the
 * connection is back; a save attempted offline keeps the draft and says why, and succeeds on retry.
 */
import { test, expect } from '../support/fixtures.ts'
import { expectNotBlank, visibleAlerts } from './support.ts'
import { heading, notSaved, signIn, status } from '../support/session.ts'
import { requestsTo } from '../support/mock-api.ts'
import { profile } from '../pages/profile.ts'

const BANNER = /You're offline\. We'll reconnect/

test.describe('offline', () => {
  test('going offline shows the banner and pauses reads; back online they resume without a click', async ({
    page,
    context,
    mock,
  }) => {
    await signIn(page)
    await expect(page.getByText(BANNER)).toBeHidden()
    await context.setOffline(true)
    await expect(status(page, BANNER)).toBeVisible()

    // A page not visited yet: neither its code nor its reads are in the browser. Every read the page
    // attempts is recorded here, in the browser (offline, none could reach the mock anyway).
    const attempted: string[] = []
    page.on('request', (r) => {
      if (r.url().startsWith(mock.url)) attempted.push(`${r.method()} ${new URL(r.url()).pathname}`)
    })
    const nav = page.getByRole('navigation', { name: 'Settings' })
    const link = nav.getByRole('link', { name: 'Single Number Reach', exact: true })
    await link.click()
    // Paused, not failed: the navigation waits (the router marks its link pending) instead of ending
    // in an error; no message, nothing attempted, and the banner still says why.
    await expect(link).toHaveClass(/\bpending\b/)
    expect(await visibleAlerts(page)).toEqual([])
    await expect(page.getByText(/Sorry, (we couldn't load|something went wrong)/)).toBeHidden()
    await expect(status(page, BANNER)).toBeVisible()
    expect(attempted, 'no read attempted while offline').toEqual([])

    await context.setOffline(false)
    await expect(page.getByText(BANNER)).toBeHidden()
    await expect(heading(page, 'Single Number Reach')).toBeVisible()
    await expect(page.getByRole('heading', { level: 3, name: 'Mobile' })).toBeVisible()
    await expectNotBlank(page)
    expect(await visibleAlerts(page)).toEqual([])
  })

  test('a save attempted offline keeps the draft with a clear message, and saves once when back', async ({
    page,
    context,
    mock,
  }) => {
    await signIn(page)
    await profile(page).displayName.fill('Saved after the tunnel')
    await context.setOffline(true)
    await mock.clearRequests()
    await profile(page).save()
    const problem = notSaved(page)
    await expect(problem).toContainText("You're offline, so we couldn't reach the phone system.")
    await expect(problem).toContainText('Your changes are still here.')
    expect(await visibleAlerts(page)).toHaveLength(1)
    await expect(profile(page).displayName).toHaveValue('Saved after the tunnel')
    await expectNotBlank(page)
    expect(await requestsTo(mock, { method: 'PUT' })).toEqual([])
    expect((await mock.state('demo')).displayName).toBe('Dana Morgan')

    // The PUTs the page makes from now on (a browser-level record, whether or not they get through).
    const puts: string[] = []
    page.on('request', (r) => {
      if (r.method() === 'PUT') puts.push(r.method())
    })
    await context.setOffline(false)
    await expect(page.getByText(BANNER)).toBeHidden()
    // Never sent by itself: the user decides. (A resend on reconnecting would start with the online
    // event that hid the banner, so it would be among the requests the page has made by now, and the
    // count after the user's own retry would be two.)
    expect(puts.filter((p) => p === 'PUT')).toEqual([])
    await problem.getByRole('button', { name: 'Try again' }).click()
    await expect(profile(page).saved).toBeVisible()
    expect(
      puts.filter((p) => p === 'PUT'),
      'one PUT, the retry',
    ).toHaveLength(1)
    expect(await requestsTo(mock, { method: 'PUT' })).toHaveLength(1)
    expect((await mock.state('demo')).displayName).toBe('Saved after the tunnel')
  })
})
