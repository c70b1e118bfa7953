/** What the CUPI resource modules share: XML answers (standalone, as Unity Connection writes them). */
import { renderXml, type XmlNode } from '../http/xml.ts'

export function cupiXml(node: XmlNode): Response {
  return new Response(renderXml(node, true), {
    status: 200,
    headers: { 'Content-Type': 'application/xml; charset=UTF-8' },
  })
}

/** `true` / `false` as CUPI writes booleans. */
export function b(v: boolean): string {
  return v ? 'true' : 'false'
}

/** A query parameter by name, case-insensitively (the first one). */
export function queryParam(url: URL, name: string): string | undefined {
  return [...url.searchParams].find(([k]) => k.toLowerCase() === name)?.[1]
}
