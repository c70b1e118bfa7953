/** Strings of the session's own messages (the re-sign-in dialog and what it finds out). */
export const sessionMessages = {
  passwordNowNew:
    'Your password change went through: your new portal password is in use. Use it from now on, here and in your phone apps such as Jabber.',
  passwordNowOld:
    'Your password change hasn’t gone through: the phone system still accepts your old portal password, so keep using it. If the change goes through later, this message will say so; otherwise you can try again on the PIN and password page.',
  dismiss: 'OK',
}
