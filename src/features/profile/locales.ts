/**
 * CUCM names its installed locales in English ("German, Germany"). People look for their own
 * language, so each option is shown in that language ("Deutsch (Deutschland)") with its lang tag.
 */
const LANGUAGES: Record<string, string> = {
  arabic: 'ar',
  bulgarian: 'bg',
  catalan: 'ca',
  chinese: 'zh',
  croatian: 'hr',
  czech: 'cs',
  danish: 'da',
  dutch: 'nl',
  english: 'en',
  estonian: 'et',
  finnish: 'fi',
  french: 'fr',
  german: 'de',
  greek: 'el',
  hebrew: 'he',
  hungarian: 'hu',
  italian: 'it',
  japanese: 'ja',
  korean: 'ko',
  latvian: 'lv',
  lithuanian: 'lt',
  norwegian: 'nb',
  polish: 'pl',
  portuguese: 'pt',
  romanian: 'ro',
  russian: 'ru',
  serbian: 'sr',
  slovak: 'sk',
  slovenian: 'sl',
  spanish: 'es',
  swedish: 'sv',
  thai: 'th',
  turkish: 'tr',
  ukrainian: 'uk',
}
const REGIONS: Record<string, string> = {
  'united states': 'US',
  'united kingdom': 'GB',
  germany: 'DE',
  austria: 'AT',
  switzerland: 'CH',
  france: 'FR',
  canada: 'CA',
  belgium: 'BE',
  spain: 'ES',
  mexico: 'MX',
  italy: 'IT',
  netherlands: 'NL',
  portugal: 'PT',
  brazil: 'BR',
  japan: 'JP',
  china: 'CN',
  taiwan: 'TW',
  'hong kong': 'HK',
  korea: 'KR',
  'korea republic': 'KR',
  denmark: 'DK',
  sweden: 'SE',
  norway: 'NO',
  finland: 'FI',
  poland: 'PL',
  russia: 'RU',
  'russian federation': 'RU',
  australia: 'AU',
  'new zealand': 'NZ',
  india: 'IN',
  ireland: 'IE',
  'saudi arabia': 'SA',
  israel: 'IL',
  greece: 'GR',
  turkey: 'TR',
  hungary: 'HU',
  'czech republic': 'CZ',
  slovakia: 'SK',
  ukraine: 'UA',
}

/** "German, Germany" → "de-DE"; undefined when the name is not recognised. */
export function localeTag(cucmName: string): string | undefined {
  const [language, region] = cucmName.split(',').map((p) => p.trim().toLowerCase())
  const lang = language ? LANGUAGES[language] : undefined
  if (!lang) return undefined
  const reg = region ? REGIONS[region] : undefined
  return reg ? `${lang}-${reg}` : lang
}

/** The locale's name in its own language, falling back to CUCM's name. */
export function nativeLocaleName(cucmName: string): { label: string; lang?: string } {
  const tag = localeTag(cucmName)
  if (!tag) return { label: cucmName }
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag)
    if (!name || name === tag) return { label: cucmName, lang: tag }
    return { label: name.charAt(0).toLocaleUpperCase(tag) + name.slice(1), lang: tag }
  } catch {
    return { label: cucmName, lang: tag }
  }
}
