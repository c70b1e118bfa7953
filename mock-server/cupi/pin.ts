/**
 * The voicemail PIN: the end-user `PUT /vmrest/user/credential/pin?newpin=` (as documented; a
 * `<Credential><Credentials>` body is accepted too, an extension) and the admin-style
 * `/vmrest/users/{objectId}/credential/pin` for the user's own object only. PIN rules as for UDS.
 */
import { noContent, type Rq } from '../http/context.ts'
import { BadInput, CupiError } from '../http/errors.ts'
import type { ApiRouter } from '../http/routes.ts'
import { el, t, type XmlNode } from '../http/xml.ts'
import { has, parseBody, scalar } from '../http/xml-read.ts'
import { pinProblem } from '../model/rules.ts'
import type { Persona } from '../model/types.ts'
import { b, cupiXml, queryParam } from './common.ts'

function credentialXml(u: Persona): XmlNode {
  const oid = u.cupi.objectId
  const c = u.cupi
  return el('Credential', null, [
    t('URI', `/vmrest/users/${oid}/credential/pin`),
    t('UserObjectId', oid),
    t('CredentialType', '4'),
    t('Credentials', ''),
    t('IsPrimary', 'false'),
    t('CantChange', 'false'),
    t('DoesntExpire', 'false'),
    t('TimeChanged', c.pinTimeChanged),
    t('HackCount', String(c.hackCount)),
    t('Locked', b(c.locked)),
    t('TimeLastHack', ''),
    t('TimeLockout', ''),
    t('Alias', u.userName),
    t('CredMustChange', b(c.pinMustChange)),
    t('CredentialPolicyObjectId', '2d4e1f0a-7b3c-4d5e-8f6a-9b0c1d2e3f4a'),
    t('Hacked', b(c.hackCount > 0)),
    t('ObjectId', `${oid.slice(0, 24)}00000000c4ed`),
    t('EncryptionType', '4'),
  ])
}

function cupiTime(d: Date): string {
  return d.toISOString().replace('T', ' ').replace('Z', '')
}

function setPin(rq: Rq, u: Persona, pin: string): void {
  const problem = pinProblem(pin)
  if (problem) throw new CupiError(400, 'PIN_POLICY_VIOLATION', problem)
  u.cupi.pin = pin
  u.cupi.pinMustChange = false
  u.cupi.pinTimeChanged = cupiTime(rq.ctx.opts.now())
}

async function readCredentialBody(rq: Rq): Promise<Record<string, string | undefined>> {
  const text = await rq.text()
  let bd
  try {
    bd = parseBody(text, 'Credential')
  } catch (e) {
    if (e instanceof BadInput) throw new CupiError(400, 'INVALID_PARAMETER', e.message)
    throw e
  }
  const out: Record<string, string | undefined> = {}
  for (const k of ['Credentials', 'CredMustChange', 'Locked', 'HackCount', 'DoesntExpire', 'TimeHacked']) {
    if (has(bd, k)) out[k] = scalar(bd, k)
  }
  return out
}

function boolParam(v: string | undefined, name: string): boolean | undefined {
  if (v === undefined || v === '') return undefined
  if (v === 'true' || v === 'false') return v === 'true'
  throw new CupiError(400, 'INVALID_PARAMETER', `${name} must be true or false`)
}

/** The user object in the path, which must be the signed-in user's own. */
function ownObject(rq: Rq): Persona {
  const oid = rq.param('objectId')
  const owner = rq.ctx.state.users.find((u) => u.cupi.objectId === oid)
  if (!owner) throw new CupiError(404, 'NOT_FOUND', `user - ObjectId=${oid}`)
  if (owner !== rq.user) throw new CupiError(401, 'UNAUTHORIZED', 'You may only access your own user object')
  return owner
}

async function putOwnPin(rq: Rq): Promise<Response> {
  let pin = queryParam(rq.url, 'newpin')
  if (pin === undefined) pin = (await readCredentialBody(rq))['Credentials']
  if (pin === undefined || pin === '') throw new CupiError(400, 'INVALID_PARAMETER', 'newpin is required')
  setPin(rq, rq.user, pin)
  return noContent()
}

async function putObjectPin(rq: Rq): Promise<Response> {
  const u = ownObject(rq)
  const bd = await readCredentialBody(rq)
  const mustChange = boolParam(bd['CredMustChange'], 'CredMustChange')
  const locked = boolParam(bd['Locked'], 'Locked')
  const hack = bd['HackCount']
  if (hack !== undefined && hack !== '' && !/^[0-9]{1,4}$/.test(hack)) {
    throw new CupiError(400, 'INVALID_PARAMETER', 'HackCount must be a number')
  }
  if (bd['Credentials'] !== undefined && bd['Credentials'] !== '') setPin(rq, u, bd['Credentials'])
  if (mustChange !== undefined) u.cupi.pinMustChange = mustChange
  if (locked !== undefined) u.cupi.locked = locked
  if (hack !== undefined) u.cupi.hackCount = hack === '' ? 0 : Number(hack)
  return noContent()
}

export function pinRoutes(r: ApiRouter): void {
  r.signedIn('/user/credential/pin', { PUT: putOwnPin })
  r.signedIn('/users/:objectId/credential/pin', {
    GET: (rq) => cupiXml(credentialXml(ownObject(rq))),
    PUT: putObjectPin,
  })
}
