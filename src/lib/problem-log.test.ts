import { beforeEach, describe, expect, it } from 'vitest'
import { clearProblems, recordProblem, shownProblems } from './problem-log.ts'

const at = (minute: number) => new Date(Date.UTC(2026, 10, 30, 14, minute))

describe('the problem codes shown in this session', () => {
  beforeEach(() => clearProblems())

  it('keeps the last five, oldest first, each with its time', () => {
    for (let i = 1; i <= 7; i++) recordProblem(`SD-BUSY-50${i}`, at(i))
    expect(shownProblems().map((p) => p.code)).toEqual([
      'SD-BUSY-503',
      'SD-BUSY-504',
      'SD-BUSY-505',
      'SD-BUSY-506',
      'SD-BUSY-507',
    ])
    expect(shownProblems()[4]!.at).toEqual(at(7))
  })

  it('counts the same problem shown again once, and the same code later again', () => {
    recordProblem('CF-NET-000', at(1))
    recordProblem('CF-NET-000', at(1))
    recordProblem('PR-SRV-500', at(2))
    recordProblem('CF-NET-000', at(3))
    expect(shownProblems().map((p) => `${p.code} ${p.at.getUTCMinutes()}`)).toEqual([
      'CF-NET-000 1',
      'PR-SRV-500 2',
      'CF-NET-000 3',
    ])
  })

  it('forgets them at sign-out', () => {
    recordProblem('CF-NET-000', at(1))
    clearProblems()
    expect(shownProblems()).toEqual([])
  })
})
