import { expect, expectAccessible, test } from './support/fixtures.ts'
import { goTo, heading, leaveDialog, navLink, openSignedIn, signIn, signOut } from './support/session.ts'
import { requestsTo } from './support/mock-api.ts'
import { directory, directoryFinder } from './pages/directory.ts'
import { callForwarding } from './pages/call-forwarding.ts'
import { speedDials } from './pages/speed-dials.ts'

const USERS = '/cucm-uds/users'

test('search by name, number and email; page through with the URL; copy; hostile text', async ({
  page,
  mock,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const dir = directory(page)
  await openSignedIn(page, '/directory', 'demo', { heading: 'Directory' })
  await expect(page.getByText('Type a name, part of a name, a number or an email address')).toBeVisible()

  // By name: what was searched is said, each person is a card with tel: and mailto: links.
  await dir.search('dana m')
  await expect(page).toHaveURL(/\/directory\?q=dana\+m$/)
  await expect(dir.searched).toHaveText('People whose name starts with “dana m”')
  const dana = dir.card('Dana Morgan')
  await expect(dana.getByRole('link', { name: 'Call Dana Morgan, work' })).toHaveAttribute(
    'href',
    /^tel:\+?\d+$/,
  )
  await expect(dana.getByRole('link', { name: 'demo@example.com' })).toHaveAttribute(
    'href',
    'mailto:demo@example.com',
  )
  await expectAccessible(page)

  // Copy a number: announced, and on the clipboard.
  await dana.getByRole('button', { name: /^Copy Dana Morgan’s work number$/ }).click()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toMatch(/^\+?\d+$/)
  await expect(dir.copied(copied)).toBeAttached()

  // By the start of a number (spaces and + as typed), and by its last digits when nothing starts with them.
  await dir.search('+1 312 555 200')
  await expect(dir.searched).toHaveText('People with a number starting 1312555200')
  await expect(dir.showing).toHaveText('Showing 1–10 of 10')
  await dir.search('2042')
  await expect(dir.searched).toHaveText('People with a number ending 2042')
  await expect(dir.cards).toHaveCount(1)

  // By email: exactly that address.
  await dir.search('maya.anders@example.com')
  await expect(dir.searched).toHaveText('People whose email address is “maya.anders@example.com”')
  await expect(dir.card('Maya Anders')).toBeVisible()
  await expect(dir.cards).toHaveCount(1)

  // Paging: the page is in the URL, and Back returns to the previous one.
  await dir.search('1312555')
  // More than the server's limit (64) match: said, with a hint, and every page can still be reached.
  await expect(dir.showing).toHaveText('Showing 1–20 of 70')
  await expect(page.getByText('More than 64 people match')).toBeVisible()
  await dir.next.click()
  await expect(page).toHaveURL(/q=1312555&page=2$/)
  await expect(dir.showing).toHaveText('Showing 21–40 of 70')
  await expect(dir.searched).toBeFocused()
  await dir.next.click()
  await dir.next.click()
  await expect(dir.showing).toHaveText('Showing 61–70 of 70')
  await expect(dir.next).toHaveCount(0)
  await page.goBack()
  await expect(dir.showing).toHaveText('Showing 41–60 of 70')
  await dir.previous.click()
  await expect(dir.showing).toHaveText('Showing 21–40 of 70')
  const searches = await requestsTo(mock, { path: new RegExp(`^${USERS}`) })
  // One request per page shown; Back and Previous came from the cache.
  expect(searches.filter((r) => r.path.includes('number=1312555&')).length).toBe(4)

  // Too short, and nothing typed: said in the field, nothing sent.
  await dir.search('x')
  await expect(
    page.getByRole('alert').filter({ hasText: 'Enter at least 2 letters or digits' }),
  ).toBeVisible()
  await expect(page).toHaveURL(/q=1312555/)

  // Hostile text: encoded in the URL and the request, shown as typed, nobody found.
  const hostile = `<img src=x onerror=alert(1)> & %20 "quotes" 'x' ${'z'.repeat(1000)}`
  await dir.search(hostile)
  await expect(dir.noneFound).toBeVisible()
  await expect(dir.searched).toContainText('<img src=x onerror=alert(1)> & %20 "quotes"')
  const last = (await requestsTo(mock, { path: new RegExp(`^${USERS}`) })).at(-1)!
  expect(last.status).toBe(200)
  expect(last.path).toContain('name=%3Cimg+src%3Dx+onerror%3Dalert%281%29%3E+%26+%2520')
  await expect(heading(page, 'Directory')).toBeVisible()
})

test('"Add as speed dial" and "Forward my calls here" fill the forms; nothing is saved until the user saves', async ({
  page,
  mock,
}) => {
  const dir = directory(page)
  await openSignedIn(page, '/directory?q=maya', 'demo', { heading: 'Directory' })
  const maya = dir.card('Maya Anders')
  const number = (await maya.getByRole('link', { name: 'Call Maya Anders, work' }).textContent())!.trim()

  await maya.getByRole('link', { name: 'Forward my calls here (Maya Anders, work)' }).click()
  const cf = callForwarding(page)
  await expect(heading(page, 'Call forwarding')).toBeVisible()
  await expect(cf.radio('Forward to another number')).toBeChecked()
  await expect(cf.number).toHaveValue(number)
  await expect(page.getByText(`Maya Anders’s number ${number} is filled in below.`)).toBeVisible()
  // The forwarding number has "Find in directory" too: Escape closes its list, Enter chooses.
  const cfFinder = directoryFinder(page)
  await cfFinder.type('keiko')
  await expect(cfFinder.options.first()).toContainText('Keiko')
  await page.keyboard.press('Escape')
  await expect(cfFinder.list).toBeHidden()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(cf.number).toHaveValue(/^\+1312555\d{4}$/)
  await expect(cf.number).not.toHaveValue(number)
  expect(await requestsTo(mock, { method: 'write' })).toEqual([])

  // Unsaved: leaving asks first.
  await page.goBack()
  await leaveDialog(page).getByRole('button', { name: 'Leave without saving' }).click()
  await expect(dir.card('Maya Anders')).toBeVisible()
  await dir.card('Maya Anders').getByRole('link', { name: 'Add as speed dial (Maya Anders, work)' }).click()
  const sd = speedDials(page)
  await expect(heading(page, 'Add speed dial')).toBeVisible()
  await expect(sd.name).toHaveValue('Maya Anders')
  await expect(sd.number).toHaveValue(number)
  expect(await requestsTo(mock, { method: 'write' })).toEqual([])
  await sd.addToList()
  await sd.saveButton.click()
  await expect(sd.saved).toBeVisible()
  // Speed dials apply to every phone: each has the new one, with the person's number.
  for (const device of (await mock.state('demo')).devices.filter((d) => d.speedDials.length))
    expect(device.speedDials.find((s) => s.label === 'Maya Anders')?.number).toBe(number)

  // "Find in directory" in the add form, by keyboard only: type, arrows, Enter fills name and number.
  await mock.clearRequests()
  await sd.addLink.click()
  const finder = directoryFinder(page)
  await finder.type('b')
  await expect(finder.input).toHaveAttribute('aria-expanded', 'false')
  await page.keyboard.type('en h')
  await expect(finder.list).toBeVisible()
  await expect(finder.options.first()).toContainText('Ben Huang')
  await expect(finder.state).toContainText('found. Use the up and down arrows')
  await page.keyboard.press('ArrowDown')
  const first = await finder.options.first().getAttribute('id')
  await expect(finder.input).toHaveAttribute('aria-activedescendant', first!)
  await expect(finder.options.first()).toHaveAttribute('aria-selected', 'true')
  await expectAccessible(page)
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Enter')
  await expect(finder.list).toBeHidden()
  await expect(sd.name).toHaveValue('Ben Huang')
  await expect(sd.number).toHaveValue(/^\+1312555\d{4}$/)
  await expect(finder.input).toBeFocused()
  await expect(heading(page, 'Add speed dial')).toBeVisible()
  // One search per settled text: never for one character, each a prefix of what was typed.
  const searched = (await requestsTo(mock, { path: new RegExp(`^${USERS}`) })).map(
    (r) => new URL(r.path, mock.url).searchParams.get('name') ?? '',
  )
  expect(searched.at(-1)).toBe('ben h')
  for (const name of searched) expect(name.length >= 2 && 'ben h'.startsWith(name)).toBe(true)
})

test('a directory that needs credentials, a busy one, and a policy that hides it', async ({ page, mock }) => {
  const dir = directory(page)
  await openSignedIn(page, '/directory', 'demo', { heading: 'Directory' })
  await mock.clearRequests()

  // Asked for credentials: the same search goes once more with the session's, and never twice anonymously.
  await mock.fault({ method: 'GET', path: USERS, status: 401, count: 1 })
  await dir.search('morgan')
  await expect(dir.card('Dana Morgan')).toBeVisible()
  const asked = await requestsTo(mock, { path: new RegExp(`^${USERS}`) })
  expect(asked.map((r) => [r.status, r.user])).toEqual([
    [401, null],
    [200, 'demo'],
  ])

  // Busy: said, with Try again.
  await mock.fault({ method: 'GET', path: USERS, status: 503, count: 1 })
  await dir.search('chen')
  await expect(dir.failed).toBeVisible()
  await dir.failed.getByRole('button', { name: 'Try again' }).click()
  await expect(dir.cards.first()).toBeVisible()
  await expect(dir.failed).toHaveCount(0)

  // The administrator's policy hides the page and its nav item.
  await signOut(page)
  await signIn(page, 'policy')
  await expect(navLink(page, 'Directory')).toHaveCount(0)
  await page.goto('/directory')
  await signIn(page, 'policy', 'demo', 'Directory')
  await expect(dir.policyOff).toBeVisible()
  await expect(dir.field).toHaveCount(0)
  // …and "Find in directory" in the forms.
  await goTo(page, 'Speed dials')
  await speedDials(page).addLink.click()
  await expect(heading(page, 'Add speed dial')).toBeVisible()
  await expect(directoryFinder(page).input).toHaveCount(0)
})
