/**
 * Every string of the PIN and password page (messages reuse the field's label and never say
 * "invalid"), as catalog messages read in the active language each time they are used.
 */
import { plural, t } from '@lingui/core/macro'
import {
  PASSWORD_MAX,
  PASSWORD_MIN,
  PIN_MAX,
  PIN_MIN,
  type PasswordProblem,
  type PinProblem,
} from './rules.ts'

export type PinKind = 'phone' | 'voicemail'

export const pinText = {
  get phone() {
    return {
      get title() {
        return t`Phone PIN`
      },
      get lede() {
        return t`Your phone PIN lets you sign in to shared desk phones (extension mobility), use phone services and join meetings. It isn’t your voicemail PIN.`
      },
      get newLabel() {
        return t`New phone PIN`
      },
      get confirmLabel() {
        return t`Confirm new phone PIN`
      },
      get button() {
        return t`Change phone PIN`
      },
      get pending() {
        return t`Changing phone PIN…`
      },
      get enter() {
        return t`Enter your new phone PIN`
      },
      get confirmEnter() {
        return t`Enter your new phone PIN again to confirm it`
      },
      get success() {
        return t`Phone PIN changed. Use it the next time your phone asks for a PIN.`
      },
      get notChanged() {
        return t`Your phone PIN wasn’t changed`
      },
      unsure: {
        get title() {
          return t`Your phone PIN may already be changed`
        },
        get note() {
          return t`For your security, the fields have been cleared. Try your new PIN on your phone before changing it again.`
        },
      },
      area: 'PIN',
      get policyHidden() {
        return t`Your administrator manages your phone PIN, so you can’t change it here. If you need a new one, call the helpdesk.`
      },
    }
  },
  get voicemail() {
    return {
      get title() {
        return t`Voicemail PIN`
      },
      get lede() {
        return t`Your voicemail PIN is what you enter to listen to your messages from any phone. It isn’t your phone PIN.`
      },
      get newLabel() {
        return t`New voicemail PIN`
      },
      get confirmLabel() {
        return t`Confirm new voicemail PIN`
      },
      get button() {
        return t`Change voicemail PIN`
      },
      get pending() {
        return t`Changing voicemail PIN…`
      },
      get enter() {
        return t`Enter your new voicemail PIN`
      },
      get confirmEnter() {
        return t`Enter your new voicemail PIN again to confirm it`
      },
      get success() {
        return t`Voicemail PIN changed. Use it the next time you call voicemail.`
      },
      get notChanged() {
        return t`Your voicemail PIN wasn’t changed`
      },
      unsure: {
        get title() {
          return t`Your voicemail PIN may already be changed`
        },
        get note() {
          return t`For your security, the fields have been cleared. Try your new PIN when you next call voicemail before changing it again.`
        },
      },
      area: 'VM',
      policyHidden: '',
    }
  },
}

export const pinRuleText = {
  get digits() {
    return t`Numbers 0 to 9 only`
  },
  get length() {
    const min = PIN_MIN
    return plural(PIN_MAX, { one: `${min} to # digit`, other: `${min} to # digits` })
  },
  get notRepeated() {
    return t`Not the same digit repeated, like 1111`
  },
  get notSequence() {
    return t`Not a sequence, like 12345 or 54321`
  },
}

export const passwordRuleText = {
  get length() {
    const min = PASSWORD_MIN
    return plural(PASSWORD_MAX, { one: `${min} to # character`, other: `${min} to # characters` })
  },
  get notUserId() {
    return t`Not your user ID`
  },
}

export function pinProblemMessage(problem: PinProblem, kind: PinKind): string {
  switch (problem) {
    case 'empty':
      return pinText[kind].enter
    case 'notDigits':
      return t`PIN must only include numbers 0 to 9`
    case 'tooShort':
      return plural(PIN_MIN, { one: 'PIN must be at least # digit', other: 'PIN must be at least # digits' })
    case 'tooLong':
      return plural(PIN_MAX, { one: 'PIN must be # digit or less', other: 'PIN must be # digits or less' })
    case 'repeated':
      return t`PIN can’t be a repeated digit like 1111`
    case 'sequence':
      return t`PIN can’t be a sequence like 12345 or 54321`
  }
}

export function passwordProblemMessage(problem: PasswordProblem): string {
  switch (problem) {
    case 'empty':
      return t`Enter your new password`
    case 'control':
      return t`Password can’t include control characters`
    case 'tooShort':
      return plural(PASSWORD_MIN, {
        one: 'Password must be at least # character',
        other: 'Password must be at least # characters',
      })
    case 'tooLong':
      return plural(PASSWORD_MAX, {
        one: 'Password must be # character or less',
        other: 'Password must be # characters or less',
      })
    case 'userId':
      return t`Password can’t be your user ID`
  }
}

export const m = {
  get title() {
    return t`PIN and password`
  },
  get lede() {
    return t`Change the PINs you use on your phones and for voicemail, and the password you sign in with.`
  },
  get rulesTitle() {
    return t`Your new PIN must be:`
  },
  get passwordRulesTitle() {
    return t`Your new password must be:`
  },
  get ruleMet() {
    return t({ message: 'done', context: 'a PIN or password rule is met' })
  },
  get ruleNotMet() {
    return t({ message: 'not yet', context: 'a PIN or password rule is met' })
  },
  get allRulesMet() {
    return t`All the rules are met`
  },
  rulesStillNeeded: (rules: string[]) => {
    // Not a comma: a rule may contain one ("Not a sequence, like 12345 or 54321").
    const list = rules.join(t({ message: '; ', comment: 'Between the PIN or password rules still needed' }))
    return t`Still needed: ${list}`
  },
  get pinMismatch() {
    return t`The PINs don’t match – enter the same PIN in both fields`
  },
  get passwordMismatch() {
    return t`The passwords don’t match – enter the same password in both fields`
  },

  get password() {
    return {
      get title() {
        return t`Portal password`
      },
      get lede() {
        return t`Your portal password signs you in to this portal and to your phone apps, such as Jabber.`
      },
      get newLabel() {
        return t`New password`
      },
      get confirmLabel() {
        return t`Confirm new password`
      },
      get hint() {
        return t`Pasting and password managers are fine.`
      },
      get button() {
        return t`Change portal password`
      },
      get pending() {
        return t`Changing portal password…`
      },
      get confirmEnter() {
        return t`Enter your new password again to confirm it`
      },
      get success() {
        return t`Portal password changed. You’re still signed in. Use the new password the next time you sign in here, and in your phone apps such as Jabber – they use the same password.`
      },
      get notChanged() {
        return t`Your portal password wasn’t changed`
      },
      unsure: {
        get title() {
          return t`Your new portal password may already be in use`
        },
        get note() {
          return t`For your security, the fields have been cleared. You’re still signed in: the portal finds out which password the phone system accepts, without risking a lockout, and tells you. Until then, don’t change it again or type it into your phone apps.`
        },
        retry: false,
      },
      area: 'PW',
      get ldap() {
        return t`Your password is your network password – change it the usual way at your organisation.`
      },
      get policyHidden() {
        return t`Your administrator manages your portal password, so you can’t change it here. If you need to change it, call the helpdesk.`
      },
    }
  },

  /** After a request ended without a change: the typed values are cleared on purpose. */
  get clearedNote() {
    return t`For your security, the fields have been cleared.`
  },
  /** The server's own reason for refusing a new PIN or password, quoted. */
  serverSaid: (reason: string) => t`The phone system said: “${reason}”`,
  voicemailSaid: (reason: string) => t`The voicemail system said: “${reason}”`,
  /** A refusal: the field's "wasn't changed" sentence, then why (serverSaid or voicemailSaid). */
  notChangedBecause: (notChanged: string, why: string) =>
    t({
      message: `${notChanged}. ${why}`,
      comment: 'Two sentences: “Your phone PIN wasn’t changed” and the reason',
    }),
  notChangedNoReason: (notChanged: string, code: string) =>
    t`${notChanged}. The system didn’t accept it – try a different one, or call the helpdesk (code ${code})`,

  get voicemail() {
    return {
      get notConfigured() {
        return t`You can’t change your voicemail PIN here, because this portal isn’t connected to the voicemail system. To change it, call voicemail from your phone and follow the options, or call the helpdesk.`
      },
      get checking() {
        return t`Checking the voicemail system…`
      },
      get unreachable() {
        return t`We couldn’t reach the voicemail system, so you can’t change your voicemail PIN at the moment. Try again in a few minutes, or change it by calling voicemail from your phone.`
      },
      get busy() {
        return t`The voicemail system is busy at the moment, so you can’t change your voicemail PIN right now. Try again in a few minutes.`
      },
      get retryCheck() {
        return t`Check again`
      },
      get checkingAgain() {
        return t`Checking…`
      },
      get passwordTitle() {
        return t`Sign in to voicemail`
      },
      get passwordWhy() {
        return t`The voicemail system (Unity Connection) didn’t accept your portal password.`
      },
      get passwordIntro() {
        return t`Enter your voicemail password to change your voicemail PIN. It’s the password for the voicemail web inbox – not your PIN. We only use it for this section and forget it when you sign out.`
      },
      get passwordLabel() {
        return t`Voicemail password`
      },
      get passwordEnter() {
        return t`Enter your voicemail password`
      },
      get passwordWrong() {
        return t`Your voicemail password is incorrect`
      },
      get passwordLockWarning() {
        return t`After several wrong attempts your voicemail account may be locked for a while. If you’re not sure of the password, call the helpdesk.`
      },
      get passwordButton() {
        return t`Sign in to voicemail`
      },
      get passwordPending() {
        return t`Checking…`
      },
      get passwordAccepted() {
        return t`Signed in to voicemail. Now enter your new voicemail PIN.`
      },
      get askAgainAfterPut() {
        return t`Your voicemail PIN wasn’t changed, because the voicemail system didn’t accept your portal password.`
      },
      get passwordProblem() {
        return t`We couldn’t reach the voicemail system. Try again in a minute.`
      },
    }
  },

  get history() {
    return {
      get title() {
        return t`Sign-in history`
      },
      get never() {
        return t`There’s no record of an earlier sign-in.`
      },
      get ifNotYou() {
        return t`If this wasn’t you, change your password and tell the helpdesk.`
      },
      get loading() {
        return t`Loading your sign-in history…`
      },
      get failed() {
        return t`We couldn’t load your sign-in history.`
      },
      get retry() {
        return t`Try again`
      },
      get retrying() {
        return t`Trying again…`
      },
      /** "Last signed in 12 March 2026 at 9:14am", from an address when known. */
      last: (date: string, time: string, address: string) =>
        address ? t`Last signed in ${date} at ${time} from ${address}` : t`Last signed in ${date} at ${time}`,
    }
  },

  get readOnlyHeading() {
    return t`What you can change on your home phone system`
  },
  /** Completes the leave guard's "You haven't saved …" (the guard's own sentence). */
  get unsavedMessage() {
    return t({
      message: `You haven't saved your new PIN or password. If you leave this page, they will be lost.`,
      comment: 'Asked before leaving a page with unsaved changes',
    })
  },
  get readOnlyTitle() {
    return t`Your settings are managed on another phone system`
  },
  readOnly: (host: string | null) =>
    host
      ? t`You can’t change your PINs or password here, because they can only be changed on your home phone system (${host}). Ask your helpdesk for the right address.`
      : t`You can’t change your PINs or password here, because they can only be changed on your home phone system. Ask your helpdesk for the right address.`,
}

/** "2 failed attempts since" / "no failed attempts since". */
export function failuresText(n: number): string {
  return plural(n, {
    0: 'no failed attempts since',
    one: '# failed attempt since',
    other: '# failed attempts since',
  })
}
