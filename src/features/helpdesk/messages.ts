/** The helpdesk buttons ("Copy summary for the helpdesk", "Print settings") and the print view, in words. */
import { t } from '@lingui/core/macro'

export const helpdeskMessages = {
  get menu() {
    return t`For the helpdesk`
  },
  get copy() {
    return t`Copy summary for the helpdesk`
  },
  get copying() {
    return t`Reading your settings…`
  },
  get copied() {
    return t`Summary copied. Paste it into your message to the helpdesk.`
  },
  get copyRefused() {
    return t`Your browser didn’t allow copying. Open “Print settings” to see the summary instead.`
  },
  get print() {
    return t`Print settings`
  },
  get printTitle() {
    return t`Your settings`
  },
  get printLede() {
    return t`Everything the helpdesk may ask about, on one page. No PIN or password is ever shown.`
  },
  get printButton() {
    return t({ message: 'Print', context: 'button' })
  },
  get printBack() {
    return t`Back to Profile`
  },
  get reading() {
    return t`Reading your settings…`
  },
}
