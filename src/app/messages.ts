/** Words of the portal's frame: header, navigation, footer, and the pages for when things go wrong. */
import { t } from '@lingui/core/macro'
import type { NavGroup } from './routes.ts'

export const appMessages = {
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
  get thisPage() {
    return t`this page`
  },
  pageSettings: (page: string) => t`your settings for ${page}`,
  get printSettings() {
    return t`Print settings`
  },
  // The page for an address that doesn't exist
  get notFoundTitle() {
    return t`Page not found`
  },
  get notFound() {
    return t`If you typed the web address, check it is correct. If you pasted it, check you copied the whole address.`
  },
  // The last resort
  get wrongTitle() {
    return t`Something went wrong`
  },
  get wrongHeading() {
    return t`Sorry, something went wrong`
  },
  get notDownloaded() {
    return t`This page could not be downloaded. Check your connection, then reload the page. Your saved settings are not affected.`
  },
  get reload() {
    return t`Reload the portal`
  },
  // config.json missing or wrong
  get configTitle() {
    return t`Phone settings isn't set up yet`
  },
  get configHelp() {
    return t`If you are a user, contact your helpdesk. If you look after this portal, fix the file next to index.html:`
  },
}
