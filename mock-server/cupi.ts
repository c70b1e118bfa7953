/** Unity Connection CUPI (`/vmrest/...`): the end-user and admin PIN endpoints and external service accounts. */
import type { Route, Rq } from './context.ts'
import type { Persona } from './fixtures.ts'
import { pinProblem, LOCALES } from './uds.ts'
import { BadInput, el, has, parseBody, renderXml, scalar, t, type XmlNode } from './xml.ts'

export class CupiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

export function cupiError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Response {
  const node = el('ErrorDetails', null, [el('errors', null, [t('code', code), t('message', message)])])
  return new Response(renderXml(node, true), {
    status,
    headers: { 'Content-Type': 'application/xml; charset=UTF-8', ...headers },
  })
}

function xml(node: XmlNode): Response {
  return new Response(renderXml(node, true), {
    status: 200,
    headers: { 'Content-Type': 'application/xml; charset=UTF-8' },
  })
}

function b(v: boolean): string {
  return v ? 'true' : 'false'
}

function userXml(u: Persona): XmlNode {
  const oid = u.cupi.objectId
  return el('User', null, [
    t('URI', `/vmrest/users/${oid}`),
    t('ObjectId', oid),
    t('Alias', u.userName),
    t('FirstName', u.firstName),
    t('LastName', u.lastName),
    t('DisplayName', u.displayName),
    t('DtmfAccessId', u.cupi.dtmfAccessId),
    t('EmailAddress', u.email),
    t('TimeZone', '12'),
    t('Language', '1033'),
    t('CosObjectId', '0a987b74-acf0-4310-ab81-4ebe0190cca4'),
    t('IsVmEnrolled', 'true'),
    t('ListInDirectory', 'true'),
    t('UserVoicePinURI', `/vmrest/users/${oid}/credential/pin`),
    t('ExternalServiceAccountsURI', `/vmrest/user/externalserviceaccounts`),
  ])
}

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

function ownObject(rq: Rq): Persona {
  const oid = rq.params[0] ?? ''
  const owner = rq.ctx.state.users.find((u) => u.cupi.objectId === oid)
  if (!owner) throw new CupiError(404, 'NOT_FOUND', `user - ObjectId=${oid}`)
  if (owner !== rq.user) throw new CupiError(401, 'UNAUTHORIZED', 'You may only access your own user object')
  return owner
}

function esaXml(u: Persona, withUri: boolean): XmlNode[] {
  return u.cupi.externalServiceAccounts.map((a) =>
    el('UserExternalServiceAccount', null, [
      withUri && t('URI', `/vmrest/user/externalserviceaccounts/${a.objectId}`),
      t('IsEnabled', b(a.isEnabled)),
      t('UseServiceCredentials', b(a.useServiceCredentials)),
      t('LoginType', a.loginType),
      a.userId !== '' && t('UserId', a.userId),
      t('ObjectId', a.objectId),
      t('DisplayName', a.displayName),
    ]),
  )
}

function findEsa(rq: Rq) {
  const id = rq.params[0] ?? ''
  const a = rq.user.cupi.externalServiceAccounts.find((x) => x.objectId === id)
  if (!a) throw new CupiError(404, 'NOT_FOUND', `externalserviceaccount - ObjectId=${id}`)
  return a
}

function r(pattern: string, methods: Route['methods']): Route {
  return { re: new RegExp(`^${pattern}$`), api: 'cupi', auth: true, methods }
}

export function cupiRoutes(): Route[] {
  void LOCALES
  return [
    r('/vmrest/user', { GET: (rq) => xml(userXml(rq.user)) }),
    r('/vmrest/user/credential/pin', {
      PUT: async (rq) => {
        const q = [...rq.url.searchParams].find(([k]) => k.toLowerCase() === 'newpin')?.[1]
        let pin = q
        if (pin === undefined) {
          // Extension: accept <Credential><Credentials>…</Credentials></Credential> as a body.
          const bd = await readCredentialBody(rq)
          pin = bd['Credentials']
        }
        if (pin === undefined || pin === '')
          throw new CupiError(400, 'INVALID_PARAMETER', 'newpin is required')
        setPin(rq, rq.user, pin)
        return new Response(null, { status: 204 })
      },
    }),
    r('/vmrest/users/([^/]+)/credential/pin', {
      GET: (rq) => xml(credentialXml(ownObject(rq))),
      PUT: async (rq) => {
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
        return new Response(null, { status: 204 })
      },
    }),
    r('/vmrest/user/externalserviceaccounts', {
      GET: (rq) => {
        const items = esaXml(rq.user, true)
        return xml(el('UserExternalServiceAccounts', { total: String(items.length) }, items))
      },
    }),
    r('/vmrest/user/externalserviceaccounts/([^/]+)', {
      GET: (rq) => {
        const a = findEsa(rq)
        const one = esaXml({ ...rq.user, cupi: { ...rq.user.cupi, externalServiceAccounts: [a] } }, false)[0]
        return xml(one ?? el('UserExternalServiceAccount'))
      },
      PUT: (rq) => {
        const a = findEsa(rq)
        const pw = [...rq.url.searchParams].find(([k]) => k.toLowerCase() === 'password')?.[1]
        if (pw === undefined || pw === '')
          throw new CupiError(400, 'INVALID_PARAMETER', 'password is required')
        if (a.useServiceCredentials) {
          throw new CupiError(400, 'INVALID_PARAMETER', 'This account signs in with service credentials')
        }
        if ([...pw].length > 64) throw new CupiError(400, 'INVALID_PARAMETER', 'password is too long')
        a.password = pw
        return new Response(null, { status: 204 })
      },
    }),
  ]
}
