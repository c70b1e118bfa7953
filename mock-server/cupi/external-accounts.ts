/** `/vmrest/user/externalserviceaccounts[/{objectId}]`: calendar and meeting accounts; PUT `?password=`. */
import { noContent, type Rq } from '../http/context.ts'
import { CupiError } from '../http/errors.ts'
import type { ApiRouter } from '../http/routes.ts'
import { el, t, type XmlNode } from '../http/xml.ts'
import { charLength } from '../model/rules.ts'
import type { ExternalServiceAccount } from '../model/types.ts'
import { b, cupiXml, queryParam } from './common.ts'

function accountXml(a: ExternalServiceAccount, withUri: boolean): XmlNode {
  return el('UserExternalServiceAccount', null, [
    withUri && t('URI', `/vmrest/user/externalserviceaccounts/${a.objectId}`),
    t('IsEnabled', b(a.isEnabled)),
    t('UseServiceCredentials', b(a.useServiceCredentials)),
    t('LoginType', a.loginType),
    a.userId !== '' && t('UserId', a.userId),
    t('ObjectId', a.objectId),
    t('DisplayName', a.displayName),
  ])
}

function findAccount(rq: Rq): ExternalServiceAccount {
  const id = rq.param('objectId')
  const a = rq.user.cupi.externalServiceAccounts.find((x) => x.objectId === id)
  if (!a) throw new CupiError(404, 'NOT_FOUND', `externalserviceaccount - ObjectId=${id}`)
  return a
}

function putPassword(rq: Rq): Response {
  const a = findAccount(rq)
  const pw = queryParam(rq.url, 'password')
  if (pw === undefined || pw === '') throw new CupiError(400, 'INVALID_PARAMETER', 'password is required')
  if (a.useServiceCredentials) {
    throw new CupiError(400, 'INVALID_PARAMETER', 'This account signs in with service credentials')
  }
  if (charLength(pw) > 64) throw new CupiError(400, 'INVALID_PARAMETER', 'password is too long')
  a.password = pw
  return noContent()
}

export function externalAccountRoutes(r: ApiRouter): void {
  r.signedIn('/user/externalserviceaccounts', {
    GET: (rq) => {
      const items = rq.user.cupi.externalServiceAccounts.map((a) => accountXml(a, true))
      return cupiXml(el('UserExternalServiceAccounts', { total: String(items.length) }, items))
    },
  })
  r.signedIn('/user/externalserviceaccounts/:objectId', {
    GET: (rq) => cupiXml(accountXml(findAccount(rq), false)),
    PUT: putPassword,
  })
}
