/**
 * Credential safety against a phone system that locks accounts (the mock locks after 3 refusals, like
 * CUCM's usual policy): a password changed elsewhere costs one refused attempt, an uncertain password
 * change at most two, and a sign-out sticks and leaves nothing of the previous user.
 */
import type { Page } from '@playwright/test'
import { expect, test, type MockControl } from './support/fixtures.ts'
import { useShortTimeout, SHORT_TIMEOUT_MS } from './resilience/support.ts'
import { heading, reauthDialog, reauthenticate, signIn, status } from './support/session.ts'
import { profile } from './pages/profile.ts'
import { asClient, requestsTo } from './support/mock-api.ts'

const CREDENTIALS = '/cucm-uds/user/demo/credentials'

/** Someone changes the password somewhere else (Jabber, an administrator): a real UDS call. */
async function changePasswordElsewhere(mock: MockControl, password: string) {
  await asClient(
    mock,
    'demo',
    'PUT',
    CREDENTIALS,
    `<credentials><credential type="password">${password}</credential></credentials>`,
    { status: 204 },
  )
  await mock.clearRequests()
}

/** The page's JavaScript heap after a full garbage collection, as text (a V8 heap snapshot). */
async function heapText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.enable')
  await cdp.send('HeapProfiler.collectGarbage')
  const chunks: string[] = []
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => void chunks.push(chunk))
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  await cdp.detach()
  return chunks.join('')
}

async function refusals(mock: MockControl, prefix = '/') {
  return (await requestsTo(mock, { status: 401, path: `${prefix}*` })).length
}

async function notLocked(mock: MockControl) {
  const state = await mock.state('demo')
  expect(state.login.lockedUntil).toBeNull()
}

const reauth = reauthDialog

async function signInAgain(page: Page, password: string) {
  await reauthenticate(page, password)
  await expect(reauth(page)).toBeHidden()
}

/** The password changes elsewhere, then a quiet minute passes on the page's clock. */
async function passwordChangedThenQuiet(page: Page, mock: MockControl) {
  await changePasswordElsewhere(mock, 'changed-in-jabber')
  await page.clock.fastForward('01:01')
}

/** Exactly one refused request reached the server, and "Sign in again" with the new password continues. */
async function oneRefusalThenSignInAgain(page: Page, mock: MockControl) {
  await expect(reauth(page)).toBeVisible()
  await expect(reauth(page)).toContainText('Several wrong passwords lock your account')
  expect(await refusals(mock)).toBe(1)
  await signInAgain(page, 'changed-in-jabber')
}

/** Still exactly one refused request in all, and the account is not locked. */
async function stillOneRefusal(mock: MockControl) {
  expect(await refusals(mock)).toBe(1)
  await notLocked(mock)
}

/** Signed in on Profile with a draft typed, the page clock under the test's control. */
async function signedInWithDraft(page: Page) {
  await page.clock.install()
  await signIn(page)
  await profile(page).displayName.fill('Draft kept')
}

test.describe('a password changed elsewhere, then a quiet minute', () => {
  test('hovering a link: one refused request, then "Sign in again" continues with the draft', async ({
    page,
    mock,
  }) => {
    await signedInWithDraft(page)
    await passwordChangedThenQuiet(page, mock)
    await page.getByRole('link', { name: 'Single Number Reach', exact: true }).hover()
    await oneRefusalThenSignInAgain(page, mock)
    await expect(profile(page).displayName).toHaveValue('Draft kept')
    // The session goes on with the new password: the draft saves.
    await profile(page).save()
    await expect(profile(page).saved).toBeVisible()
    await stillOneRefusal(mock)
  })

  test('opening Profile: its parallel reads wait for one refused request', async ({ page, mock }) => {
    await page.clock.install()
    await signIn(page)
    await page.getByRole('link', { name: 'Call forwarding', exact: true }).click()
    await expect(heading(page, 'Call forwarding')).toBeVisible()
    await passwordChangedThenQuiet(page, mock)
    // A click event alone, without the pointer moving over the link first: pointing at a link starts
    // its page's reads (the previous test), whose refusal could open the dialog before the button
    // press lands. Here the page's own parallel reads are the ones to meet the new password.
    await page.getByRole('link', { name: 'Profile', exact: true }).dispatchEvent('click')
    await oneRefusalThenSignInAgain(page, mock)
    await expect(heading(page, 'Profile')).toBeVisible()
    await expect(profile(page).displayName).toHaveValue('Dana Morgan')
    await stillOneRefusal(mock)
  })

  test('going offline and back: the refetch on reconnect costs one refused request', async ({
    page,
    context,
    mock,
  }) => {
    await signedInWithDraft(page)
    await passwordChangedThenQuiet(page, mock)
    await context.setOffline(true)
    await expect(page.getByText("You're offline.")).toBeVisible()
    await context.setOffline(false)
    await oneRefusalThenSignInAgain(page, mock)
    await expect(profile(page).displayName).toHaveValue('Draft kept')
    await stillOneRefusal(mock)
  })

  test('separate voicemail credentials: one refused request, asked again in that section only', async ({
    page,
    mock,
  }) => {
    await page.clock.install()
    await mock.fault({ method: 'GET', path: '/vmrest/user', status: 401 })
    await signIn(page)
    await page.getByRole('link', { name: 'PIN and password', exact: true }).click()
    const voicemail = page.getByRole('region', { name: 'Voicemail PIN' })
    await voicemail.getByLabel('Voicemail password', { exact: true }).fill('demo')
    await voicemail.getByRole('button', { name: 'Sign in to voicemail' }).click()
    await expect(page.getByLabel('New voicemail PIN', { exact: true })).toBeFocused()
    // The voicemail password changes elsewhere; a quiet minute later the user changes the PIN.
    await mock.fault({ path: '/vmrest/*', status: 401, count: 10 })
    await mock.clearRequests()
    await page.clock.fastForward('01:01')
    await page.getByLabel('New voicemail PIN', { exact: true }).fill('80417')
    await page.getByLabel('Confirm new voicemail PIN', { exact: true }).fill('80417')
    await page.getByRole('button', { name: 'Change voicemail PIN' }).click()
    await expect(voicemail.getByRole('heading', { name: 'Sign in to voicemail' })).toBeVisible()
    expect(await refusals(mock, '/vmrest/')).toBe(1)
    // Never a fallback to the portal password, and the portal session is untouched.
    expect(await refusals(mock, '/cucm-uds/')).toBe(0)
    await expect(page.getByRole('dialog')).toHaveCount(0)
  })
})

test.describe('a password change whose answer never came', () => {
  // By design each of these waits for the server's late answer (the short timeout plus 6 s, so the
  // portal can move on before the change lands): about 15–20 s on a busy machine, hence 60 s.
  test.describe.configure({ timeout: 60_000 })
  test.beforeEach(async ({ page, request, baseURL }) => {
    await useShortTimeout(page, request, baseURL!)
  })

  async function changeAndTimeOut(page: Page, mock: MockControl, fault: { status?: number }) {
    await signIn(page)
    await page.getByRole('link', { name: 'PIN and password', exact: true }).click()
    // The server answers (and applies or refuses) well after the portal stopped waiting, leaving time to
    // navigate before it lands.
    await mock.fault({ method: 'PUT', path: CREDENTIALS, delayMs: SHORT_TIMEOUT_MS + 6000, ...fault })
    await page.getByLabel('New password', { exact: true }).fill('Brand-new-pw-7')
    await page.getByLabel('Confirm new password', { exact: true }).fill('Brand-new-pw-7')
    await page.getByRole('button', { name: 'Change portal password' }).click()
    const problem = page
      .getByRole('alert')
      .filter({ hasText: 'Your new portal password may already be in use' })
    await expect(problem).toBeVisible()
    await expect(problem).not.toContainText('wasn’t changed')
    // Repeating a password change blindly could lock the account: no Try again here.
    await expect(problem.getByRole('button', { name: 'Try again' })).toHaveCount(0)
  }

  /** Waits until the mock has answered the slow change (and so applied or refused it). */
  async function serverAnswered(mock: MockControl) {
    await expect
      .poll(async () => (await requestsTo(mock, { method: 'PUT', path: CREDENTIALS })).length > 0)
      .toBe(true)
  }

  test('lands after the portal moved on: both navigations work without the dialog, at most two refusals', async ({
    page,
    mock,
  }) => {
    await changeAndTimeOut(page, mock, {})
    // Each navigation goes to a page with a read Profile hasn't made (so a request goes out): Phones
    // reads each phone's lines, When someone calls you each phone's detail.
    // Before it lands: the new password is refused once, the old one still works.
    await page.getByRole('link', { name: 'Phones', exact: true }).click()
    await expect(heading(page, 'Phones')).toBeVisible()
    await expect(status(page, 'still accepts your old portal password')).toBeVisible()
    await serverAnswered(mock)
    // After it lands: the old one is refused once, the new one takes over.
    await page.getByRole('link', { name: 'When someone calls you', exact: true }).click()
    await expect(heading(page, 'When someone calls you')).toBeVisible()
    await expect(status(page, 'your new portal password is in use')).toBeVisible()
    await page.getByRole('link', { name: 'Profile', exact: true }).click()
    await expect(profile(page).displayName).toHaveValue('Dana Morgan')
    await expect(reauth(page)).toHaveCount(0)
    expect(await refusals(mock)).toBeLessThanOrEqual(2)
    await notLocked(mock)
    expect(await mock.checkSecret('demo', 'password', 'Brand-new-pw-7')).toBe(true)
  })

  test('refused by the server after the timeout: the session stays on the old password, said plainly', async ({
    page,
    mock,
  }) => {
    await changeAndTimeOut(page, mock, { status: 400 })
    await serverAnswered(mock)
    // A page with a read Profile hasn't made (each phone's lines), so a request goes out.
    await page.getByRole('link', { name: 'Phones', exact: true }).click()
    await expect(heading(page, 'Phones')).toBeVisible()
    await expect(status(page, 'Your password change hasn’t gone through')).toBeVisible()
    await expect(reauth(page)).toHaveCount(0)
    await stillOneRefusal(mock)
    expect(await mock.checkSecret('demo', 'password', 'demo')).toBe(true)
  })
})

test.describe('signing out', () => {
  test('with a password change in flight: stays signed out, no credentials come back', async ({
    page,
    mock,
  }) => {
    await signIn(page)
    await page.getByRole('link', { name: 'PIN and password', exact: true }).click()
    await mock.fault({ method: 'PUT', path: CREDENTIALS, delayMs: 1500 })
    await page.getByLabel('New password', { exact: true }).fill('Brand-new-pw-7')
    await page.getByLabel('Confirm new password', { exact: true }).fill('Brand-new-pw-7')
    await page.getByRole('button', { name: 'Change portal password' }).click()
    await expect(page.getByRole('button', { name: 'Changing portal password…' })).toBeVisible()
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page.getByText('You have signed out.')).toBeVisible()
    await expect
      .poll(async () => (await requestsTo(mock, { method: 'PUT', path: CREDENTIALS })).length > 0)
      .toBe(true)
    // The late answer did not sign anyone back in.
    await expect(page).toHaveURL(/\/sign-in$/)
    await expect(page.getByText('Signed in as')).toHaveCount(0)
    await page.goBack()
    await expect(page).toHaveURL(/\/sign-in$/)
    await expect(page.getByLabel('User ID')).toHaveValue('')
  })

  test('user A signs out on a deep page; user B lands on Profile with nothing of A offered', async ({
    page,
  }) => {
    await signIn(page)
    await page.getByRole('link', { name: 'Speed dials', exact: true }).click()
    await page.getByRole('link', { name: 'Add speed dial', exact: true }).click()
    await page.getByLabel('Name', { exact: true }).fill('A’s unsaved draft')
    await expect(page).toHaveURL(/\/speed-dials\/add$/)
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page.getByText('You have signed out.')).toBeVisible()
    // Nothing of A: a bare sign-in address, an empty form, empty storage.
    await expect(page).toHaveURL(/\/sign-in$/)
    await expect(page.getByLabel('User ID')).toHaveValue('')
    expect(
      await page.evaluate(() => ({ s: Object.keys(sessionStorage), l: Object.keys(localStorage) })),
    ).toEqual({
      s: [],
      l: [],
    })
    // Nor in memory: the credentials (Basic demo:demo) are gone from the page's heap.
    const heap = await heapText(page)
    expect(heap).not.toContain(Buffer.from('demo:demo').toString('base64'))
    // Back into the portal after the sign-out is a bare sign-in too.
    await page.goBack()
    await expect(page).toHaveURL(/\/sign-in$/)
    await signIn(page, 'split')
    await expect(page).toHaveURL(/\/profile$/)
    await expect(page.getByText('A’s')).toHaveCount(0)
  })
})
