/**
 * Every string of the Do not disturb page and the notice shown on every page while it is on, as
 * messages in the catalogs (lingui.config.ts): read in the active language each time they are used.
 */
import { t } from '@lingui/core/macro'

export const dndMessages = {
  get title() {
    return t`Do not disturb`
  },
  get switchLabel() {
    return t`Do not disturb`
  },
  get description() {
    return t`Your phones won't ring. Callers hear busy or go to voicemail, depending on your system.`
  },
  get turningOn() {
    return t`Turning on…`
  },
  get turningOff() {
    return t`Turning off…`
  },
  get isOn() {
    return t`Do not disturb is on`
  },
  get isOff() {
    return t`Do not disturb is off`
  },
  notTurned: (on: boolean) =>
    on ? t`Do not disturb wasn't turned on.` : t`Do not disturb wasn't turned off.`,
  maybeTurned: (on: boolean) =>
    on ? t`Do not disturb may already be on.` : t`Do not disturb may already be off.`,
  helpdesk: (code: string) => t`If it keeps happening, call the helpdesk and quote ${code}.`,
  get tryAgain() {
    return t`Try again`
  },
  get phonesTitle() {
    return t`Phones it applies to`
  },
  get phonesHint() {
    return t`While it is on, these phones show DND on their screen.`
  },
  get noPhones() {
    return t`You don't have any desk phones or soft phones, so there is nothing to silence.`
  },
  get stateOn() {
    return t({ message: 'On', context: 'Do not disturb is' })
  },
  get stateOff() {
    return t({ message: 'Off', context: 'Do not disturb is' })
  },
  // Read-only
  get readOnlyTitle() {
    return t`Your settings are managed on another phone system`
  },
  readOnly: (host: string | null) =>
    host
      ? t`You can see whether do not disturb is on here, but it can only be changed on your home phone system (${host}). Ask your helpdesk for the right address.`
      : t`You can see whether do not disturb is on here, but it can only be changed on your home phone system. Ask your helpdesk for the right address.`,
  // The notice on every page
  get notice() {
    return t`Do not disturb is on — your phones won’t ring`
  },
  get turnOff() {
    return t`Turn off`
  },
  get turnedOff() {
    return t`Do not disturb is off — your phones will ring again.`
  },
}
