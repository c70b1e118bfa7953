// Throwaway: screenshots for review (not committed).
import { test, expect, signIn } from './support/fixtures.ts'

for (const width of [1280, 375]) {
  test(`shots ${width}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto('/single-number-reach')
    await page.waitForURL(/sign-in/)
    await signIn(page, 'demo', 'demo', 'Single Number Reach')
    await page.screenshot({ path: `/tmp/snr-list-${width}.png`, fullPage: true })
    await page.getByRole('link', { name: 'Change phone: Mobile' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Change Mobile')
    await page.screenshot({ path: `/tmp/snr-form-${width}.png`, fullPage: true })
    await page.getByRole('link', { name: 'Choose times' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Ring schedule')
    await page.screenshot({ path: `/tmp/snr-schedule-${width}.png`, fullPage: true })
  })
}
