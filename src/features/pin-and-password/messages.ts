/** Every string of the PIN and password page (messages reuse the field's label and never say "invalid"). */
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
  phone: {
    title: 'Phone PIN',
    lede: 'Your phone PIN lets you sign in to shared desk phones (extension mobility), use phone services and join meetings. It isn’t your voicemail PIN.',
    newLabel: 'New phone PIN',
    confirmLabel: 'Confirm new phone PIN',
    button: 'Change phone PIN',
    pending: 'Changing phone PIN…',
    enter: 'Enter your new phone PIN',
    confirmEnter: 'Enter your new phone PIN again to confirm it',
    success: 'Phone PIN changed. Use it the next time your phone asks for a PIN.',
    notChanged: 'Your phone PIN wasn’t changed',
    unsure: {
      title: 'Your phone PIN may already be changed',
      note: 'For your security, the fields have been cleared. Try your new PIN on your phone before changing it again.',
    },
    area: 'PIN',
    policyHidden:
      'Your administrator manages your phone PIN, so you can’t change it here. If you need a new one, call the helpdesk.',
  },
  voicemail: {
    title: 'Voicemail PIN',
    lede: 'Your voicemail PIN is what you enter to listen to your messages from any phone. It isn’t your phone PIN.',
    newLabel: 'New voicemail PIN',
    confirmLabel: 'Confirm new voicemail PIN',
    button: 'Change voicemail PIN',
    pending: 'Changing voicemail PIN…',
    enter: 'Enter your new voicemail PIN',
    confirmEnter: 'Enter your new voicemail PIN again to confirm it',
    success: 'Voicemail PIN changed. Use it the next time you call voicemail.',
    notChanged: 'Your voicemail PIN wasn’t changed',
    unsure: {
      title: 'Your voicemail PIN may already be changed',
      note: 'For your security, the fields have been cleared. Try your new PIN when you next call voicemail before changing it again.',
    },
    area: 'VM',
    policyHidden: '',
  },
} as const

export const pinRuleText = {
  digits: 'Numbers 0 to 9 only',
  length: `${PIN_MIN} to ${PIN_MAX} digits`,
  notRepeated: 'Not the same digit repeated, like 1111',
  notSequence: 'Not a sequence, like 12345 or 54321',
} as const

export const passwordRuleText = {
  length: `${PASSWORD_MIN} to ${PASSWORD_MAX} characters`,
  notUserId: 'Not your user ID',
} as const

export function pinProblemMessage(problem: PinProblem, kind: PinKind): string {
  switch (problem) {
    case 'empty':
      return pinText[kind].enter
    case 'notDigits':
      return 'PIN must only include numbers 0 to 9'
    case 'tooShort':
      return `PIN must be at least ${PIN_MIN} digits`
    case 'tooLong':
      return `PIN must be ${PIN_MAX} digits or less`
    case 'repeated':
      return 'PIN can’t be a repeated digit like 1111'
    case 'sequence':
      return 'PIN can’t be a sequence like 12345 or 54321'
  }
}

export function passwordProblemMessage(problem: PasswordProblem): string {
  switch (problem) {
    case 'empty':
      return 'Enter your new password'
    case 'control':
      return 'Password can’t include control characters'
    case 'tooShort':
      return `Password must be at least ${PASSWORD_MIN} characters`
    case 'tooLong':
      return `Password must be ${PASSWORD_MAX} characters or less`
    case 'userId':
      return 'Password can’t be your user ID'
  }
}

export const m = {
  title: 'PIN and password',
  lede: 'Change the PINs you use on your phones and for voicemail, and the password you sign in with.',
  rulesTitle: 'Your new PIN must be:',
  passwordRulesTitle: 'Your new password must be:',
  ruleMet: 'done',
  ruleNotMet: 'not yet',
  allRulesMet: 'All the rules are met',
  rulesStillNeeded: (rules: string[]) => `Still needed: ${rules.join('; ')}`,
  pinMismatch: 'The PINs don’t match – enter the same PIN in both fields',
  passwordMismatch: 'The passwords don’t match – enter the same password in both fields',

  password: {
    title: 'Portal password',
    lede: 'Your portal password signs you in to this portal and to your phone apps, such as Jabber.',
    newLabel: 'New password',
    confirmLabel: 'Confirm new password',
    hint: 'Pasting and password managers are fine.',
    button: 'Change portal password',
    pending: 'Changing portal password…',
    confirmEnter: 'Enter your new password again to confirm it',
    success:
      'Portal password changed. You’re still signed in. Use the new password the next time you sign in here, and in your phone apps such as Jabber – they use the same password.',
    notChanged: 'Your portal password wasn’t changed',
    unsure: {
      title: 'Your new portal password may already be in use',
      note: 'For your security, the fields have been cleared. You’re still signed in: the portal finds out which password the phone system accepts, without risking a lockout, and tells you. Until then, don’t change it again or type it into your phone apps.',
      retry: false,
    },
    area: 'PW',
    ldap: 'Your password is your network password – change it the usual way at your organisation.',
    policyHidden:
      'Your administrator manages your portal password, so you can’t change it here. If you need to change it, call the helpdesk.',
  },

  /** After a request ended without a change: the typed values are cleared on purpose. */
  clearedNote: 'For your security, the fields have been cleared.',
  serverSaid: 'The phone system said:',
  voicemailSaid: 'The voicemail system said:',
  refused: (what: string) => `${what}.`,

  voicemail: {
    notConfigured:
      'You can’t change your voicemail PIN here, because this portal isn’t connected to the voicemail system. To change it, call voicemail from your phone and follow the options, or call the helpdesk.',
    checking: 'Checking the voicemail system…',
    unreachable:
      'We couldn’t reach the voicemail system, so you can’t change your voicemail PIN at the moment. Try again in a few minutes, or change it by calling voicemail from your phone.',
    busy: 'The voicemail system is busy at the moment, so you can’t change your voicemail PIN right now. Try again in a few minutes.',
    retryCheck: 'Check again',
    checkingAgain: 'Checking…',
    passwordTitle: 'Sign in to voicemail',
    passwordWhy: 'The voicemail system (Unity Connection) didn’t accept your portal password.',
    passwordIntro:
      'Enter your voicemail password to change your voicemail PIN. It’s the password for the voicemail web inbox – not your PIN. We only use it for this section and forget it when you sign out.',
    passwordLabel: 'Voicemail password',
    passwordEnter: 'Enter your voicemail password',
    passwordWrong: 'Your voicemail password is incorrect',
    passwordLockWarning:
      'After several wrong attempts your voicemail account may be locked for a while. If you’re not sure of the password, call the helpdesk.',
    passwordButton: 'Sign in to voicemail',
    passwordPending: 'Checking…',
    passwordAccepted: 'Signed in to voicemail. Now enter your new voicemail PIN.',
    askAgainAfterPut:
      'Your voicemail PIN wasn’t changed, because the voicemail system didn’t accept your portal password.',
    passwordProblem: 'We couldn’t reach the voicemail system. Try again in a minute.',
  },

  history: {
    title: 'Sign-in history',
    never: 'There’s no record of an earlier sign-in.',
    ifNotYou: 'If this wasn’t you, change your password and tell the helpdesk.',
    loading: 'Loading your sign-in history…',
    failed: 'We couldn’t load your sign-in history.',
    retry: 'Try again',
  },

  readOnlyTitle: 'Your settings are managed on another phone system',
  readOnly: (host: string | null) =>
    `You can’t change your PINs or password here, because they can only be changed on your home phone system${host ? ` (${host})` : ''}. Ask your helpdesk for the right address.`,
}

/** "2 failed attempts since" / "no failed attempts since". */
export function failuresText(n: number): string {
  if (n === 0) return 'no failed attempts since'
  return `${n} failed attempt${n === 1 ? '' : 's'} since`
}
