import { describe, expect, it } from 'vitest'
import { fieldProblems } from './error-summary.tsx'

describe('fieldProblems', () => {
  const ids = { where: 'forward-where', number: 'forward-number', scope: 'forward-scope' }

  it('lists the errors in the order of the fields, linked to their inputs', () => {
    expect(fieldProblems({ scope: { message: 'Choose' }, where: { message: 'Say where' } }, ids)).toEqual([
      { id: 'forward-where', message: 'Say where' },
      { id: 'forward-scope', message: 'Choose' },
    ])
  })

  it('skips fields without a message', () => {
    expect(fieldProblems({ number: {} }, ids)).toEqual([])
  })

  it("adds the server's refusal only when the form finds nothing wrong", () => {
    const server = { field: 'number', message: 'Refused' } as const
    expect(fieldProblems({}, ids, server)).toEqual([{ id: 'forward-number', message: 'Refused' }])
    expect(fieldProblems({ where: { message: 'Say where' } }, ids, server)).toEqual([
      { id: 'forward-where', message: 'Say where' },
    ])
    expect(fieldProblems({}, ids, null)).toEqual([])
  })
})
