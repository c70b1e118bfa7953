import type { Page } from '@playwright/test'
import { test, expect, expectAccessible, type MockControl } from './support/fixtures.ts'
import { heading, openSignedIn, reauthDialog, reauthenticate, signIn, status } from './support/session.ts'
import { requestsTo } from './support/mock-api.ts'
import { pinAndPassword } from './pages/pin-and-password.ts'

const CREDENTIALS = '/cucm-uds/user/demo/credentials'
const VOICEMAIL_PIN = '/vmrest/user/credential/pin'

/** Opens the page by its address (the deep link survives sign-in). */
const open = (page: Page, userId = 'demo') => openSignedIn(page, 'PIN and password', userId)
const section = (page: Page, name: string) => pinAndPassword(page).section(name)
const rulesOf = (page: Page, name: string) => pinAndPassword(page).rulesOf(name)

async function puts(mock: MockControl) {
  return requestsTo(mock, { method: 'PUT' })
}

type Secret = 'pin' | 'voicemailPin' | 'password'

/** The secrets that do not equal the values given (the mock never shows them; it checks a candidate). */
async function mismatched(mock: MockControl, expected: Partial<Record<Secret, string>>, userId = 'demo') {
  const wrong: Secret[] = []
  for (const [secret, value] of Object.entries(expected) as [Secret, string][])
    if (!(await mock.checkSecret(userId, secret, value))) wrong.push(secret)
  return wrong
}

test.describe('PIN and password', () => {
  test('changes the phone PIN, with the rules ticking as the user types', async ({ page, mock }) => {
    await open(page)
    await expect(page).toHaveTitle('PIN and password – Phone settings')
    const phone = section(page, 'Phone PIN')
    await expect(phone.getByText(/extension mobility/)).toBeVisible()
    // The rules are there before typing, none ticked.
    const rules = rulesOf(page, 'Phone PIN')
    await expect(rules).toHaveText([
      /Numbers 0 to 9 only \(not yet\)/,
      /4 to 20 digits \(not yet\)/,
      /Not the same digit repeated, like 1111 \(not yet\)/,
      /Not a sequence, like 12345 or 54321 \(not yet\)/,
    ])
    await expectAccessible(page)

    const pin = page.getByLabel('New phone PIN', { exact: true })
    await expect(pin).toHaveAttribute('type', 'password')
    await expect(pin).toHaveAttribute('inputmode', 'numeric')
    await expect(pin).toHaveAttribute('autocomplete', 'new-password')
    await pin.fill('123')
    await expect(rules.nth(0)).toContainText('(done)')
    await expect(rules.nth(1)).toContainText('(not yet)')
    await pin.fill('80417')
    await expect(rules).toHaveText([/\(done\)/, /\(done\)/, /\(done\)/, /\(done\)/])
    // The checklist is announced politely once typing pauses (never the PIN itself).
    await expect(status(phone, 'All the rules are met')).toBeAttached()

    // "Show" reveals the PIN and says so.
    await phone.getByRole('button', { name: 'Show new phone pin' }).click()
    await expect(pin).toHaveAttribute('type', 'text')
    await expect(phone.getByText('Your PIN is visible')).toBeAttached()

    await page.getByLabel('Confirm new phone PIN', { exact: true }).fill('80417')
    await page.getByRole('button', { name: 'Change phone PIN' }).click()

    const banner = status(phone, 'Success')
    await expect(banner).toContainText('Phone PIN changed. Use it the next time your phone asks for a PIN.')
    await expect(banner).toBeFocused()
    await expect(pin).toHaveValue('')
    await expect(page.getByLabel('Confirm new phone PIN', { exact: true })).toHaveValue('')
    expect(await mismatched(mock, { pin: '80417' })).toEqual([])
    const sent = await puts(mock)
    expect(sent.map((r) => r.path)).toEqual([CREDENTIALS])
    // The PIN never went into a URL or browser storage.
    expect(page.url()).not.toContain('80417')
    expect(await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }))).not.toContain(
      '80417',
    )
    await expectAccessible(page)
  })

  test('changes the voicemail PIN through Unity Connection', async ({ page, mock }) => {
    await open(page)
    const voicemail = section(page, 'Voicemail PIN')
    await expect(voicemail.getByText(/listen to your messages/)).toBeVisible()
    await pinAndPassword(page).fillNew('voicemail PIN', '80417')
    await page.getByRole('button', { name: 'Change voicemail PIN' }).click()
    await expect(status(voicemail, 'Success')).toContainText(
      'Voicemail PIN changed. Use it the next time you call voicemail.',
    )
    await expect(page.getByLabel('New voicemail PIN', { exact: true })).toHaveValue('')
    expect(await mismatched(mock, { voicemailPin: '80417', pin: '12345' })).toEqual([])
    expect((await puts(mock)).map((r) => r.path)).toEqual([`${VOICEMAIL_PIN}?newpin=REDACTED`])
    await expectAccessible(page)
  })

  test('changes the portal password and stays signed in, across pages and on the next sign-in', async ({
    page,
    mock,
  }) => {
    await open(page)
    const password = section(page, 'Portal password')
    await expect(rulesOf(page, 'Portal password')).toHaveText([
      /8 to 64 characters \(not yet\)/,
      /Not your user ID \(not yet\)/,
    ])
    await pinAndPassword(page).fillNew('password', 'Blue ferret 7 skies')
    await page.getByRole('button', { name: 'Change portal password' }).click()
    const banner = status(password, 'Success')
    await expect(banner).toContainText('Portal password changed')
    await expect(banner).toContainText('phone apps such as Jabber')
    await expect(page.getByLabel('New password', { exact: true })).toHaveValue('')
    expect(await mismatched(mock, { password: 'Blue ferret 7 skies' })).toEqual([])

    // The session already uses the new password: other pages load without a sign-in dialog.
    await mock.clearRequests()
    await page.getByRole('link', { name: 'Profile' }).first().click()
    await expect(heading(page, 'Profile')).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Your lines and phones' })).toBeVisible()
    await page.getByRole('link', { name: 'PIN and password' }).first().click()
    await expect(heading(page, 'PIN and password')).toBeVisible()
    await expect(page.getByText(/Last signed in/)).toBeVisible()
    await expect(page.getByRole('dialog')).toHaveCount(0)
    expect(await requestsTo(mock, { status: 401 })).toEqual([])

    // Sign out; the old password no longer works, the new one does.
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.getByLabel('User ID').fill('demo')
    await page.getByLabel('Password', { exact: true }).fill('demo')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByText('Your user ID or password is incorrect').first()).toBeVisible()
    await page.getByLabel('Password', { exact: true }).fill('Blue ferret 7 skies')
    await page.getByRole('button', { name: 'Sign in' }).click()
    // Signed in with the new password, on Profile: a sign-out forgets the last page.
    await expect(heading(page, 'Profile')).toBeVisible()
    await expect(page.getByRole('banner')).toContainText(/Signed in as .*\(demo\)/)
  })

  test('shows mismatch and rule errors before sending anything', async ({ page, mock }) => {
    await open(page)
    await mock.clearRequests()

    // Phone PIN: empty, then a sequence with a mismatched confirmation.
    await page.getByRole('button', { name: 'Change phone PIN' }).click()
    const phone = section(page, 'Phone PIN')
    const summary = phone.getByRole('alert').filter({ hasText: 'There is a problem' })
    await expect(summary).toContainText('Enter your new phone PIN')
    await expect(page).toHaveTitle('Error: PIN and password – Phone settings')
    await pinAndPassword(page).fillNew('phone PIN', '12345', '12354')
    await page.getByRole('button', { name: 'Change phone PIN' }).click()
    await expect(summary).toContainText('PIN can’t be a sequence like 12345 or 54321')
    await expect(summary).toContainText('The PINs don’t match – enter the same PIN in both fields')
    await expect(phone.locator('.error-summary')).toBeFocused()
    // The same words by each field, which is marked invalid; the typed values stay.
    const pin = page.getByLabel('New phone PIN', { exact: true })
    await expect(pin).toHaveAttribute('aria-invalid', 'true')
    await expect(pin).toHaveValue('12345')
    await expect(phone.locator('#phonePin-error')).toHaveText(
      'Error: PIN can’t be a sequence like 12345 or 54321',
    )
    await expectAccessible(page)
    // A summary link takes the user to the field.
    await summary
      .getByRole('link', { name: 'The PINs don’t match – enter the same PIN in both fields' })
      .click()
    await expect(page.getByLabel('Confirm new phone PIN', { exact: true })).toBeFocused()

    // More PIN rules.
    for (const [value, message] of [
      ['12a4', 'PIN must only include numbers 0 to 9'],
      ['123', 'PIN must be at least 4 digits'],
      ['123456789012345678901', 'PIN must be 20 digits or less'],
      ['7777', 'PIN can’t be a repeated digit like 1111'],
    ]) {
      await pin.fill(value!)
      await page.getByRole('button', { name: 'Change phone PIN' }).click()
      await expect(summary).toContainText(message!)
    }

    // Portal password: too short, the user ID, mismatch.
    const password = section(page, 'Portal password')
    const newPassword = page.getByLabel('New password', { exact: true })
    await newPassword.fill('short')
    await page.getByRole('button', { name: 'Change portal password' }).click()
    const passwordSummary = password.getByRole('alert').filter({ hasText: 'There is a problem' })
    await expect(passwordSummary).toContainText('Password must be at least 8 characters')
    await expect(passwordSummary).toContainText('Enter your new password again to confirm it')
    await newPassword.fill('DEMO')
    await page.getByRole('button', { name: 'Change portal password' }).click()
    await expect(passwordSummary).toContainText('Password can’t be your user ID')
    await page.getByLabel('Confirm new password', { exact: true }).fill('something else')
    await newPassword.fill('x'.repeat(65))
    await page.getByRole('button', { name: 'Change portal password' }).click()
    await expect(passwordSummary).toContainText('Password must be 64 characters or less')
    await expect(passwordSummary).toContainText('The passwords don’t match')

    // Voicemail PIN mismatch.
    await pinAndPassword(page).fillNew('voicemail PIN', '80417', '80471')
    await page.getByRole('button', { name: 'Change voicemail PIN' }).click()
    await expect(section(page, 'Voicemail PIN').getByRole('alert').first()).toContainText(
      'The PINs don’t match',
    )
    await expectAccessible(page)

    expect(await puts(mock)).toEqual([])
    expect(await mismatched(mock, { pin: '12345', voicemailPin: '24680', password: 'demo' })).toEqual([])
  })

  test('a password that is the user ID is refused before sending', async ({ page, mock }) => {
    await open(page, 'split')
    await mock.clearRequests()
    const password = section(page, 'Portal password')
    await page.getByLabel('New password', { exact: true }).fill('SPLIT')
    await expect(rulesOf(page, 'Portal password').nth(1)).toContainText('Not your user ID (not yet)')
    await page.getByLabel('Confirm new password', { exact: true }).fill('SPLIT')
    await page.getByRole('button', { name: 'Change portal password' }).click()
    await expect(password.getByRole('alert').first()).toContainText('Password can’t be your user ID')
    await page.getByLabel('New password', { exact: true }).fill('split.the.difference')
    await expect(rulesOf(page, 'Portal password')).toHaveText([/\(done\)/, /\(done\)/])
    expect(await puts(mock)).toEqual([])
  })

  test('the administrator’s policy hides the password form', async ({ page }) => {
    await open(page, 'policy')
    await expect(section(page, 'Portal password')).toContainText(
      'Your administrator manages your portal password, so you can’t change it here.',
    )
    await expect(page.getByLabel('New password', { exact: true })).toHaveCount(0)
    await expect(page.getByLabel('New phone PIN', { exact: true })).toBeVisible()
    await expectAccessible(page)
  })

  test('the administrator’s policy hides the phone PIN form, and says so', async ({ page }) => {
    await page.route('**/cucm-uds/options/userPolicy', async (route) => {
      const response = await route.fetch()
      const body = (await response.text()).replace(
        /(<name>ShowChangePin<\/name>\s*<value>)true(<\/value>)/,
        '$1false$2',
      )
      await route.fulfill({ response, body })
    })
    await open(page)
    await expect(section(page, 'Phone PIN')).toContainText(
      'Your administrator manages your phone PIN, so you can’t change it here.',
    )
    await expect(page.getByLabel('New phone PIN', { exact: true })).toHaveCount(0)
    await expect(page.getByLabel('New password', { exact: true })).toBeVisible()
    await expect(page.getByLabel('New voicemail PIN', { exact: true })).toBeVisible()
    await expectAccessible(page)
  })

  test('shows the server’s refusal next to the field, in words', async ({ page, mock }) => {
    await open(page)
    // 7890 passes the portal's rules; the phone system refuses it as a run of digits.
    await pinAndPassword(page).fillNew('phone PIN', '7890')
    await page.getByRole('button', { name: 'Change phone PIN' }).click()
    const phone = section(page, 'Phone PIN')
    const refusal =
      'Your phone PIN wasn’t changed. The phone system said: “PIN must not be a straight run of digits”'
    await expect(phone.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(refusal)
    await expect(phone.locator('#phonePin-error')).toContainText(refusal)
    await expect(page).toHaveTitle(/^Error: /)
    // The values are gone once the request ended.
    await expect(page.getByLabel('New phone PIN', { exact: true })).toHaveValue('')
    await expect(phone).not.toContainText('415')
    await expectAccessible(page)

    // Voicemail: CUPI's ErrorDetails message.
    await pinAndPassword(page).fillNew('voicemail PIN', '7890')
    await page.getByRole('button', { name: 'Change voicemail PIN' }).click()
    await expect(section(page, 'Voicemail PIN').locator('#voicemailPin-error')).toContainText(
      'Your voicemail PIN wasn’t changed. The voicemail system said: “PIN must not be a straight run of digits”',
    )

    // Password: a 415 from the phone system.
    await mock.fault({ method: 'PUT', path: CREDENTIALS, status: 415 })
    await pinAndPassword(page).fillNew('password', 'Blue ferret 7 skies')
    await page.getByRole('button', { name: 'Change portal password' }).click()
    await expect(section(page, 'Portal password').locator('#newPassword-error')).toContainText(
      'Your portal password wasn’t changed. The phone system said:',
    )
    await expectAccessible(page)

    // A correct value afterwards works, and the errors go.
    await pinAndPassword(page).fillNew('phone PIN', '80417')
    await page.getByRole('button', { name: 'Change phone PIN' }).click()
    await expect(status(phone, 'Success')).toBeVisible()
    await expect(phone.locator('#phonePin-error')).toHaveCount(0)
    expect(await mismatched(mock, { pin: '80417', voicemailPin: '24680', password: 'demo' })).toEqual([])
  })

  test('an LDAP user sees no password form', async ({ page }) => {
    await open(page, 'ldap')
    const password = section(page, 'Portal password')
    await expect(password).toContainText(
      'Your password is your network password – change it the usual way at your organisation.',
    )
    await expect(page.getByLabel('New password', { exact: true })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Change portal password' })).toHaveCount(0)
    // The PINs are still theirs to change.
    await expect(page.getByLabel('New phone PIN', { exact: true })).toBeVisible()
    await expect(page.getByLabel('New voicemail PIN', { exact: true })).toBeVisible()
    await expectAccessible(page)
  })

  test('a session expiry during a change signs in again and finishes the change once', async ({
    page,
    mock,
  }) => {
    await open(page)
    await mock.fault({ method: 'PUT', path: CREDENTIALS, status: 401 })
    await pinAndPassword(page).fillNew('phone PIN', '80417')
    await page.getByRole('button', { name: 'Change phone PIN' }).click()
    const dialog = reauthDialog(page)
    await expect(dialog).toBeVisible()
    await expect(page.getByRole('button', { name: 'Changing phone PIN…' })).toBeAttached()
    await expectAccessible(page)
    await reauthenticate(page)
    await expect(status(section(page, 'Phone PIN'), 'Phone PIN changed')).toBeVisible()
    expect(await mismatched(mock, { pin: '80417' })).toEqual([])
    const sent = await puts(mock)
    expect(sent.map((r) => r.status)).toEqual([401, 204])
  })

  test('a password change interrupted by a session expiry still switches the session', async ({
    page,
    mock,
  }) => {
    await open(page)
    await mock.fault({ method: 'PUT', path: CREDENTIALS, status: 401 })
    await pinAndPassword(page).fillNew('password', 'Blue ferret 7 skies')
    await page.getByRole('button', { name: 'Change portal password' }).click()
    await reauthenticate(page)
    await expect(section(page, 'Portal password').getByText('Portal password changed')).toBeVisible()
    expect(await mismatched(mock, { password: 'Blue ferret 7 skies' })).toEqual([])
    await page.getByRole('link', { name: 'Profile' }).first().click()
    await expect(page.getByRole('heading', { name: 'Your lines and phones' })).toBeVisible()
    await expect(page.getByRole('dialog')).toHaveCount(0)
  })

  test('a busy phone system: nothing changed, fields cleared, then it works', async ({ page, mock }) => {
    await open(page)
    await mock.fault({ method: 'PUT', path: CREDENTIALS, status: 503 })
    await pinAndPassword(page).fillNew('phone PIN', '80417')
    await page.getByRole('button', { name: 'Change phone PIN' }).click()
    const phone = section(page, 'Phone PIN')
    const problem = phone.getByRole('alert').filter({ hasText: 'Your phone PIN wasn’t changed' })
    await expect(problem).toContainText('The phone system is busy at the moment.')
    await expect(problem).toContainText('For your security, the fields have been cleared.')
    await expect(problem).toContainText('PIN-BUSY-503')
    await expect(problem).not.toContainText('Your changes are still here')
    await expect(page.getByLabel('New phone PIN', { exact: true })).toHaveValue('')
    expect(await mismatched(mock, { pin: '12345' })).toEqual([])
    // Exactly one PUT: a write is never repeated by itself.
    expect((await puts(mock)).length).toBe(1)
    await expectAccessible(page)

    await problem.getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByLabel('New phone PIN', { exact: true })).toBeFocused()
    await pinAndPassword(page).fillNew('phone PIN', '80417')
    await page.getByRole('button', { name: 'Change phone PIN' }).click()
    await expect(status(phone, 'Phone PIN changed')).toBeVisible()
    await expect(problem).toHaveCount(0)
    expect(await mismatched(mock, { pin: '80417' })).toEqual([])
  })

  test('voicemail refuses the portal password: asks for the voicemail password in that section only', async ({
    page,
    mock,
  }) => {
    await open(page)
    await mock.fault({ method: 'PUT', path: VOICEMAIL_PIN, status: 401 })
    await pinAndPassword(page).fillNew('voicemail PIN', '80417')
    await page.getByRole('button', { name: 'Change voicemail PIN' }).click()

    const voicemail = section(page, 'Voicemail PIN')
    await expect(voicemail.getByRole('heading', { name: 'Sign in to voicemail' })).toBeVisible()
    await expect(voicemail).toContainText('Your voicemail PIN wasn’t changed')
    await expect(page.getByLabel('New voicemail PIN', { exact: true })).toHaveCount(0)
    // No portal-wide sign-in dialog, and the rest of the page is untouched.
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await expect(page.getByLabel('New phone PIN', { exact: true })).toBeVisible()
    await expectAccessible(page)

    const password = voicemail.getByLabel('Voicemail password', { exact: true })
    await expect(password).toHaveAttribute('autocomplete', 'current-password')
    await password.fill('wrong-one')
    await voicemail.getByRole('button', { name: 'Sign in to voicemail' }).click()
    await expect(voicemail.locator('#voicemailPassword-error')).toContainText(
      'Your voicemail password is incorrect',
    )
    await expect(password).toHaveValue('')
    await expectAccessible(page)
    await password.fill('demo')
    await voicemail.getByRole('button', { name: 'Sign in to voicemail' }).click()
    await expect(
      voicemail.getByText('Signed in to voicemail. Now enter your new voicemail PIN.'),
    ).toBeVisible()
    await expect(page.getByLabel('New voicemail PIN', { exact: true })).toBeFocused()

    await pinAndPassword(page).fillNew('voicemail PIN', '80417')
    await page.getByRole('button', { name: 'Change voicemail PIN' }).click()
    await expect(status(voicemail, 'Voicemail PIN changed')).toBeVisible()
    expect(await mismatched(mock, { voicemailPin: '80417' })).toEqual([])
    // The portal session was never touched: the phone PIN still changes with it.
    await pinAndPassword(page).fillNew('phone PIN', '80417')
    await page.getByRole('button', { name: 'Change phone PIN' }).click()
    await expect(section(page, 'Phone PIN').getByText('Phone PIN changed')).toBeVisible()
  })

  test('voicemail refusing the portal password up front asks before the user types a PIN', async ({
    page,
    mock,
  }) => {
    await mock.fault({ method: 'GET', path: '/vmrest/user', status: 401 })
    await open(page)
    const voicemail = section(page, 'Voicemail PIN')
    await expect(voicemail.getByLabel('Voicemail password', { exact: true })).toBeVisible()
    await expect(voicemail).not.toContainText('wasn’t changed')
    // A refused password is not retried on its own (Unity Connection locks accounts).
    const gets = (await mock.requests()).filter((r) => r.method === 'GET' && r.path === '/vmrest/user')
    expect(gets.map((r) => r.status)).toEqual([401])
    await expectAccessible(page)
  })

  test('voicemail unreachable: that section says so and the rest of the page works', async ({
    page,
    mock,
  }) => {
    // Chromium itself retries a GET whose connection dropped, so leave enough faults for every try.
    await mock.fault({ method: 'GET', path: '/vmrest/user', status: 0, count: 20 })
    await open(page)
    const voicemail = section(page, 'Voicemail PIN')
    await expect(voicemail).toContainText('We couldn’t reach the voicemail system', { timeout: 15_000 })
    await expect(page.getByLabel('New voicemail PIN', { exact: true })).toHaveCount(0)
    await expect(page.getByLabel('New phone PIN', { exact: true })).toBeVisible()
    await expectAccessible(page)
    await mock.clearFaults()
    await voicemail.getByRole('button', { name: 'Check again' }).click()
    await expect(page.getByLabel('New voicemail PIN', { exact: true })).toBeVisible()
  })

  test('voicemail busy: that section says so', async ({ page, mock }) => {
    await mock.fault({ method: 'GET', path: '/vmrest/user', status: 503, count: 3 })
    await open(page)
    await expect(section(page, 'Voicemail PIN')).toContainText('The voicemail system is busy at the moment', {
      timeout: 15_000,
    })
  })

  test('voicemail not configured: says the voicemail PIN can’t be changed here', async ({ page, mock }) => {
    await page.route('**/config.json', async (route) => {
      const response = await route.fetch()
      const config = (await response.json()) as Record<string, unknown>
      await route.fulfill({ response, json: { ...config, cupiBaseUrl: null } })
    })
    await open(page)
    await expect(section(page, 'Voicemail PIN')).toContainText(
      'You can’t change your voicemail PIN here, because this portal isn’t connected to the voicemail system.',
    )
    await expect(page.getByLabel('New voicemail PIN', { exact: true })).toHaveCount(0)
    expect((await mock.requests()).filter((r) => r.path.startsWith('/vmrest'))).toEqual([])
    await expectAccessible(page)
  })

  test('a visitor from another cluster sees no forms', async ({ page, mock }) => {
    await open(page, 'visitor')
    await expect(page.getByText('Your settings are managed on another phone system')).toBeVisible()
    await expect(page.getByText(/cucm-pub\.emea\.example\.invalid/)).toBeVisible()
    await expect(page.getByRole('main').locator('input, form, textarea, select')).toHaveCount(0)
    await expect(page.getByRole('button', { name: /^Change / })).toHaveCount(0)
    await expect(page.getByText(/Last signed in/)).toBeVisible()
    await expectAccessible(page)
    expect(await puts(mock)).toEqual([])
  })

  test('sign-in history: local time, address and failures since', async ({ page, mock }) => {
    await page.goto('/sign-in')
    await signIn(page)
    // Two wrong passwords for this account from elsewhere, after this sign-in.
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${mock.url}/cucm-uds/user/demo`, {
        headers: { Authorization: `Basic ${btoa('demo:not-the-password')}` },
      })
      expect(res.status).toBe(401)
    }
    await page.getByRole('link', { name: 'PIN and password' }).first().click()
    const history = section(page, 'Sign-in history')
    await expect(history).toContainText(
      /Last signed in \w+ \d{1,2}, \d{4} at \d{1,2}:\d\d[ap]m from 127\.0\.0\.1/,
    )
    await expect(history).toContainText('2 failed attempts since')
    await expect(history).toContainText('If this wasn’t you, change your password and tell the helpdesk.')
    await expectAccessible(page)
  })

  test('sign-in history is hidden on a server older than 10.5(2)', async ({ page }) => {
    await page.route('**/cucm-uds/version', async (route) => {
      const response = await route.fetch()
      const body = (await response.text()).replace(
        /<version>[^<]*<\/version>/,
        '<version>10.5.1.10000-7</version>',
      )
      await route.fulfill({ response, body })
    })
    await open(page)
    await expect(page.getByRole('heading', { name: 'Phone PIN' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Sign-in history' })).toHaveCount(0)
    await expect(page.getByText(/Last signed in/)).toHaveCount(0)
  })

  test('works at phone width without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 })
    await open(page)
    await page.getByLabel('New phone PIN', { exact: true }).fill('80417')
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    const show = section(page, 'Phone PIN').getByRole('button', { name: 'Show new phone pin' })
    const box = await show.boundingBox()
    expect(box!.height).toBeGreaterThanOrEqual(44)
    await expectAccessible(page)
  })
})
