/** The Do not disturb page and the notice the shell shows on every page while it is on. */
import type { Page } from '@playwright/test'

export function doNotDisturb(page: Page) {
  return {
    switch: page.getByRole('switch', { name: 'Do not disturb' }),
    phones: page.getByRole('region', { name: 'Phones it applies to' }),
    /** The shell's notice, on every page. */
    notice: page.getByText('Do not disturb is on — your phones won’t ring'),
    turnOffInNotice: page.getByRole('button', { name: 'Turn off' }),
    /** What the page says once "Turn off" in the notice has saved. */
    turnedOff: page.getByText('Do not disturb is off — your phones will ring again.'),
  }
}
