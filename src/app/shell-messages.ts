/**
 * Words of the signed-in portal's frame: header, navigation, footer (in the pages catalog, downloaded
 * with the signed-in code).
 */
import { t } from '@lingui/core/macro'
import type { NavGroup } from './routes.ts'

export const shellMessages = {
  get skipLink() {
    return t`Skip to main content`
  },
  helpdeskLink: (phone: string) => t`Helpdesk ${phone}`,
  get signedInAs() {
    return t`Signed in as`
  },
  get signOut() {
    return t`Sign out`
  },
  get menu() {
    return t`Menu`
  },
  get offline() {
    return t`You're offline. We'll reconnect when your connection is back; nothing you've typed is lost.`
  },
  get needHelp() {
    return t`Need help? Contact your helpdesk.`
  },
  get navLabel() {
    return t`Settings`
  },
  navGroup: (group: NavGroup) =>
    ({
      calls: t`Your calls`,
      phones: t`Your phones`,
      people: t`People`,
      account: t`Your account`,
    })[group],
  loading: (page: string) => t`Loading ${page}…`,
  loadFailed: (page: string) => t`Sorry, we couldn't load your settings for ${page}`,
  get printSettings() {
    return t`Print settings`
  },
}
