import { expect, expectAccessible, test } from './support/fixtures.ts'
import { errorSummary, goTo, navLink, openSignedIn, signIn, signOut } from './support/session.ts'
import { requestsTo } from './support/mock-api.ts'
import { conferenceNow } from './pages/conference-now.ts'

test('Conference Now: show, change and clear the attendee access code; not offered to a user without it', async ({
  page,
  mock,
}) => {
  const cn = conferenceNow(page)
  await openSignedIn(page, '/conference-now', 'demo', { heading: 'Conference Now' })
  await expect(cn.current).toContainText('•••• (hidden)')
  await cn.show.click()
  await expect(cn.current).toContainText('4321')
  await expectAccessible(page)

  // The rules are checked before anything is sent.
  await cn.change('1111')
  await expect(errorSummary(page)).toContainText('Access code can’t be one digit repeated, like 1111')
  await cn.change('12a')
  await expect(errorSummary(page)).toContainText('Access code must only include numbers 0 to 9')
  expect(await requestsTo(mock, { method: 'PUT' })).toEqual([])

  // A new code: the answer replaces what the page shows (no second read).
  await cn.change('0246 8')
  await expect(page.getByText('Access code saved. Attendees now enter 02468.')).toBeVisible()
  await expect(cn.current).toContainText('02468')
  expect((await mock.state('demo')).conferencing.accessCode).toBe('02468')

  // Empty: anyone with the number can join, so it asks first; Cancel keeps the code.
  await cn.change('')
  await expect(cn.clearDialog).toBeVisible()
  await expectAccessible(page)
  await cn.clearDialog.getByRole('button', { name: 'Cancel' }).click()
  expect((await mock.state('demo')).conferencing.accessCode).toBe('02468')
  await cn.change('')
  await cn.confirmClear()
  await expect(page.getByText('Access code removed. Anyone with the number can join.')).toBeVisible()
  await expect(cn.current).toContainText('No access code – anyone with the number can join')
  expect((await mock.state('demo')).conferencing.accessCode).toBe('')
  const conferencing = await requestsTo(mock, { path: '/cucm-uds/user/demo/conferencing' })
  expect(conferencing.map((r) => r.method)).toEqual(['GET', 'PUT', 'PUT'])

  // Profile says so too; a user without Conference Now has no nav link, and Profile says why.
  await goTo(page, 'Profile')
  await expect(page.getByText('On – anyone with the number can join')).toBeVisible()
  await signOut(page)
  await signIn(page, 'split')
  await expect(page.getByText('Conference Now isn’t set up for you')).toBeVisible()
  await expect(navLink(page, 'Conference Now')).toHaveCount(0)
  await page.goto('/conference-now')
  await signIn(page, 'split', 'demo', 'Conference Now')
  await expect(cn.notSetUp).toBeVisible()
})
