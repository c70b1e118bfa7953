/** Wording of the shared copy buttons ("Link to this setting"). */
export const copyMessages = {
  linkTo: 'Link to this setting',
  /** After the words, for screen readers: which setting ("… – Change forwarding"). */
  linkToWhat: (what: string) => ` – ${what}`,
  linkCopied: 'Link copied',
  linkRefused: (url: string) => `Your browser didn’t allow copying. The link is ${url}`,
}
