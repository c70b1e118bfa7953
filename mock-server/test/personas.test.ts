/** The personas for the next pages; the first seven keep their data (other tests pin it down). */
import { describe, expect, it } from 'vitest'
import { SIGN_IN_PERSONAS } from '../fixtures/personas.ts'
import { setup, txt, type X } from './helpers.ts'

const policyOf = async (c: ReturnType<typeof setup>, user: string) => {
  const r = await c.get('/cucm-uds/options/userPolicy', user)
  return Object.fromEntries(r.xml.userPolicy.policy.map((p: X) => [p.name, p.value]))
}

describe('personas', () => {
  it('every sign-in persona but locked signs in to UDS and CUPI with demo', async () => {
    const c = setup()
    for (const p of SIGN_IN_PERSONAS.filter((x) => x !== 'locked')) {
      expect((await c.get(`/cucm-uds/user/${p}`, p)).status, p).toBe(200)
      expect((await c.get('/vmrest/user', p)).status, p).toBe(200)
    }
  })

  it('twoprofiles: two remote destination profiles, so adding a number must name one', async () => {
    const c = setup()
    const U = '/cucm-uds/user/twoprofiles'
    const devices = (await c.get(`${U}/devices`, 'twoprofiles')).xml.devices.device
    expect(devices.filter((d: X) => d.model === 'Remote Destination Profile').map((d: X) => d.name)).toEqual([
      'RDPTWOPROFILES',
      'RDPTWOPROFILES2',
    ])
    const rd = (extra: string) =>
      `<remoteDestination><name>Home</name><destination>+13125550999</destination>${extra}</remoteDestination>`
    expect((await c.post(`${U}/remoteDestination`, rd(''), 'twoprofiles')).status).toBe(415)
    const ok = await c.post(
      `${U}/remoteDestination`,
      rd(
        '<associatedDevices><associatedDevice><name>RDPTWOPROFILES2</name></associatedDevice></associatedDevices>',
      ),
      'twoprofiles',
    )
    expect(ok.status).toBe(201)
    const added = await c.get(new URL(ok.headers.get('location')!).pathname, 'twoprofiles')
    expect(added.xml.remoteDestination.associatedDevices.associatedDevice.name).toBe('RDPTWOPROFILES2')
  })

  it('away: busy and no-answer forwarding set on the primary line', async () => {
    const c = setup()
    const line = (await c.state('away')).lines[0]
    const ext = await c.get(`/cucm-uds/user/away/extension/${line.id}`, 'away')
    const x = ext.xml.extension
    expect(x.forwardBusyExternalCallDestination.sendToCustomDestination).toBe('1001')
    expect(x.forwardBusyInternalCallDestination.sendToCustomDestination).toBe('1001')
    expect(x.forwardNoAnswerExternalCallDestination.sendToCustomDestination).toBe('+13125550189')
    expect(x.forwardNoAnswerInternalCallDestination.sendToVoiceMailPilotNumber).toBe('false')
    expect(x.callForwardAllDestination.sendToCustomDestination).toBe('')
  })

  it('forwardallonly and policy: what the administrator hides', async () => {
    const c = setup()
    expect((await policyOf(c, 'forwardallonly')).ShowCallForward).toBe('3')
    const p = await policyOf(c, 'policy')
    expect(p).toMatchObject({
      ShowCallForward: '2',
      ShowChangePassword: 'false',
      ShowLineLabel: 'false',
      ShowRingPreferences: 'false',
      ShowMessageWaitingAlertPreference: 'false',
      ShowSpeedDials: 'true',
    })
    const demo = await policyOf(c, 'demo')
    expect([demo.ShowLineLabel, demo.ShowRingPreferences, demo.ShowMessageWaitingAlertPreference]).toEqual([
      'true',
      'true',
      'true',
    ])
  })

  it('shared: a common-area phone beside their own desk phone; only their own description is editable', async () => {
    const c = setup()
    const U = '/cucm-uds/user/shared'
    const devices = (await c.get(`${U}/devices`, 'shared')).xml.devices.device
    const [desk, lobby] = devices
    expect(desk.description['@_editable']).toBe('true')
    expect(txt(lobby.description)).toBe('Lobby phone (common area)')
    expect(lobby.description['@_editable']).toBe('false')
    expect(lobby.model).toBe('Cisco 7841')
    const put = (id: string) =>
      c.put(`${U}/device/${id}`, '<device><description>Mine</description></device>', 'shared')
    expect((await put(lobby.id)).status).toBe(415)
    expect((await put(desk.id)).status).toBe(200)
    const dnd = await c.put(
      `${U}/device/${lobby.id}`,
      '<device><doNotDisturbSettings><enable>true</enable></doNotDisturbSettings></device>',
      'shared',
    )
    expect(dnd.status).toBe(200)
  })
})
