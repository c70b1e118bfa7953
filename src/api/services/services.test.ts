import { describe, expect, it } from 'vitest'
import { createMockApp } from '../../../mock-server/app.ts'
import { PHONE_SERVICE_IDS, WEATHER_PARAM_ID } from '../../../mock-server/fixtures/phone-services.ts'
import { basic, MOCK_ORIGIN, mockXml, seedExample } from '../../testing/mock-fixtures.ts'
import { parseXml } from '../xml-parser.ts'
import {
  parseDeviceServices,
  parsePhoneService,
  parsePhoneServices,
  parseUserServices,
  toSubscribedServicesXml,
} from './services.ts'

const DESK = 'd1a00001-3333-4d4e-8f50-000000000001'

// uds-api §2.6: one service in detail, with its parameters.
const SERVICE_DETAIL = `<phoneService uri="https://cucm/cucm-uds/phoneService/s1" version="12.5.1">
  <id>s1</id><name>Weather</name><description>Local weather</description>
  <urlTemplate>http://x/weather</urlTemplate><secureUrlTemplate/><category>XML Service</category>
  <type>Standard IP Phone Service</type><vendor/><serviceVersion/><enabled>true</enabled>
  <parameters><parameter><paramId>p1</paramId><displayName>City</displayName><description>City to show</description>
  <defaultValue>Chicago</defaultValue><isRequired>true</isRequired><isCredential>false</isCredential></parameter></parameters>
</phoneService>`

describe('phone services', () => {
  it('reads the seed’s user-level subscriptions and the phones they are on', () => {
    const s = parseUserServices(
      parseXml(seedExample('get-a-user-s-subscribedservices-response'), 'userSubscribedServices'),
    )
    expect(s.appliesToAllDevices).toBe(true)
    expect(s.services).toEqual([
      {
        id: '',
        name: 'udsTestService1',
        phoneServiceId: '292ab26b-5052-dd46-325f-45b12d4822a7',
        url: 'http://udsTestService1',
        parameters: [],
      },
    ])
    expect(s.phones.map((p) => p.description)).toEqual(['Auto 100002', 'Auto 100003', 'Auto 100004'])
  })

  it('reads every seed request body’s subscriptions (URL and parameter forms)', () => {
    for (const name of [
      'add-subscribedservices-example-request-body-parameter-list',
      'add-subscribedservices-example-request-body-url-format',
      'update-subscribedservices-expected-request-body-paramater-list',
      'update-subscribedservices-expected-request-body-url-format',
    ]) {
      const items = parseDeviceServices(parseXml(seedExample(name), 'subscribedServices'))
      expect(items.map((i) => i.name)).toEqual(['InternalTechSupport', 'Service2'])
      if (name.includes('param')) expect(items[0]!.parameters).toEqual([{ paramId: '{pkid}', value: '5' }])
      else expect(items[0]!.url).toMatch(/GTRCService/)
    }
  })

  it('reads one service’s parameters, and the catalogue list (no parameters there)', async () => {
    expect(parsePhoneService(parseXml(SERVICE_DETAIL, 'phoneService'))).toEqual({
      id: 's1',
      name: 'Weather',
      description: 'Local weather',
      category: 'XML Service',
      enabled: true,
      parameters: [
        {
          paramId: 'p1',
          displayName: 'City',
          description: 'City to show',
          defaultValue: 'Chicago',
          required: true,
          credential: false,
        },
      ],
    })
    const catalogue = parsePhoneServices(parseXml(await mockXml('/cucm-uds/phoneServices'), 'phoneServices'))
    expect(catalogue.map((s) => s.name)).toEqual(['Corporate Directory', 'Weather', 'Extension Mobility'])
    const weather = parsePhoneService(
      parseXml(await mockXml(`/cucm-uds/phoneService/${PHONE_SERVICE_IDS.weather}`), 'phoneService'),
    )
    expect(weather.parameters.map((p) => [p.displayName, p.required])).toEqual([['City', true]])
  })

  it('builds the POST in the parameters form, escaped, and the mock subscribes exactly that', async () => {
    const xml = toSubscribedServicesXml([
      {
        phoneServiceId: PHONE_SERVICE_IDS.weather,
        name: '',
        parameters: [{ paramId: WEATHER_PARAM_ID, value: 'A&B <c>' }],
      },
    ])
    expect(xml).toBe(
      `<subscribedServices><subscribedService><phoneServiceId>${PHONE_SERVICE_IDS.weather}</phoneServiceId><parameters><parameter><paramId>${WEATHER_PARAM_ID}</paramId><value>A&amp;B &lt;c&gt;</value></parameter></parameters></subscribedService></subscribedServices>`,
    )
    expect(toSubscribedServicesXml([{ phoneServiceId: 'x', name: 'N', parameters: [] }])).toBe(
      '<subscribedServices><subscribedService><name>N</name><phoneServiceId>x</phoneServiceId></subscribedService></subscribedServices>',
    )
    const mock = createMockApp()
    const res = await mock.fetch(
      new Request(`${MOCK_ORIGIN}/cucm-uds/user/demo/device/${DESK}/subscribedServices`, {
        method: 'POST',
        headers: { Authorization: basic('demo'), 'Content-Type': 'application/xml' },
        body: xml,
      }),
    )
    expect(res.status).toBe(201)
    const own = parseDeviceServices(
      parseXml(
        await mockXml(`/cucm-uds/user/demo/device/${DESK}/subscribedServices`, 'demo', mock),
        'subscribedServices',
      ),
    )
    expect(own.map((s) => [s.name, s.parameters])).toEqual([
      ['Corporate Directory', []],
      ['Weather', [{ paramId: WEATHER_PARAM_ID, value: 'A&B <c>' }]],
    ])
    const user = parseUserServices(
      parseXml(
        await mockXml('/cucm-uds/user/demo/subscribedServices', 'demo', mock),
        'userSubscribedServices',
      ),
    )
    expect(user.appliesToAllDevices).toBe(false)
  })
})
