/**
 * Words of the pages for when things go wrong (an address that doesn't exist, a page that failed,
 * a missing config.json): in the first catalog, as they can show before sign-in.
 */
import { t } from '@lingui/core/macro'

export const appMessages = {
  get thisPage() {
    return t`this page`
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
