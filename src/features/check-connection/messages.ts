import { plural, t } from '@lingui/core/macro'
import type { CheckId, Verdict } from './checks.ts'

export const checkMessages = {
  get title() {
    return t`Check connection`
  },
  get lede() {
    return t`See which part of the path from this page to your phone system works. No password is sent before you sign in.`
  },
  get signedInLede() {
    return t`See which part of the path from this page to your phone system works, including your sign-in.`
  },
  get runAgain() {
    return t`Run the checks again`
  },
  get running() {
    return t({ message: 'Checking…', context: 'a connection check' })
  },
  get copy() {
    return t`Copy results`
  },
  get copied() {
    return t`Results copied`
  },
  get copyRefused() {
    return t`Your browser did not allow copying. Read the results above to the helpdesk instead.`
  },
  done: (problems: number) =>
    problems === 0
      ? t`All checks passed.`
      : plural(problems, {
          one: 'Checks finished: # problem found.',
          other: 'Checks finished: # problems found.',
        }),
  get back() {
    return t`Back to your settings`
  },
  get signIn() {
    return t`Go to sign in`
  },
  get signInAgain() {
    return t`Sign in again`
  },
  get titles() {
    return {
      files: t`This portal's files and settings`,
      phoneSystem: t`The phone system answers`,
      cors: t`The phone system accepts this portal`,
      voicemail: t`The voicemail server answers`,
      homeCluster: t`Your account is on this phone system`,
      credentials: t`Your sign-in is accepted`,
    } satisfies Record<CheckId, string>
  },
  get verdictWord() {
    return {
      ok: t({ message: 'OK', context: 'result of a connection check' }),
      problem: t({ message: 'Problem', context: 'result of a connection check' }),
      skipped: t({ message: 'Not checked', context: 'result of a connection check' }),
    } satisfies Record<Verdict, string>
  },
  get notRun() {
    return t`Not run`
  },
  get waiting() {
    return t({ message: 'Waiting', context: 'a connection check not started yet' })
  },
  get codeLabel() {
    return t({ message: 'Code', context: 'helpdesk code of a check' })
  },
  /** How long a check took: "120 ms". */
  duration: (ms: number) => t`${ms} ms`,
  /** A line of the copied results: "Portal: https://…". */
  labelled: (name: string, value: string) =>
    t({ message: `${name}: ${value}`, context: 'a label and its value' }),
  get filesOk() {
    return t`The portal's settings (config.json) load.`
  },
  get filesProblem() {
    return t`The portal's settings file (config.json) can't be read. Reload the page; if this stays, the web server needs attention.`
  },
  phoneSystemOk: (release: string) => t`Cisco Unified CM ${release} answers.`,
  get phoneSystemNoAnswer() {
    return t`No answer. The phone system may be down, your network may block it, or it does not accept this portal (see the next check).`
  },
  get phoneSystemSlow() {
    return t`No answer in time. The phone system or the network is slow; try again in a minute.`
  },
  get phoneSystemBusy() {
    return t`The phone system is busy at the moment (it answered 503). Try again in a minute.`
  },
  get phoneSystemError() {
    return t`The phone system answered with an error. Your administrator can check its User Data Services.`
  },
  corsOk: (origin: string) => t`It accepts requests from this portal (${origin}).`,
  corsProblem: (origin: string) =>
    t`The phone system is running but does not accept this portal. Your administrator adds ${origin} to its Cross-Origin Resource Sharing (CORS) list (Cisco Unified CM Administration: System → Cross-Origin Resource Sharing).`,
  get corsUnknown() {
    return t`Can't tell while the phone system gives no answer at all.`
  },
  get voicemailOk() {
    return t`Unity Connection answers.`
  },
  get voicemailNotSetUp() {
    return t`This portal isn't set up to change voicemail settings.`
  },
  voicemailCors: (origin: string) =>
    t`Unity Connection is running but does not accept this portal. Your administrator adds ${origin} to its CORS settings.`,
  get voicemailNoAnswer() {
    return t`No answer from Unity Connection. Changing your voicemail PIN may not work now.`
  },
  get needsPhoneSystem() {
    return t`Needs an answer from the phone system first.`
  },
  homeOk: (host: string | null) =>
    host ? t`Your account's home is ${host}.` : t`Your account was found on this phone system.`,
  get homeNotFound() {
    return t`This phone system does not know your user ID. Call your helpdesk.`
  },
  get homeError() {
    return t`The phone system couldn't say where your account lives.`
  },
  get credentialsOk() {
    return t`The phone system accepts your sign-in.`
  },
  get credentialsRefused() {
    return t`The phone system refused your password; it may have changed. Sign in again.`
  },
  get credentialsExpired() {
    return t`Your sign-in has expired or was refused. Sign in again; nothing was sent.`
  },
  get credentialsUnknown() {
    return t`The phone system didn't confirm your sign-in. Try again in a minute.`
  },
  get textHeading() {
    return t`Connection check`
  },
  get textPortal() {
    return t({ message: 'Portal', context: 'the web address of the portal, in copied check results' })
  },
  get textUser() {
    return t`User ID`
  },
  get textChecked() {
    return t({ message: 'Checked', context: 'time the checks ran, in copied check results' })
  },
}
