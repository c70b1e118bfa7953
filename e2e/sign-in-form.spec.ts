import { test, expect } from './support/fixtures.ts'

// The sign-in form has no form library (it is the first page); it keeps the other forms' habits.
test('messages change only on submit; a remembered user ID is prefilled after a reload', async ({
  page,
  mock,
}) => {
  await page.goto('/sign-in')
  await page.getByRole('button', { name: 'Sign in' }).click()
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
  await expect(summary.getByRole('link')).toHaveText(['Enter your user ID', 'Enter your password'])
  await page.getByLabel('User ID').fill('demo')
  // Typing does not re-check (nor move focus): the messages stay until the next submit.
  await expect(summary.getByRole('link')).toHaveText(['Enter your user ID', 'Enter your password'])
  await expect(page.getByLabel('User ID')).toBeFocused()
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(summary.getByRole('link')).toHaveText(['Enter your password'])
  await expect(page.getByLabel('User ID')).not.toHaveAttribute('aria-invalid')
  expect((await mock.requests()).filter((r) => !r.preflight)).toEqual([])

  await page.getByLabel('Password', { exact: true }).fill('demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('User ID')).toHaveValue('demo')
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('')
})
