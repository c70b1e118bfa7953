/**
 * "When someone calls you": the demo user's answer at a fixed instant (Monday 2 March 2026, 10:15am
 * in Chicago, the browser's zone and the mobile's schedule's), then as do not disturb and forward-all
 * change it, "Try a different time", and each warning with the link that fixes it.
 */
import { expect, expectAccessible, test } from './support/fixtures.ts'
import { goTo, signIn, signInAfterReload } from './support/session.ts'
import { asClient, requestsTo } from './support/mock-api.ts'
import { doNotDisturb } from './pages/do-not-disturb.ts'
import { whenSomeoneCalls } from './pages/when-someone-calls.ts'

test.use({ timezoneId: 'America/Chicago' })

const MONDAY_10_15 = new Date('2026-03-02T16:15:00Z')
const MOBILE_NOW = 'Mobile rings too – it’s Monday 10:15am in Chicago, inside its Monday 8:00am–6:00pm times.'

test('demo: phones and mobile now, another time, then do not disturb and forward-all', async ({
  page,
  mock,
}) => {
  await page.clock.setFixedTime(MONDAY_10_15)
  await signIn(page, 'demo')
  await mock.clearRequests()
  await goTo(page, 'When someone calls you')
  const calls = whenSomeoneCalls(page)
  await expect(calls.steps('1001')).toHaveText([
    /^Your phones ring: /,
    MOBILE_NOW,
    'If you don’t answer: calls go to voicemail.',
    'If you’re on a call: calls go to voicemail.',
  ])
  // The second line is on the desk phone only, and on no Single Number Reach profile.
  await expect(calls.steps('1002')).toHaveCount(3)
  await expect(calls.steps('1002').first()).toHaveText('Your phones ring: Dana Morgan desk phone.')
  await expect(calls.warnings).toHaveCount(0)
  await expect(calls.weekTable.getByRole('row', { name: /Mobile/ })).toContainText('8:00am–6:00pm')
  // After Profile, only the phones' details and lines and the lines' details are new (one round trip,
  // all at once).
  const reads = (await requestsTo(mock, { method: 'GET' })).map((r) => r.path)
  expect(
    reads.filter(
      (p) => !/\/(device|extension)\/[^/]+(\/extensions)?$/.test(p) && p !== '/cucm-uds/options/timeZones',
    ),
  ).toEqual([])

  // Saturday: the mobile is outside its times, and the page warns that nothing else rings.
  await calls.tryAt('Saturday', '10:00am')
  await expect(calls.line('1001')).toContainText(
    'Mobile doesn’t ring now: it’s Saturday 10:00am in Chicago; its next time is Monday 8:00am.',
  )
  await expect(calls.warnings).toContainText('None of your Single Number Reach phones rings right now')
  await calls.backToNow.click()
  await expect(calls.line('1001')).toContainText(MOBILE_NOW)
  await expect(calls.warnings).toHaveCount(0)
  await calls.tryAt('Sunday', '9:00am')
  await expect(calls.warningLink('Single Number Reach')).toHaveText('Change Single Number Reach')
  await calls.warningLink('Single Number Reach').click()
  await expect(page.getByRole('heading', { level: 1, name: 'Single Number Reach' })).toBeVisible()

  // Do not disturb (the phones' option is Ringer Off): the call shows silently.
  await goTo(page, 'Do not disturb')
  await doNotDisturb(page).switch.click()
  await expect(doNotDisturb(page).switch).toBeChecked()
  await goTo(page, 'When someone calls you')
  await expect(calls.steps('1001').first()).toHaveText(
    'Your phones show the call silently (do not disturb is on); if you don’t answer: calls go to voicemail.',
  )

  // Forward-all set behind the portal's back wins, and do not disturb now does nothing: the link fixes it.
  await asClient(
    mock,
    'demo',
    'PUT',
    '/cucm-uds/user/demo',
    '<user><callForwardAllDestination><sendToVoiceMailPilotNumber>true</sendToVoiceMailPilotNumber></callForwardAllDestination></user>',
  )
  await page.reload()
  await signInAfterReload(page, 'When someone calls you')
  await expect(calls.steps('1001')).toHaveText([
    'Calls to 1001 go straight to voicemail; nothing else below applies.',
  ])
  await expect(calls.warnings).toContainText('Do not disturb does nothing for 1001')
  await expectAccessible(page)
  await calls.warningLink('Do not disturb does nothing for 1001').click()
  await expect(page).toHaveURL(/\/call-forwarding#forward-where$/)
  await expect(page.getByRole('radio', { name: 'Forward to voicemail' })).toBeVisible()
  await expect(page.locator('#forward-where')).toBeFocused()
})

test('away: a forward to its own mobile, and voicemail on a line without a voicemail number', async ({
  page,
}) => {
  await page.clock.setFixedTime(MONDAY_10_15)
  // The phone system answers line 1092 without a voicemail number.
  await page.route('**/cucm-uds/user/away/extension/*', async (route) => {
    const response = await route.fetch()
    const body = await response.text()
    await route.fulfill({
      response,
      body: body.includes('<directoryNumber>1092<')
        ? body.replace(/<voiceMailPilotNumber>[^<]*<\/voiceMailPilotNumber>/, '<voiceMailPilotNumber/>')
        : body,
    })
  })
  await signIn(page, 'away')
  await goTo(page, 'When someone calls you')
  const calls = whenSomeoneCalls(page)
  await expect(calls.line('1091')).toContainText('If you don’t answer: calls go to +13125550189.')
  await expect(calls.line('1091')).toContainText('If you’re on a call: calls go to 1001.')
  await expect(calls.warnings).toContainText(
    'Calls to 1091 are forwarded to Mobile, which also rings as a Single Number Reach phone',
  )
  await expect(calls.warnings).toContainText(
    'Calls to 1092 are sent to voicemail, but the line has no voicemail number.',
  )
  await expect(calls.warningLink('Calls to 1091 are forwarded to Mobile')).toHaveAttribute(
    'href',
    '/call-forwarding#rules-no-answer-internal',
  )
  await calls.warningLink('Calls to 1092').click()
  await expect(page).toHaveURL(/\/call-forwarding#rules-no-answer-internal$/)
  await expect(page.locator('#rules-no-answer-internal')).toBeFocused()
})
