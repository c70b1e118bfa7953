/**
 * `/user/{userId}/credentials`: GET shows the last login and failures since (10.5(2)+, 405 before);
 * PUT changes the password and/or the phone PIN (204). LDAP users' passwords belong to the directory.
 */
import { noContent, type Rq } from '../http/context.ts'
import { BadInput, udsError } from '../http/errors.ts'
import type { ApiRouter } from '../http/routes.ts'
import { el, t } from '../http/xml.ts'
import { has, type XmlObject } from '../http/xml-read.ts'
import { passwordProblem, pinProblem } from '../model/rules.ts'
import { body, userUri, ver, xml } from './common.ts'

function getCredentials(rq: Rq): Response {
  if (!rq.ctx.feats.credentialsGet) return udsError(405, 'Method Not Allowed', { Allow: 'PUT' })
  const u = rq.user
  return xml(
    el('credentials', { uri: userUri(rq, '/credentials'), version: ver(rq, 'credentials') }, [
      el('credential', null, [
        el('loginDetails', null, [
          t('lastSuccessfulLogin', u.lastLogin?.at ?? ''),
          t('lastSuccessfulLoginIp', u.lastLogin?.ip ?? ''),
        ]),
        t('loginFailures', String(u.failuresSinceLogin)),
      ]),
    ]),
  )
}

/** `<credential type="password|pin">value</credential>` items: each type at most once. */
function readCredentials(bd: XmlObject): { password?: string; pin?: string } {
  const items = has(bd, 'credential')
    ? Array.isArray(bd['credential'])
      ? bd['credential']
      : [bd['credential']]
    : []
  if (items.length === 0) throw new BadInput('at least one <credential> is required')
  const out: { password?: string; pin?: string } = {}
  for (const item of items) {
    if (typeof item === 'string') throw new BadInput('<credential> needs a type attribute')
    if (!item || typeof item !== 'object' || Array.isArray(item)) throw new BadInput('bad <credential>')
    const o = item as XmlObject
    const type = typeof o['@_type'] === 'string' ? o['@_type'] : undefined
    const kids = Object.keys(o).filter((k) => !k.startsWith('@_') && k !== '#text')
    if (kids.length > 0) throw new BadInput('<credential> must be a simple value')
    const value = typeof o['#text'] === 'string' ? o['#text'] : ''
    if (type !== 'password' && type !== 'pin') throw new BadInput('credential type must be password or pin')
    if (out[type] !== undefined) throw new BadInput(`${type} given twice`)
    out[type] = value
  }
  return out
}

async function putCredentials(rq: Rq): Promise<Response> {
  const u = rq.user
  const { password, pin } = readCredentials(await body(rq, 'credentials'))
  if (password !== undefined) {
    if (u.useLdapAuth) throw new BadInput('the password of an LDAP-authenticated user cannot be changed here')
    const p = passwordProblem(u, password)
    if (p) throw new BadInput(p)
  }
  if (pin !== undefined) {
    const p = pinProblem(pin)
    if (p) throw new BadInput(p)
  }
  if (password !== undefined) u.password = password
  if (pin !== undefined) u.pin = pin
  return noContent()
}

export function credentialRoutes(r: ApiRouter): void {
  r.own('/credentials', { GET: getCredentials, PUT: putCredentials })
}
