/**
 * The user ID remembered for this tab, so a reload asks only for the password. Never the password;
 * forgotten on sign-out, so the next person at the computer starts with an empty form.
 */
const KEY = 'portal:userId'

export function rememberedUserId(): string {
  try {
    return sessionStorage.getItem(KEY) ?? ''
  } catch {
    return ''
  }
}

export function rememberUserId(userId: string) {
  try {
    sessionStorage.setItem(KEY, userId)
  } catch {
    // storage blocked: the user types their ID again next time
  }
}

export function forgetUserId() {
  try {
    sessionStorage.removeItem(KEY)
  } catch {
    // storage blocked: nothing was kept
  }
}
