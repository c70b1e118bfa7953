import { describe, expect, it } from 'vitest'
import { createMockApp } from '../../../mock-server/app.ts'
import { parseXml } from '../xml-parser.ts'
import { parseUsers } from './users.ts'

// The documented response shape (shared/uds-api.md §2.4, from the UDS developer guide).
const DOC_EXAMPLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<users uri="https://cucm.example.com:8443/cucm-uds/users" version="11.5.1" start="0" requestedCount="10" returnedCount="2" totalCount="100">
  <user uri="https://cucm.example.com:8443/cucm-uds/user/jdoe">
    <id>3b0b9d1e-7c4a-4e1f-9a0b-000000000001</id><userName>jdoe</userName><firstName>John</firstName>
    <lastName>Doe</lastName><middleName/><nickName/><displayName>John Doe</displayName>
    <phoneNumber>+14085550100</phoneNumber><homeNumber/><mobileNumber>0001 234</mobileNumber>
    <email>jdoe@example.com</email><directoryUri exist="true">jdoe@example.com</directoryUri><msUri/>
    <department>Sales</department><manager/><title>Rep</title><pager/><selfServiceId>1001</selfServiceId>
  </user>
  <user uri="https://cucm.example.com:8443/cucm-uds/user/asmith">
    <userName>asmith</userName><firstName>Ann</firstName><lastName>Smith</lastName>
  </user>
</users>`

describe('parseUsers', () => {
  it('reads the documented example: entries, numbers as text, paging counts', () => {
    const page = parseUsers(parseXml(DOC_EXAMPLE, 'users'))
    expect(page.start).toBe(0)
    expect(page.total).toBe(100)
    expect(page.entries).toHaveLength(2)
    expect(page.entries[0]).toEqual({
      userId: 'jdoe',
      firstName: 'John',
      lastName: 'Doe',
      displayName: 'John Doe',
      phoneNumber: '+14085550100',
      mobileNumber: '0001 234',
      homeNumber: '',
      email: 'jdoe@example.com',
      directoryUri: 'jdoe@example.com',
      department: 'Sales',
      title: 'Rep',
    })
    // Absent elements: '' (displayName: undefined, as before UDS 11.0).
    expect(page.entries[1]).toMatchObject({ userId: 'asmith', displayName: undefined, email: '' })
  })

  it('reads a one-item list as a list, and an empty one as no entries', () => {
    const one = parseUsers(
      parseXml('<users totalCount="1"><user><userName>x</userName></user></users>', 'users'),
    )
    expect(one.entries.map((e) => e.userId)).toEqual(['x'])
    const none = parseUsers(parseXml('<users start="0" returnedCount="0" totalCount="0"/>', 'users'))
    expect(none).toEqual({ entries: [], start: 0, total: 0 })
  })

  it('tolerates unknown and reordered elements and missing counts', () => {
    const page = parseUsers(
      parseXml(
        '<users><extra>1</extra><user><title>T</title><future a="b">z</future><userName>u1</userName></user><user><userName>u2</userName></user></users>',
        'users',
      ),
    )
    expect(page.entries.map((e) => [e.userId, e.title])).toEqual([
      ['u1', 'T'],
      ['u2', ''],
    ])
    expect(page.total).toBe(2)
  })

  it("reads the mock's real answer to a directory search", async () => {
    const mock = createMockApp()
    const res = await mock.fetch(new Request('http://127.0.0.1:8443/cucm-uds/users?last=Morgan&max=5'))
    expect(res.status).toBe(200)
    const page = parseUsers(parseXml(await res.text(), 'users'))
    expect(page.entries.length).toBeGreaterThan(0)
    expect(page.entries.length).toBeLessThanOrEqual(5)
    expect(page.entries.every((e) => e.lastName.toLowerCase().startsWith('morgan'))).toBe(true)
    expect(page.entries.find((e) => e.userId === 'demo')).toMatchObject({
      firstName: 'Dana',
      displayName: 'Dana Morgan',
    })
    expect(page.total).toBeGreaterThanOrEqual(page.entries.length)
  })
})

describe('parseUsers: paging edge cases', () => {
  it('a page cut at the limit: totalCount above what came back', () => {
    const xml = `<users start="64" requestedCount="64" returnedCount="2" totalCount="130">${'<user><userName>p</userName></user>'.repeat(2)}</users>`
    const page = parseUsers(parseXml(xml, 'users'))
    expect(page).toMatchObject({ start: 64, total: 130 })
    expect(page.entries).toHaveLength(2)
  })

  it('zero results: an empty container with counts', () => {
    const page = parseUsers(
      parseXml('<users start="0" requestedCount="20" returnedCount="0" totalCount="0"></users>', 'users'),
    )
    expect(page).toEqual({ entries: [], start: 0, total: 0 })
  })

  it('a page past the end and counts that contradict the entries', () => {
    expect(parseUsers(parseXml('<users start="80" totalCount="57"/>', 'users'))).toMatchObject({
      entries: [],
      start: 80,
      total: 57,
    })
    // A total below what this page holds is raised to it; nonsense counts fall back.
    const page = parseUsers(
      parseXml('<users start="x" totalCount="-3"><user><userName>a</userName></user></users>', 'users'),
    )
    expect(page).toMatchObject({ start: 0, total: 1 })
  })
})
