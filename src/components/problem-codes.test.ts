import { beforeEach, describe, expect, it } from 'vitest'
import { ApiError } from '../api/api-error.ts'
import { clearProblems, shownProblems } from '../lib/problem-log.ts'
import { shownCode } from './problem.tsx'

describe('a helpdesk code put into a page’s own sentence', () => {
  beforeEach(() => clearProblems())

  it('is the code, and is kept for the helpdesk summary with the time of the failure', () => {
    const error = new ApiError({ kind: 'invalid', status: 415, request: 'PUT extension' })
    expect(shownCode(error, 'CF')).toBe('CF-VAL-415')
    expect(shownProblems()).toEqual([{ code: 'CF-VAL-415', at: error.at }])
    // Shown again for the same failure (a re-render, a second sentence): kept once.
    shownCode(error, 'CF')
    expect(shownProblems()).toHaveLength(1)
  })
})
