/** The Phones page (a card per phone) and one phone's page: its name, Do not disturb, lines and services. */
import type { Page } from '@playwright/test'
import { expect } from '../support/fixtures.ts'
import { heading, status } from '../support/session.ts'

export function phones(page: Page) {
  const main = page.getByRole('main')
  const nameField = page.getByRole('textbox', { name: 'Phone name' })
  const saveName = page.getByRole('button', { name: 'Save name' })
  const services = page.getByRole('region', { name: 'Phone services' })
  return {
    /** A phone's card on the list, by its name. */
    card: (name: string) => main.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) }),
    /** A phone's link on the list (its name). */
    link: (name: string | RegExp) => main.getByRole('link', { name }),
    /** Opens a phone from the list, pointing at its link first as a person would. */
    async open(name: string) {
      const link = main.getByRole('link', { name: `Settings for ${name}` })
      await link.hover()
      await link.click()
      await expect(heading(page, name)).toBeVisible()
    },
    nameField,
    saveName,
    saved: (text: string | RegExp) => status(page, text),
    async rename(name: string) {
      await nameField.fill(name)
      await saveName.click()
    },
    gone: heading(page, 'This phone is no longer yours'),
    dnd: page.getByRole('region', { name: 'Do not disturb on this phone' }),
    /** The section of one line on this phone ("Line 2 – 1002"). */
    line(directoryNumber: string) {
      const region = page.getByRole('region', { name: new RegExp(`– ${directoryNumber}$`) })
      return {
        region,
        label: region.getByLabel('Line label'),
        voicemailLight: region.getByLabel('Voicemail light'),
        voicemailSound: region.getByLabel('Voicemail alert sound'),
        ringIdle: region.getByLabel('When you’re not on a call'),
        logMissedCalls: region.getByLabel('Log missed calls'),
        save: region.getByRole('button', { name: /^Save line settings/ }),
        saved: status(region, `Settings for line ${directoryNumber} saved.`),
      }
    },
    services: {
      region: services,
      item: (name: string) => services.getByRole('listitem').filter({ hasText: name }),
      choose: (name: string) => services.getByLabel('Service', { exact: true }).selectOption({ label: name }),
      parameter: (name: string) => services.getByLabel(name, { exact: true }),
      add: services.getByRole('button', { name: 'Add service' }),
      remove: (name: string) => services.getByRole('button', { name: `Remove ${name}` }),
      /** The dialog that asks before removing; its Remove button. */
      confirmRemove: (name: string) =>
        page.getByRole('alertdialog', { name: `Remove ‘${name}’?` }).getByRole('button', { name: 'Remove' }),
    },
  }
}
