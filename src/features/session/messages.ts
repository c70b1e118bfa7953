/** Strings of the session's own messages (the re-sign-in dialog and what it finds out). */
import { t } from '@lingui/core/macro'
export const sessionMessages = {
  get passwordNowNew() {
    return t`Your password change went through: your new portal password is in use. Use it from now on, here and in your phone apps such as Jabber.`
  },
  get passwordNowOld() {
    return t`Your password change hasn’t gone through: the phone system still accepts your old portal password, so keep using it. If the change goes through later, this message will say so; otherwise you can try again on the PIN and password page.`
  },
  get dismiss() {
    return t`OK`
  },
  get incorrect() {
    return t`Your password is incorrect`
  },
  get unreachable() {
    return t`We couldn't reach the phone system. Try again in a minute.`
  },
  get signedIn() {
    return t`Signed in.`
  },
  get signedInSaving() {
    return t`Signed in. Saving your changes…`
  },
  get title() {
    return t`Sign in again to save your changes`
  },
  get passwordUncertain() {
    return t`We couldn’t find out whether your password change went through: the phone system accepts neither password right now. Your password is either your old one or the new one you chose. Your changes on this page are kept.`
  },
  get needPassword() {
    return t`For your security, the phone system needs your password again – it may have been changed somewhere else, such as in Jabber. Your changes on this page are kept.`
  },
  get lockWarning() {
    return t`Several wrong passwords lock your account, so if you’re not sure of it, call the helpdesk.`
  },
  get notYou() {
    return t`Not you? Sign out`
  },
  get formLabel() {
    return t`Sign in again`
  },
  get password() {
    return t`Password`
  },
  get enterPassword() {
    return t`Enter your password`
  },
  get notSure() {
    return t`If you’re not sure of your password, stop here and call the helpdesk: another wrong one could lock your account.`
  },
  get signingIn() {
    return t`Signing in…`
  },
  get signIn() {
    return t`Sign in`
  },
  get cancel() {
    return t`Cancel and sign out`
  },
}
