/** Words of the shared components and the portal's frame, as catalog messages (read when used). */
import { t } from '@lingui/core/macro'

export const uiMessages = {
  get productName() {
    return t`Phone settings`
  },
  documentTitle: (title: string, productName: string) => t`${title} – ${productName}`,
  errorTitle: (title: string) => t`Error: ${title}`,
  get errorPrefix() {
    return t`Error:`
  },
  get back() {
    return t({ message: 'Back', context: 'link to the previous page' })
  },
  show: (what: string) => t`Show ${what}`,
  hide: (what: string) => t`Hide ${what}`,
  get showButton() {
    return t({ message: 'Show', context: 'reveal a password' })
  },
  get hideButton() {
    return t({ message: 'Hide', context: 'mask a password' })
  },
  get pinVisible() {
    return t`Your PIN is visible`
  },
  get passwordVisible() {
    return t`Your password is visible`
  },
  get pin() {
    return t({ message: 'PIN', context: 'a secret number' })
  },
  get password() {
    return t`password`
  },
  get on() {
    return t({ message: 'On', context: 'switch state' })
  },
  get off() {
    return t({ message: 'Off', context: 'switch state' })
  },
  get leaveTitle() {
    return t`Leave without saving?`
  },
  get notSaved() {
    return t`You haven't saved your changes. If you leave this page, they will be lost.`
  },
  get stay() {
    return t`Stay on this page`
  },
  get leave() {
    return t`Leave without saving`
  },
  get language() {
    return t`Language`
  },
  get languageFailed() {
    return t`The language couldn’t be changed: check your connection and try again.`
  },
  get thereIsAProblem() {
    return t`There is a problem`
  },
}
