/**
 * Hostile input in the two password fields outside the sign-in form: the re-sign-in dialog and the
 * voicemail password. Each value goes out as UTF-8 Basic credentials, is refused by the server as a
 * wrong password and said so in the field; nothing executes, nothing crashes, the dialog stays usable.
 */
import type { APIRequestContext, Locator, Page } from '@playwright/test'
import { expect, test, type MockControl } from './support/fixtures.ts'
import { CORPUS } from '../src/testing/hostile-corpus.ts'
import { heading, reauthDialog, signIn } from './support/session.ts'

/** Each refused guess counts towards the mock's lockout (3): start every value from a clean count. */
async function resetLockout(request: APIRequestContext, mock: MockControl) {
  expect((await request.post(`${mock.url}/__mock/reset`)).status()).toBe(204)
}

async function tryEach(
  page: Page,
  request: APIRequestContext,
  mock: MockControl,
  form: Locator,
  opts: {
    field: string
    button: string
    wrong: string
  },
) {
  for (const { name, value } of CORPUS) {
    await resetLockout(request, mock)
    const input = form.getByLabel(opts.field, { exact: true })
    await input.fill(value)
    await form.getByRole('button', { name: opts.button, exact: true }).click()
    await expect(form.getByText(opts.wrong).first(), name).toBeVisible()
    await expect(input, name).toHaveValue('')
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss), name).toBeUndefined()
  }
  const log = await mock.requests()
  expect(log.filter((r) => r.status >= 500)).toEqual([])
}

// Fifteen values, each a real refused sign-in (the server must answer 401) and a lockout reset: about
// 15 s on an idle machine and twice that on a busy one, hence 90 s.
test.describe.configure({ timeout: 90_000 })

test('the re-sign-in password field', async ({ page, request, mock }) => {
  await signIn(page)
  // A read Profile hasn't made (the sign-in history), refused: the re-sign-in dialog opens.
  await mock.fault({ method: 'GET', path: '/cucm-uds/user/demo/credentials', status: 401 })
  await page.getByRole('link', { name: 'PIN and password', exact: true }).click()
  const dialog = reauthDialog(page)
  await expect(dialog).toBeVisible()
  await tryEach(page, request, mock, dialog, {
    field: 'Password',
    button: 'Sign in',
    wrong: 'Your password is incorrect',
  })
  // Still usable: the right password continues where the user was.
  await dialog.getByLabel('Password', { exact: true }).fill('demo')
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(heading(page, 'PIN and password')).toBeVisible()
})

test('the voicemail password field', async ({ page, request, mock }) => {
  await mock.fault({ method: 'GET', path: '/vmrest/user', status: 401 })
  await signIn(page)
  await page.getByRole('link', { name: 'PIN and password', exact: true }).click()
  const voicemail = page.getByRole('region', { name: 'Voicemail PIN' })
  await expect(voicemail.getByRole('heading', { name: 'Sign in to voicemail' })).toBeVisible()
  await tryEach(page, request, mock, voicemail, {
    field: 'Voicemail password',
    button: 'Sign in to voicemail',
    wrong: 'Your voicemail password is incorrect',
  })
  await voicemail.getByLabel('Voicemail password', { exact: true }).fill('demo')
  await voicemail.getByRole('button', { name: 'Sign in to voicemail' }).click()
  await expect(page.getByLabel('New voicemail PIN', { exact: true })).toBeFocused()
})
