/** Wording of the shared copy buttons ("Link to this setting"). */
import { t } from '@lingui/core/macro'
export const copyMessages = {
  get linkTo() {
    return t`Link to this setting`
  },
  /** After the words, for screen readers: which setting ("… – Change forwarding"). */
  linkToWhat: (what: string) => t` – ${what}`,
  get linkCopied() {
    return t`Link copied`
  },
  linkRefused: (url: string) => t`Your browser didn’t allow copying. The link is ${url}`,
}
