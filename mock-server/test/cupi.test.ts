import { describe, expect, it } from 'vitest'
import { setup } from './helpers.ts'

describe('CUPI', () => {
  const OID = 'c0ffee00-0001-4a5b-9c8d-000000000001'
  it('GET /vmrest/user, PIN change and policy errors in ErrorDetails', async () => {
    const c = setup()
    const u = await c.get('/vmrest/user')
    expect(u.xml.User.Alias).toBe('demo')
    expect(u.xml.User.ObjectId).toBe(OID)
    for (const bad of ['12345', '1111', '12', 'abcd']) {
      const r = await c.call('PUT', `/vmrest/user/credential/pin?newpin=${bad}`, {})
      expect(r.status).toBe(400)
      expect(r.xml.ErrorDetails.errors.code).toBe('PIN_POLICY_VIOLATION')
      expect(r.xml.ErrorDetails.errors.message).toBeTruthy()
    }
    expect((await c.call('PUT', '/vmrest/user/credential/pin?newpin=97531', {})).status).toBe(204)
    expect(await c.secretIs('voicemailPin', '97531')).toBe(true)
    expect(
      (
        await c.put(
          '/vmrest/user/credential/pin',
          '<Credential><Credentials>86420</Credentials></Credential>',
        )
      ).status,
    ).toBe(204)
    expect((await c.put('/vmrest/user/credential/pin', '<Nope/>')).status).toBe(400)
    const nf = await c.get('/vmrest/nope')
    expect(nf.status).toBe(404)
    expect(nf.xml.ErrorDetails.errors.code).toBe('NOT_FOUND')
    const un = await c.get('/vmrest/user', null)
    expect(un.status).toBe(401)
    expect(un.xml.ErrorDetails).toBeDefined()
  })

  it('admin credential/pin for own objectId only', async () => {
    const c = setup()
    const P = `/vmrest/users/${OID}/credential/pin`
    const r = await c.get(P)
    expect(r.xml.Credential.Credentials).toBe('')
    expect(r.xml.Credential.HackCount).toBe('0')
    expect(
      (
        await c.put(
          P,
          '<Credential><Credentials>2468013</Credentials><CredMustChange>true</CredMustChange></Credential>',
        )
      ).status,
    ).toBe(204)
    expect((await c.get(P)).xml.Credential.CredMustChange).toBe('true')
    expect(
      (await c.put(P, '<Credential><HackCount>0</HackCount><Locked>false</Locked></Credential>')).status,
    ).toBe(204)
    expect((await c.get('/vmrest/users/nope/credential/pin')).status).toBe(404)
  })

  it('external service accounts', async () => {
    const c = setup()
    const r = await c.get('/vmrest/user/externalserviceaccounts')
    const list = r.xml.UserExternalServiceAccounts.UserExternalServiceAccount
    expect(list).toHaveLength(2)
    const [svc, user] = list
    expect(
      (await c.get(`/vmrest/user/externalserviceaccounts/${user.ObjectId}`)).xml.UserExternalServiceAccount
        .UserId,
    ).toBe('demo')
    expect(
      (await c.call('PUT', `/vmrest/user/externalserviceaccounts/${user.ObjectId}?password=x%26y`, {}))
        .status,
    ).toBe(204)
    expect(
      (await c.call('PUT', `/vmrest/user/externalserviceaccounts/${svc.ObjectId}?password=x`, {})).status,
    ).toBe(400)
  })
})
