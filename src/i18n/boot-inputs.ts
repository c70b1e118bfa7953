/**
 * Where the language choice is remembered: the user's own choice in this browser (localStorage: a
 * preference, not a secret, kept after sign-out), and the match for their phone system locale for
 * this tab's session (sessionStorage, so a reload keeps it and sign-out forgets it).
 */
export const CHOSEN_KEY = 'portal-language'
export const USER_KEY = 'portal-user-language'

function read(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key)
  } catch {
    return null
  }
}

function write(storage: () => Storage, key: string, value: string | null) {
  try {
    if (value === null) storage().removeItem(key)
    else storage().setItem(key, value)
  } catch {
    // Storage blocked: the choice holds until the page is closed.
  }
}

export function bootInputs() {
  return {
    query: new URLSearchParams(window.location.search).get('lang'),
    chosen: read(() => window.localStorage, CHOSEN_KEY),
    user: read(() => window.sessionStorage, USER_KEY),
    preferred: navigator.languages ?? [navigator.language],
  }
}

export const rememberChosen = (locale: string | null) => write(() => window.localStorage, CHOSEN_KEY, locale)
export const rememberUserLocale = (locale: string | null) =>
  write(() => window.sessionStorage, USER_KEY, locale)
