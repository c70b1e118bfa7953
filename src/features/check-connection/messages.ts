import type { CheckId, Verdict } from './checks.ts'

export const checkMessages = {
  title: 'Check connection',
  lede: 'See which part of the path from this page to your phone system works. No password is sent before you sign in.',
  signedInLede:
    'See which part of the path from this page to your phone system works, including your sign-in.',
  runAgain: 'Run the checks again',
  running: 'Checking…',
  copy: 'Copy results',
  copied: 'Results copied',
  copyRefused: 'Your browser did not allow copying. Read the results above to the helpdesk instead.',
  done: (problems: number) =>
    problems === 0
      ? 'All checks passed.'
      : problems === 1
        ? 'Checks finished: 1 problem found.'
        : `Checks finished: ${problems} problems found.`,
  back: 'Back to your settings',
  signIn: 'Go to sign in',
  signInAgain: 'Sign in again',
  titles: {
    files: "This portal's files and settings",
    phoneSystem: 'The phone system answers',
    cors: 'The phone system accepts this portal',
    voicemail: 'The voicemail server answers',
    homeCluster: 'Your account is on this phone system',
    credentials: 'Your sign-in is accepted',
  } satisfies Record<CheckId, string>,
  verdictWord: { ok: 'OK', problem: 'Problem', skipped: 'Not checked' } satisfies Record<Verdict, string>,
  notRun: 'Not run',
  waiting: 'Waiting',
  codeLabel: 'Code',
  filesOk: "The portal's settings (config.json) load.",
  filesProblem:
    "The portal's settings file (config.json) can't be read. Reload the page; if this stays, the web server needs attention.",
  phoneSystemOk: (release: string) => `Cisco Unified CM ${release} answers.`,
  phoneSystemNoAnswer:
    'No answer. The phone system may be down, your network may block it, or it does not accept this portal (see the next check).',
  phoneSystemSlow: 'No answer in time. The phone system or the network is slow; try again in a minute.',
  phoneSystemBusy: 'The phone system is busy at the moment (it answered 503). Try again in a minute.',
  phoneSystemError:
    'The phone system answered with an error. Your administrator can check its User Data Services.',
  corsOk: (origin: string) => `It accepts requests from this portal (${origin}).`,
  corsProblem: (origin: string) =>
    `The phone system is running but does not accept this portal. Your administrator adds ${origin} to its Cross-Origin Resource Sharing (CORS) list (Cisco Unified CM Administration: System → Cross-Origin Resource Sharing).`,
  corsUnknown: "Can't tell while the phone system gives no answer at all.",
  voicemailOk: 'Unity Connection answers.',
  voicemailNotSetUp: "This portal isn't set up to change voicemail settings.",
  voicemailCors: (origin: string) =>
    `Unity Connection is running but does not accept this portal. Your administrator adds ${origin} to its CORS settings.`,
  voicemailNoAnswer: 'No answer from Unity Connection. Changing your voicemail PIN may not work now.',
  needsPhoneSystem: 'Needs an answer from the phone system first.',
  homeOk: (host: string | null) =>
    host ? `Your account's home is ${host}.` : 'Your account was found on this phone system.',
  homeNotFound: 'This phone system does not know your user ID. Call your helpdesk.',
  homeError: "The phone system couldn't say where your account lives.",
  credentialsOk: 'The phone system accepts your sign-in.',
  credentialsRefused: 'The phone system refused your password; it may have changed. Sign in again.',
  credentialsExpired: 'Your sign-in has expired or was refused. Sign in again; nothing was sent.',
  credentialsUnknown: "The phone system didn't confirm your sign-in. Try again in a minute.",
  textHeading: 'Connection check',
  textPortal: 'Portal',
  textUser: 'User ID',
  textChecked: 'Checked',
}
