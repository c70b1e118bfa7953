/**
 * Which language the portal shows, in order: the one the user chose in this browser, else the
 * portal's match for their phone system locale (after sign-in), else the browser's preferred
 * languages, else English. A pure function of its inputs with no imports, because the boot script
 * (src/i18n/boot.ts) runs it before the app's code has arrived.
 */
export interface LocaleInputs {
  /** ?lang= in the address, for this page load only: any supported language, or "pseudo" (tests). */
  query: string | null
  /** The user's own choice, remembered in this browser. */
  chosen: string | null
  /** The match for the signed-in user's phone system locale, kept for this tab's session. */
  user: string | null
  /** navigator.languages */
  preferred: readonly string[]
  supported: readonly string[]
}

export function chooseLocale(inputs: LocaleInputs): string {
  const { supported } = inputs
  const exact = (tag: string | null) => (tag && supported.indexOf(tag) >= 0 ? tag : null)
  if (inputs.query === 'pseudo') return 'pseudo'
  const picked = exact(inputs.query) || exact(inputs.chosen) || exact(inputs.user)
  if (picked) return picked
  for (const tag of inputs.preferred) {
    const language = exact(String(tag).toLowerCase().split('-')[0] ?? null)
    if (language) return language
  }
  return supported[0] ?? 'en'
}
