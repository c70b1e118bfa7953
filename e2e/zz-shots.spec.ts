import { test, signIn } from './support/fixtures.ts'
for (const width of [1280, 375]) {
  test(`shots ${width}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 })
    await page.goto('/sign-in')
    await page.screenshot({ path: `/tmp/shots/signin-${width}.png`, fullPage: true })
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.screenshot({ path: `/tmp/shots/signin-err-${width}.png`, fullPage: true })
    await signIn(page)
    await page.screenshot({ path: `/tmp/shots/profile-${width}.png`, fullPage: true })
    if (width < 700) {
      await page.getByRole('button', { name: 'Menu' }).click()
      await page.screenshot({ path: `/tmp/shots/menu-${width}.png`, fullPage: false })
    }
  })
}
