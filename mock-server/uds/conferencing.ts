/** `/user/{userId}/conferencing` (11.0+): Conference Now on/off and its access code (4-16 digits). */
import type { Rq } from '../http/context.ts'
import { BadInput } from '../http/errors.ts'
import type { ApiRouter } from '../http/routes.ts'
import { el, t, type XmlNode } from '../http/xml.ts'
import { child, scalar } from '../http/xml-read.ts'
import { b, body, readBool, userUri, ver, xml } from './common.ts'

function conferencingXml(rq: Rq): XmlNode {
  const c = rq.user.conferencing
  return el('conferencing', { uri: userUri(rq, '/conferencing'), version: ver(rq, 'conferencing') }, [
    el('conferenceNow', null, [t('enabled', b(c.enabled)), t('accessCode', c.accessCode)]),
  ])
}

async function putConferencing(rq: Rq): Promise<Response> {
  const cn = child(await body(rq, 'conferencing'), 'conferenceNow')
  let enabled: boolean | undefined
  let code: string | undefined
  if (cn) {
    enabled = readBool(cn, 'enabled', false)
    code = scalar(cn, 'accessCode')
    if (code !== undefined && code !== '' && !/^[0-9]{4,16}$/.test(code)) {
      throw new BadInput('accessCode must be 4 to 16 digits')
    }
  }
  const c = rq.user.conferencing
  if (enabled !== undefined) c.enabled = enabled
  if (code !== undefined) c.accessCode = code
  return xml(conferencingXml(rq))
}

export function conferencingRoutes(r: ApiRouter): void {
  if (!r.ctx.feats.conferencing) return
  r.own('/conferencing', { GET: (rq) => xml(conferencingXml(rq)), PUT: putConferencing })
}
