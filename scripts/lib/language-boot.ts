/**
 * The build's language boot script: a few hundred bytes that index.html runs before the app's
 * code (deferred, in order). With the same functions the app runs, it picks the language
 * (src/i18n/choose.ts) and its tag and direction (src/i18n/locales.ts), sets `<html lang dir>`, and
 * adds a modulepreload for that language's first catalog. So the catalog downloads alongside the
 * app's code, not after it, and only the active language's.
 */
import { minifySync } from 'vite'
import { chooseLocale } from '../../src/i18n/choose.ts'
import { CHOSEN_KEY, USER_KEY } from '../../src/i18n/boot-inputs.ts'
import { languageTag, LOCALES, textDirection } from '../../src/i18n/locales.ts'

/** The script, minified (it is on every first page), given each language's first catalog URL. */
export function languageBootScript(catalogUrls: Record<string, string>): string {
  const { code, errors } = minifySync('language-boot.js', bootSource(catalogUrls), {
    compress: true,
    mangle: true,
  })
  if (errors.length) throw new Error(`The language boot script did not minify: ${errors[0]?.message}`)
  return code
}

function bootSource(catalogUrls: Record<string, string>): string {
  return `(function () {
  var choose = ${chooseLocale.toString()};
  function read(get, key) { try { return get().getItem(key) } catch (e) { return null } }
  var locale = choose({
    query: new URLSearchParams(location.search).get('lang'),
    chosen: read(function () { return localStorage }, ${JSON.stringify(CHOSEN_KEY)}),
    user: read(function () { return sessionStorage }, ${JSON.stringify(USER_KEY)}),
    preferred: navigator.languages || [navigator.language],
    supported: ${JSON.stringify(LOCALES)}
  });
  var urls = ${JSON.stringify(catalogUrls)};
  var html = document.documentElement;
  html.lang = (${languageTag.toString()})(locale);
  html.dir = (${textDirection.toString()})(locale);
  var url = urls[html.lang];
  if (!url) return;
  var link = document.createElement('link');
  link.rel = 'modulepreload';
  link.crossOrigin = '';
  link.href = url;
  document.head.appendChild(link);
})();
`
}

/** Puts the script's tag before the app's entry script in the built index.html. */
export function withLanguageBoot(html: string, scriptUrl: string): string {
  const tag = `<script defer src="${scriptUrl}"></script>`
  const entry = /<script type="module"[^>]*><\/script>/
  if (!entry.test(html))
    throw new Error('index.html has no module entry script to put the language boot before')
  return html.replace(entry, (match) => `${tag}\n    ${match}`)
}
