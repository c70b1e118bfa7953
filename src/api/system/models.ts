/**
 * `GET /options/models` (public, uds-api §2.5): every phone model the system knows, each with its user
 * guides. The Phones list links each phone to its model's guide from this one list, rather than reading
 * every phone's own detail (which carries the same `userGuide`).
 */
import { request } from '../client.ts'
import { attr, element, list, text, type XmlObject } from '../xml.ts'

/** A guide's address, if it is a web address (anything else is not a link to follow). */
export const webAddress = (uri: string | undefined) => (uri && /^https?:\/\//i.test(uri) ? uri : '')

/** Each model's first web user guide, by the model's name (as devices name their model). */
export function parseModelGuides(root: XmlObject): Record<string, string> {
  const guides: Record<string, string> = {}
  for (const model of list(root, 'option')) {
    const name = text(model, 'name').trim()
    const guide = list(element(model, 'userGuides'), 'userGuide')
      .map((g) => webAddress(attr(g, 'uri')))
      .find(Boolean)
    if (name && guide && !Object.hasOwn(guides, name)) guides[name] = guide
  }
  return guides
}

export async function getModelGuides(signal?: AbortSignal): Promise<Record<string, string>> {
  const res = await request({ path: '/options/models', auth: false, signal, label: 'GET models' }, 'models')
  return parseModelGuides(res.root!)
}
