import { test, expect, expectAccessible } from './support/fixtures.ts'
import { test as sharedTest } from './support/signed-in.ts'
import {
  goTo,
  heading,
  NAV_PAGES,
  navLink,
  notSaved,
  openFromNav,
  reauthDialog,
  reauthenticate,
  signIn,
} from './support/session.ts'
import { described, requestsTo } from './support/mock-api.ts'
import { profile } from './pages/profile.ts'

test.describe('Profile', () => {
  test('shows who the user is, their lines and phones, and a settings summary', async ({ page }) => {
    await signIn(page)
    const details = profile(page).details
    await expect(details).toContainText('Dana Morgan')
    await expect(details).toContainText('demo@example.com')
    const lines = profile(page).lines
    await expect(lines.getByRole('listitem').first()).toContainText('Line 1 – 1001')
    await expect(lines).toContainText('Primary')
    await expect(lines).toContainText('Cisco 8865')
    const settings = profile(page).settings
    await expect(settings).toContainText('Calls to 1001 are not forwarded')
    await expect(settings.getByRole('link', { name: 'Change forwarding' })).toHaveAttribute(
      'href',
      '/call-forwarding',
    )
    // What is set, not what each page is for.
    await expect(settings).toContainText('3 speed dials')
    await expect(settings).toContainText('Mobile rings Monday to Friday, 8:00am to 6:00pm')
    await expect(settings.getByRole('link', { name: 'See when someone calls you' })).toHaveAttribute(
      'href',
      '/when-someone-calls',
    )
    await expect(navLink(page, 'Profile')).toHaveAttribute('aria-current', 'page')
    await expect(heading(page, 'Profile')).toBeFocused()
    await expectAccessible(page)
  })

  test('changes the display name and the language, and only what changed is sent', async ({ page, mock }) => {
    await signIn(page)
    await profile(page).displayName.fill('Dana M.')
    await profile(page).save()
    await expect(profile(page).saved).toContainText('Your display name is now “Dana M.”')
    expect((await mock.state('demo')).displayName).toBe('Dana M.')

    const language = profile(page).language
    const options = await language.locator('option').allTextContents()
    expect(options).toContain('Deutsch (Deutschland)')
    await expect(language.locator('option', { hasText: 'Deutsch (Deutschland)' })).toHaveAttribute(
      'lang',
      'de-DE',
    )
    const germanId = await language
      .locator('option', { hasText: 'Deutsch (Deutschland)' })
      .getAttribute('value')
    await language.selectOption({ label: 'Deutsch (Deutschland)' })
    await mock.clearRequests()
    await profile(page).save()
    await expect(profile(page).saved).toContainText('Deutsch')
    const state = await mock.state('demo')
    expect(state.locale).toBe(germanId)
    expect(state.displayName).toBe('Dana M.')
    // The answer to the PUT is the new user: no re-read.
    expect(described(await requestsTo(mock))).toEqual(['PUT /cucm-uds/user/demo'])
    // And it survives a reload (a new sign-in), after which the portal speaks the user's new language.
    await page.reload()
    await signIn(page, 'demo', 'demo', null)
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    await expect(page.locator('#localeId option:checked')).toHaveText('Deutsch (Deutschland)')
    await expect(page.locator('main')).toContainText('Dana M.')
  })

  test('hostile text in the display name round-trips exactly and is never markup', async ({ page, mock }) => {
    const hostile = `<b>&amp;"]]>'😀`
    await signIn(page)
    await profile(page).displayName.fill(hostile)
    await profile(page).save()
    await expect(profile(page).saved).toBeVisible()
    expect((await mock.state('demo')).displayName).toBe(hostile)
    await page.reload()
    await signIn(page)
    await expect(profile(page).displayName).toHaveValue(hostile)
    await expect(profile(page).details).toContainText(hostile)
    expect(await page.locator('main b').count()).toBe(0)
  })

  test('validation: empty and too long names are refused before sending, and the draft stays', async ({
    page,
    mock,
  }) => {
    await signIn(page)
    await profile(page).displayName.fill('')
    await profile(page).save()
    await expect(page.getByRole('link', { name: 'Enter your display name' })).toBeVisible()
    await expect(page).toHaveTitle(/^Error: Profile/)
    const long = 'x'.repeat(10_000)
    await profile(page).displayName.fill(long)
    await profile(page).save()
    await expect(page.getByRole('link', { name: 'Display name must be 64 characters or less' })).toBeVisible()
    await expect(profile(page).displayName).toHaveValue(long)
    expect(await requestsTo(mock, { method: 'PUT' })).toEqual([])
    await expectAccessible(page)
  })

  test('a 401 in the middle of an edit: sign in again in a dialog, the draft stays and the save happens once', async ({
    page,
    mock,
  }) => {
    await signIn(page)
    await profile(page).displayName.fill('After expiry')
    await mock.fault({ method: 'PUT', path: '/cucm-uds/user/demo', status: 401 })
    await profile(page).save()
    const dialog = reauthDialog(page)
    await expect(dialog).toBeVisible()
    await expect(dialog.getByLabel('Password', { exact: true })).toBeFocused()
    await expectAccessible(page)
    await expect(profile(page).displayName).toHaveValue('After expiry')
    await reauthenticate(page)
    await expect(dialog).toBeHidden()
    await expect(profile(page).saved).toBeVisible()
    const puts = await requestsTo(mock, { method: 'PUT' })
    expect(puts.map((r) => r.status)).toEqual([401, 200])
    expect((await mock.state('demo')).displayName).toBe('After expiry')
  })

  test('a wrong password in the re-sign-in dialog is said there, and cancelling signs out completely', async ({
    page,
    mock,
  }) => {
    await signIn(page)
    await profile(page).displayName.fill('Kept draft')
    await mock.fault({ method: 'PUT', path: '/cucm-uds/user/demo', status: 401 })
    await profile(page).save()
    const dialog = reauthDialog(page)
    await dialog.getByLabel('Password', { exact: true }).fill('wrong')
    await dialog.getByRole('button', { name: 'Sign in' }).click()
    await expect(dialog.getByText('Your password is incorrect')).toBeVisible()
    await dialog.getByRole('button', { name: 'Cancel and sign out' }).click()
    await expect(page.getByText("You're signed out. Your changes haven't been saved.")).toBeVisible()
    // Giving up is a sign-out: a bare sign-in page, no user ID, and the draft is gone with the session.
    await expect(page).toHaveURL(/\/sign-in$/)
    await expect(page.getByLabel('User ID')).toHaveValue('')
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([])
    await signIn(page)
    await expect(page).toHaveURL(/\/profile$/)
    await expect(profile(page).displayName).toHaveValue('Dana Morgan')
    expect((await mock.state('demo')).displayName).not.toBe('Kept draft')
  })

  test('a reload keeps the draft (not the password) and returns to the page', async ({ page }) => {
    await signIn(page)
    await profile(page).displayName.fill('Draft across reload')
    await page.reload()
    await expect(page.getByText('Sign in again to continue')).toBeVisible()
    await expect(page.getByLabel('User ID')).toHaveValue('demo')
    await expect(page.getByLabel('Password', { exact: true })).toHaveValue('')
    await page.getByLabel('Password', { exact: true }).fill('demo')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page).toHaveURL(/\/profile$/)
    await expect(profile(page).displayName).toHaveValue('Draft across reload')
  })

  test('503 on save: says it was not saved, keeps the draft, and Try again saves once', async ({
    page,
    mock,
  }) => {
    await signIn(page)
    await profile(page).displayName.fill('Busy save')
    await mock.fault({ method: 'PUT', path: '/cucm-uds/user/demo', status: 503 })
    await profile(page).save()
    const problem = notSaved(page)
    await expect(problem).toContainText('busy')
    await expect(problem).toContainText('PR-BUSY-503')
    await expect(profile(page).displayName).toHaveValue('Busy save')
    await expectAccessible(page)
    expect(await requestsTo(mock, { method: 'PUT' })).toHaveLength(1)
    await problem.getByRole('button', { name: 'Try again' }).click()
    await expect(profile(page).saved).toBeVisible()
    expect((await mock.state('demo')).displayName).toBe('Busy save')
  })

  test('a double click on Save sends one request', async ({ page, mock }) => {
    await signIn(page)
    await mock.fault({ method: 'PUT', path: '/cucm-uds/user/demo', delayMs: 600 })
    await profile(page).displayName.fill('Once')
    await profile(page).saveButton.dblclick()
    await expect(profile(page).saved).toBeVisible()
    expect(await requestsTo(mock, { method: 'PUT' })).toHaveLength(1)
  })

  test('503 on load: retries, then offers Try again, which loads the page', async ({ page, mock }) => {
    await signIn(page, 'demo', 'demo', 'Profile')
    await page.getByRole('link', { name: 'Call forwarding' }).hover()
    await mock.fault({ method: 'GET', path: '/cucm-uds/user/demo/devices', status: 503, count: 20 })
    await page.reload()
    await page.getByLabel('Password', { exact: true }).fill('demo')
    await page.getByRole('button', { name: 'Sign in' }).click()
    const problem = page.getByRole('alert').filter({ hasText: "Sorry, we couldn't load" })
    await expect(problem).toBeVisible({ timeout: 15_000 })
    await expect(problem).toContainText('busy')
    await expectAccessible(page)
    await mock.clearFaults()
    await problem.getByRole('button', { name: 'Try again' }).click()
    await expect(profile(page).lines).toContainText('Cisco 8865')
  })

  test('visitor (not on the home cluster): values as text, an explanation, no editable control', async ({
    page,
  }) => {
    await signIn(page, 'visitor')
    await expect(page.getByText('Your settings are managed on another phone system')).toBeVisible()
    await expect(profile(page).saveButton).toHaveCount(0)
    await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0)
    await expect(page.getByRole('main').getByRole('combobox')).toHaveCount(0)
    await expectAccessible(page)
  })

  test('phone width: no sideways scrolling, and the nav is a Menu disclosure', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await signIn(page)
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    const menu = page.getByRole('button', { name: 'Menu' })
    await expect(menu).toHaveAttribute('aria-expanded', 'false')
    await expect(page.getByRole('link', { name: 'Speed dials', exact: true })).toBeHidden()
    await menu.click()
    await expect(menu).toHaveAttribute('aria-expanded', 'true')
    await goTo(page, 'Speed dials')
    await expect(page).toHaveTitle('Speed dials – Phone settings')
    await expectAccessible(page)
  })

  test('an unknown address shows a not-found page inside the portal', async ({ page }) => {
    await signIn(page)
    // An address typed into the address bar: after sign-in, an unknown page lands on Profile.
    await page.goto('/no-such-page')
    await signIn(page, 'demo', 'demo', 'Profile')
    // Within the signed-in portal (Back/Forward to an old address), the not-found page with a way out.
    await page.evaluate(() => {
      history.pushState(null, '', '/no-such-page')
      dispatchEvent(new PopStateEvent('popstate'))
    })
    await expect(heading(page, 'Page not found')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Go to your profile' })).toBeVisible()
    await expectAccessible(page)
  })
})

// One test per page (each a scan of its own), sharing one signed-in page per worker: they only look.
test.describe('every page in the nav', () => {
  for (const name of NAV_PAGES) {
    sharedTest(
      `${name}: opens with its heading focused and passes an accessibility scan`,
      async ({ sharedPage }) => {
        const page = await sharedPage()
        await openFromNav(page, name)
        await expect(page.getByRole('heading', { level: 1, name })).toBeFocused()
        await expect(page).toHaveTitle(`${name} – Phone settings`)
        await expectAccessible(page)
      },
    )
  }
})

test('a missing or invalid config.json shows a readable page, not a blank one', async ({ page }) => {
  await page.route('**/config.json', (route) => route.fulfill({ json: { udsBaseUrl: 'not a url' } }))
  await page.goto('/sign-in')
  await expect(heading(page, "Phone settings isn't set up yet")).toBeVisible()
  await expect(page.getByText('udsBaseUrl: must be an https:// address')).toBeVisible()
  await page.route('**/config.json', (route) => route.fulfill({ status: 404, body: 'nope' }))
  await page.reload()
  await expect(page.getByText('could not be loaded')).toBeVisible()
})
