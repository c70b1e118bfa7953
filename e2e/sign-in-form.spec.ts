import { test, expect } from './support/fixtures.ts'

// The sign-in form has no form library (it is the first page); it keeps react-hook-form's habits.
test('after a refused submit, the messages follow what is typed; a remembered user ID is prefilled', async ({
  page,
  mock,
}) => {
  await page.goto('/sign-in')
  await page.getByRole('button', { name: 'Sign in' }).click()
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
  await expect(summary.getByRole('link')).toHaveText(['Enter your user ID', 'Enter your password'])
  await page.getByLabel('User ID').fill('demo')
  await expect(summary.getByRole('link')).toHaveText(['Enter your password'])
  await expect(page.getByLabel('User ID')).not.toHaveAttribute('aria-invalid')
  await page.getByLabel('Password', { exact: true }).fill('demo')
  await expect(summary).toHaveCount(0)
  await page.getByLabel('User ID').fill('')
  await expect(summary.getByRole('link')).toHaveText(['Enter your user ID'])
  expect((await mock.requests()).filter((r) => !r.preflight)).toEqual([])

  await page.getByLabel('User ID').fill('demo')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Profile' })).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('User ID')).toHaveValue('demo')
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('')
})
