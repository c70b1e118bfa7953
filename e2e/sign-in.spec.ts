import { test, expect, expectAccessible } from './support/fixtures.ts'
import { heading, signIn } from './support/session.ts'
import { requestsTo } from './support/mock-api.ts'

test.describe('Sign in', () => {
  test('signs in and out, and sign-out clears the session', async ({ page, mock }) => {
    await page.goto('/')
    await expect(page).toHaveURL(/\/sign-in/)
    await expect(heading(page, /^Sign in/)).toBeVisible()
    await expect(page).toHaveTitle('Sign in – Phone settings')
    await expectAccessible(page)
    await signIn(page)
    await expect(page).toHaveURL(/\/profile$/)
    await expect(page).toHaveTitle('Profile – Phone settings')
    await expect(page.getByText('Signed in as')).toBeAttached()
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(heading(page, /^Sign in/)).toBeVisible()
    await expect(page.getByText('You have signed out.')).toBeVisible()
    // Back does not reveal personal data: the profile needs a new sign-in.
    await page.goto('/profile')
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fprofile/)
    await expect(page.getByText('demo@')).toHaveCount(0)
    const requests = await mock.requests()
    expect(requests.filter((r) => r.status === 401)).toEqual([])
  })

  test('a wrong password says so, keeps the user ID, clears the password, and hints at lockout', async ({
    page,
    mock,
  }) => {
    await page.goto('/sign-in')
    await page.getByLabel('User ID').fill('demo')
    await page.getByLabel('Password', { exact: true }).fill('wrong')
    await page.getByRole('button', { name: 'Sign in' }).click()
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
    await expect(summary).toContainText('Your user ID or password is incorrect')
    await expect(page).toHaveTitle(/^Error: /)
    await expect(page.getByLabel('User ID')).toHaveValue('demo')
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('')
    await expect(page.getByText(/account may be locked/)).toHaveCount(0)
    await page.getByLabel('Password', { exact: true }).fill('wrong again')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByText(/account may be locked for a while/)).toBeVisible()
    await expectAccessible(page)
    // One request per attempt: nothing retried a 401.
    const userGets = (await mock.requests()).filter((r) => r.path === '/cucm-uds/user/demo' && !r.preflight)
    expect(userGets).toHaveLength(2)
  })

  test('empty fields are reported on submit without calling the server', async ({ page, mock }) => {
    await page.goto('/sign-in')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('link', { name: 'Enter your user ID' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Enter your password' })).toBeVisible()
    await page.getByRole('link', { name: 'Enter your password' }).click()
    await expect(page.getByLabel('Password', { exact: true })).toBeFocused()
    expect(await requestsTo(mock)).toEqual([])
  })

  test('a locked account gets the same message as a wrong password', async ({ page }) => {
    await page.goto('/sign-in')
    await page.getByLabel('User ID').fill('locked')
    await page.getByLabel('Password', { exact: true }).fill('demo')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
      'Your user ID or password is incorrect',
    )
  })

  test('a deep link opened while signed out lands there after sign-in', async ({ page }) => {
    await page.goto('/speed-dials')
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fspeed-dials/)
    await page.getByLabel('User ID').fill('demo')
    await page.getByLabel('Password', { exact: true }).fill('demo')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(/\/speed-dials$/)
    await expect(heading(page, 'Speed dials')).toBeVisible()
  })

  test("the next page's code and the XML parser load while the user types, before the click", async ({
    page,
  }) => {
    const code = ['single-number-reach-page', 'signed-in-layout', 'xml-parser'].map((chunk) =>
      page.waitForRequest((r) => new RegExp(`/assets/${chunk}-[^/]*\\.js$`).test(r.url())),
    )
    await page.goto('/sign-in?next=%2Fsingle-number-reach')
    await expect(heading(page, /^Sign in/)).toBeVisible()
    await Promise.all(code)
    await signIn(page, 'demo', 'demo', 'Single Number Reach')
  })

  test('a next parameter pointing to another site is ignored', async ({ page }) => {
    await page.goto('/sign-in?next=//evil.example.com/x')
    await signIn(page)
    await expect(page).toHaveURL(/\/profile$/)
  })

  test('a non-Latin-1 password is sent as UTF-8 (and refused cleanly when wrong)', async ({ page }) => {
    await page.goto('/sign-in')
    await page.getByLabel('User ID').fill('demo')
    await page.getByLabel('Password', { exact: true }).fill('pässwörd😀')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('incorrect')
  })

  test('server down: says the phone system cannot be reached', async ({ page, servers }) => {
    await page.route('**/config.json', (route) =>
      route.fulfill({ json: { udsBaseUrl: `${servers.deadUrl}/cucm-uds`, cupiBaseUrl: null } }),
    )
    await page.goto('/sign-in')
    await page.getByLabel('User ID').fill('demo')
    await page.getByLabel('Password', { exact: true }).fill('demo')
    await page.getByRole('button', { name: 'Sign in' }).click()
    const problem = page.getByRole('alert').filter({ hasText: "We couldn't reach the phone system" })
    await expect(problem).toBeVisible()
    await expect(problem).toContainText('may be down')
    await expectAccessible(page)
  })

  test('CORS not configured: names the portal origin to add', async ({ page, servers }) => {
    await page.route('**/config.json', (route) =>
      route.fulfill({ json: { udsBaseUrl: `${servers.blockedMockUrl}/cucm-uds`, cupiBaseUrl: null } }),
    )
    await page.goto('/sign-in')
    await page.getByLabel('User ID').fill('demo')
    await page.getByLabel('Password', { exact: true }).fill('demo')
    await page.getByRole('button', { name: 'Sign in' }).click()
    const problem = page.getByRole('alert').filter({ hasText: "We couldn't reach the phone system" })
    await expect(problem).toContainText('not set up to accept this portal')
    await expect(problem).toContainText(`add ${servers.portalUrl} to the phone system's Cross-Origin`)
  })

  test('no native browser password dialog: a 401 is answered in the page', async ({ page }) => {
    let dialogs = 0
    page.on('dialog', () => dialogs++)
    await page.goto('/sign-in')
    await page.getByLabel('User ID').fill('demo')
    await page.getByLabel('Password', { exact: true }).fill('nope')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeVisible()
    expect(dialogs).toBe(0)
  })
})
