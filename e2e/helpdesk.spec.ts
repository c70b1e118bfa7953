/**
 * For the helpdesk: the full summary copied as text, a link to one setting opened signed out
 * (focused after sign-in, and "Link to this setting" gives such links), and the print view on paper.
 */
import { helpdesk } from './pages/helpdesk.ts'
import { expect, expectAccessible, test } from './support/fixtures.ts'
import { heading, signIn } from './support/session.ts'

test('demo copies the full summary for the helpdesk; the header offers the same', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await signIn(page)
  const hd = helpdesk(page)
  await hd.copySummary.click()
  const text = await hd.copied('Summary copied')
  const lines = text.split('\n')
  expect(lines[0]).toBe('Phone settings – summary for the helpdesk')
  for (const line of [
    'User ID: demo',
    'Name: Dana Morgan',
    'Phone system version (UDS): 14.0.1',
    'Line 2: 1002, label “Team line”',
    'Line 1 forward all: not forwarded',
    'Line 1 busy: voicemail',
    'Dana Morgan desk phone: off; when on: rings silently (Ringer Off)',
    'Phone 1: Dana Morgan desk phone – Cisco 8865 – device name SEP0A1B2C3DA001',
    'Mobile: +13125550177; ringing on; Rings Monday to Friday, 8:00am to 6:00pm',
    'Speed dials: 3',
    'Failed attempts since: 0',
    'Portal version: 0.1.0',
  ])
    expect(lines, line).toContain(line)
  expect(text).toMatch(/^Browser: Chrome \d+/m)
  expect(text).toMatch(/^Built: \d{4}-\d\d-\d\d \d\d:\d\d UTC$/m)

  // The header's menu: the same copy button and the print view.
  const menu = await hd.openHeaderMenu()
  await expect(menu.printLink).toBeVisible()
  await menu.copySummary.click()
  expect(await hd.copied('Summary copied', menu.panel)).toContain('User ID: demo')
})

test('a link to one line, opened signed out, focuses that line after sign-in', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/call-forwarding#line-1002')
  // The fragment survives sign-in.
  await page.waitForURL(
    (url) => url.pathname === '/sign-in' && url.search.includes(encodeURIComponent('#line-1002')),
  )
  await signIn(page, 'demo', 'demo', 'Call forwarding')
  const line = page.locator('#line-1002')
  await expect(line).toBeFocused()
  await expect(line).toHaveAccessibleName(/1002/)
  expect(new URL(page.url()).hash).toBe('#line-1002')

  // "Link to this setting" copies a section's own link.
  const hd = helpdesk(page)
  await hd.linkTo('Change forwarding').click()
  const link = await hd.copied('Link copied')
  expect(link).toBe(`${new URL(page.url()).origin}/call-forwarding#change-forwarding`)
})

test('print settings: one clean page on paper, accessible on screen', async ({ page }) => {
  await signIn(page)
  const hd = helpdesk(page)
  await hd.printLink.click()
  await expect(heading(page, 'Your settings')).toBeVisible()
  await expect(hd.row('User ID')).toHaveText('demo')
  await expect(hd.row('Speed dials')).toHaveText('3')
  await expectAccessible(page)

  await page.emulateMedia({ media: 'print' })
  for (const part of [page.locator('header'), page.locator('nav'), page.locator('footer')])
    await expect(part).toBeHidden()
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden()
  await expect(hd.document).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('print-settings.png'), fullPage: true })
  // One page on A4 and on Letter.
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = (await page.pdf({ format, printBackground: false })).toString('latin1')
    expect(pdf.match(/\/Type\s*\/Page[^s]/g), format).toHaveLength(1)
  }
})
