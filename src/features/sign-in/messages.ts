import { t } from '@lingui/core/macro'
import { isolate, ltr } from '../../i18n/format.ts'
export const signInMessages = {
  get heading() {
    return t`Sign in to your phone settings`
  },
  get lede() {
    return t`Change how your phone works: forwarding, do not disturb, speed dials and more.`
  },
  get userIdLabel() {
    return t`User ID`
  },
  get userIdHint() {
    return t`The user ID you use for your phone or Jabber, for example jsmith`
  },
  get passwordLabel() {
    return t`Password`
  },
  get button() {
    return t`Sign in`
  },
  get pending() {
    return t`Signing in…`
  },
  get enterUserId() {
    return t`Enter your user ID`
  },
  get enterPassword() {
    return t`Enter your password`
  },
  get incorrect() {
    return t`Your user ID or password is incorrect`
  },
  get lockoutHint() {
    return t`After several wrong attempts your account may be locked for a while. If you still can't sign in, call the helpdesk.`
  },
  get unreachableTitle() {
    return t`We couldn't reach the phone system from this page`
  },
  get unreachable() {
    return t`The phone system may be down, or your network may be blocking it. Try again in a minute.`
  },
  get cors() {
    return t`The phone system is running, but it is not set up to accept this portal yet.`
  },
  corsAdmin: (origin: string) =>
    t`Ask your administrator to add ${origin} to the phone system's Cross-Origin Resource Sharing (CORS) list (Cisco Unified CM Administration: System → Cross-Origin Resource Sharing).`,
  get busy() {
    return t`The phone system is busy at the moment. Try again in a minute.`
  },
  // 429 from the portal's reverse proxy (deploy/nginx): too many attempts from this computer.
  get tooMany() {
    return t`Too many sign-in attempts have come from this computer in a short time. Wait a minute, then try again.`
  },
  get server() {
    return t`The phone system had a problem. Try again in a minute.`
  },
  forgotten: (phone: string, helpdeskHours?: string | null) => {
    const number = ltr(phone)
    const hours = helpdeskHours ? isolate(helpdeskHours) : ''
    return hours
      ? t`Forgotten your password? Call the helpdesk on ${number} (${hours}).`
      : t`Forgotten your password? Call the helpdesk on ${number}.`
  },
  get detailsTitle() {
    return t`Details for your helpdesk`
  },
  get detailsCode() {
    return t`Code`
  },
  get detailsWhat() {
    return t`What happened`
  },
  get detailsOrigin() {
    return t`Portal origin to allow`
  },
  get whatCors() {
    return t`The phone system answered, but its CORS allow-list does not include this portal.`
  },
  get whatUnreachable() {
    return t`No answer from the phone system.`
  },
  whatAnswered: (status: string) => t`The phone system answered ${status}.`,
  get signedOut() {
    return t`You have signed out.`
  },
  get cancelled() {
    return t`You're signed out. Your changes haven't been saved.`
  },
  get reloaded() {
    return t`Sign in again to continue – your unsaved changes on this tab are kept.`
  },
}
