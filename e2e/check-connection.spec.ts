/**
 * "Check connection": each verdict right with the phone system up, refusing this origin (CORS) and
 * down; never a password before sign-in; signed in, one credentials request, and a refused password
 * said as such (one refusal, nothing repeated).
 */
import { checkConnection } from './pages/check-connection.ts'
import { asClient, requestsTo } from './support/mock-api.ts'
import { expect, expectAccessible, test } from './support/fixtures.ts'
import { heading, signIn } from './support/session.ts'

const OK4 = ['OK', 'OK', 'OK', 'OK']

test('signed out: four public checks, no password sent, results copied for the helpdesk', async ({
  page,
  mock,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/check-connection')
  await expect(heading(page, 'Check connection')).toBeFocused()
  const cc = checkConnection(page)
  expect(await cc.verdicts()).toEqual(OK4)
  await expect(cc.check('The phone system answers')).toContainText('Cisco Unified CM')
  await expect(cc.check('The phone system accepts this portal')).toContainText(new URL(page.url()).origin)
  // Only public requests, none with credentials.
  const requests = await requestsTo(mock)
  expect(requests.length).toBeGreaterThan(0)
  expect(requests.filter((r) => r.user !== null)).toEqual([])
  await cc.copy.click()
  await expect(page.getByRole('status').filter({ hasText: 'Results copied' })).toBeVisible()
  const text = await page.evaluate(() => navigator.clipboard.readText())
  expect(text).toContain(`Portal: ${new URL(page.url()).origin}`)
  expect(text).toMatch(/^2\. The phone system answers: OK \(\d+ ms\)/m)
  await expectAccessible(page)
  await page.setViewportSize({ width: 360, height: 740 })
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0)
})

test('from a failed sign-in: the phone system refuses this origin, named for the administrator', async ({
  page,
  servers,
}) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({ json: { udsBaseUrl: `${servers.blockedMockUrl}/cucm-uds`, cupiBaseUrl: null } }),
  )
  await page.goto('/sign-in')
  await page.getByLabel('User ID').fill('demo')
  await page.getByLabel('Password', { exact: true }).fill('demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('alert').getByRole('link', { name: 'Check the connection' }).click()
  const cc = checkConnection(page)
  expect(await cc.verdicts()).toEqual(['OK', 'Problem', 'Problem', 'Not checked'])
  const origin = new URL(page.url()).origin
  await expect(cc.check('The phone system accepts this portal')).toContainText(`adds ${origin}`)
  await expect(cc.check('The phone system accepts this portal')).toContainText('CC-CORS-000')
  await expect(cc.check('The voicemail server answers')).toContainText("isn't set up")
})

test('the phone system down: no answer, and CORS not guessed', async ({ page, servers }) => {
  await page.route('**/config.json', (route) =>
    route.fulfill({
      json: { udsBaseUrl: `${servers.deadUrl}/cucm-uds`, cupiBaseUrl: `${servers.deadUrl}/vmrest` },
    }),
  )
  await page.goto('/check-connection')
  const cc = checkConnection(page)
  expect(await cc.verdicts()).toEqual(['OK', 'Problem', 'Not checked', 'Problem'])
  await expect(cc.check('The phone system answers')).toContainText('CC-NET-000')
  await expect(page.getByRole('link', { name: 'Go to sign in' })).toBeVisible()
})

test('signed in, from the footer: six checks with one credentials request; a password changed elsewhere is one refusal', async ({
  page,
  mock,
}) => {
  await signIn(page)
  await mock.clearRequests()
  await page.getByRole('contentinfo').getByRole('link', { name: 'Check connection' }).click()
  const cc = checkConnection(page)
  expect(await cc.verdicts()).toEqual([...OK4, 'OK', 'OK'])
  await expect(cc.check('Your account is on this phone system')).toContainText("Your account's home is")
  expect(await requestsTo(mock, { path: '/cucm-uds/user/demo' })).toHaveLength(1)

  // The password changes in Jabber; the next check sends it once, is refused once, and says so.
  await asClient(
    mock,
    'demo',
    'PUT',
    '/cucm-uds/user/demo/credentials',
    '<credentials><credential type="password">changed-in-jabber</credential></credentials>',
    { status: 204 },
  )
  await mock.clearRequests()
  await cc.runAgain.click()
  expect(await cc.verdicts()).toEqual([...OK4, 'OK', 'Problem'])
  await expect(cc.check('Your sign-in is accepted')).toContainText('Sign in again')
  // (The voicemail check's request carries no credentials: its 401 is an answer, not a refusal.)
  const refusals = async () =>
    (await requestsTo(mock, { status: 401 })).filter((r) => r.user !== null).map((r) => r.path)
  expect(await refusals()).toEqual(['/cucm-uds/user/demo'])
  // Running again sends nothing with the refused password.
  await cc.runAgain.click()
  expect(await cc.verdicts()).toEqual([...OK4, 'OK', 'Problem'])
  await expect(cc.check('Your sign-in is accepted')).toContainText('nothing was sent')
  expect(await refusals()).toEqual(['/cucm-uds/user/demo'])
  await expect(page.getByRole('link', { name: 'Back to your settings' })).toBeVisible()
})
