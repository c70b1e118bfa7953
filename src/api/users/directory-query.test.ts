import { describe, expect, it } from 'vitest'
import { planSearch } from './directory-query.ts'

// What was typed → what is sent to UDS /users (the table the issue asks for).
const TABLE: Array<[string, ReturnType<typeof planSearch>]> = [
  ['', { kind: 'empty' }],
  ['   ', { kind: 'empty' }],
  ['d', { kind: 'tooShort', text: 'd' }],
  [' 5 ', { kind: 'tooShort', text: '5' }],
  ['+1', { kind: 'tooShort', text: '+1' }],
  ['dana', { kind: 'name', text: 'dana', params: { name: 'dana' } }],
  ['  Dana   M ', { kind: 'name', text: 'Dana M', params: { name: 'Dana M' } }],
  ['van der berg', { kind: 'name', text: 'van der berg', params: { name: 'van der berg' } }],
  ["O'Brien", { kind: 'name', text: "O'Brien", params: { name: "O'Brien" } }],
  ['<b>&amp;%', { kind: 'name', text: '<b>&amp;%', params: { name: '<b>&amp;%' } }],
  ['Jo', { kind: 'name', text: 'Jo', params: { name: 'Jo' } }],
  ['a1', { kind: 'name', text: 'a1', params: { name: 'a1' } }],
  ['*55', { kind: 'name', text: '*55', params: { name: '*55' } }],
  ['20', { kind: 'number', text: '20', params: { number: '20' } }],
  ['200', { kind: 'number', text: '200', params: { number: '200' } }],
  ['2000', { kind: 'number', text: '2000', params: { number: '2000' }, fallback: { numberlast: '2000' } }],
  [
    '+1 (312) 555-2000',
    {
      kind: 'number',
      text: '13125552000',
      params: { number: '13125552000' },
      fallback: { numberlast: '13125552000' },
    },
  ],
  [
    '0161 496.0000',
    {
      kind: 'number',
      text: '01614960000',
      params: { number: '01614960000' },
      fallback: { numberlast: '01614960000' },
    },
  ],
  [
    'maya.chen@example.com',
    { kind: 'email', text: 'maya.chen@example.com', params: { email: 'maya.chen@example.com' } },
  ],
  [' @x ', { kind: 'email', text: '@x', params: { email: '@x' } }],
]

describe('planSearch: query → UDS parameters', () => {
  it.each(TABLE)('%j', (typed, plan) => {
    expect(planSearch(typed)).toEqual(plan)
  })

  it('keeps 1000 characters of hostile text as one name (the client URL-encodes it)', () => {
    const long = '<&%"\''.repeat(200)
    const plan = planSearch(long)
    expect(plan).toMatchObject({ kind: 'name', params: { name: long } })
  })
})
