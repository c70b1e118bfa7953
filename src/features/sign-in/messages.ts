export const signInMessages = {
  heading: 'Sign in to your phone settings',
  lede: 'Change how your phone works: forwarding, do not disturb, speed dials and more.',
  userIdLabel: 'User ID',
  userIdHint: 'The user ID you use for your phone or Jabber, for example jsmith',
  passwordLabel: 'Password',
  button: 'Sign in',
  pending: 'Signing in…',
  enterUserId: 'Enter your user ID',
  enterPassword: 'Enter your password',
  incorrect: 'Your user ID or password is incorrect',
  lockoutHint:
    "After several wrong attempts your account may be locked for a while. If you still can't sign in, call the helpdesk.",
  unreachableTitle: "We couldn't reach the phone system from this page",
  unreachable: 'The phone system may be down, or your network may be blocking it. Try again in a minute.',
  cors: 'The phone system is running, but it is not set up to accept this portal yet.',
  corsAdmin: (origin: string) =>
    `Ask your administrator to add ${origin} to the phone system's Cross-Origin Resource Sharing (CORS) list (Cisco Unified CM Administration: System → Cross-Origin Resource Sharing).`,
  busy: 'The phone system is busy at the moment. Try again in a minute.',
  // 429 from the portal's reverse proxy (deploy/nginx): too many attempts from this computer.
  tooMany:
    'Too many sign-in attempts have come from this computer in a short time. Wait a minute, then try again.',
  server: 'The phone system had a problem. Try again in a minute.',
  checkLink: 'Check the connection',
  checkText: 'to see which part is not working.',
  signedOut: 'You have signed out.',
  cancelled: "You're signed out. Your changes haven't been saved.",
  reloaded: 'Sign in again to continue – your unsaved changes on this tab are kept.',
}
