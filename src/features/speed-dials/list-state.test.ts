import { describe, expect, it } from 'vitest'
import type { SpeedDial } from '../../api/speed-dials/speed-dials.ts'
import { createDraft, draftList } from './draft.ts'
import { initialSession, listReducer, type ListState } from './list-state.ts'

const base: SpeedDial[] = [
  { index: 1, number: '1', label: 'Mum' },
  { index: 2, number: '2', label: 'Dad' },
]

const start = (): ListState => ({ ...initialSession, draft: createDraft(base) })

describe('listReducer', () => {
  it('adds, announces it, and asks for focus on the new row', () => {
    const next = listReducer(start(), { type: 'add', values: { index: 3, number: '3', label: 'Work' } })
    expect(draftList(next.draft).map((s) => s.label)).toEqual(['Mum', 'Dad', 'Work'])
    expect(next.status).toContain('Work')
    expect(next.focus).toEqual({ key: 'e3', action: 'row' })
  })

  it('removing a row drops its refusal and sends focus to its neighbour, or to Add when none is left', () => {
    const refused = { ...start(), rowErrors: { e1: 'refused', e2: 'refused' } }
    const next = listReducer(refused, { type: 'remove', key: 'e1' })
    expect(next.rowErrors).toEqual({ e2: 'refused' })
    expect(next.focus).toEqual({ key: 'e2', action: 'row' })
    const empty = listReducer(next, { type: 'remove', key: 'e2' })
    expect(empty.focus).toEqual({ key: null, action: 'add' })
  })

  it('moving at an end, or removing an unknown row, changes nothing', () => {
    const state = start()
    expect(listReducer(state, { type: 'move', key: 'e1', direction: 'up' })).toBe(state)
    expect(listReducer(state, { type: 'remove', key: 'nope' })).toBe(state)
  })

  it('moves, keeping focus on the same button', () => {
    const next = listReducer(start(), { type: 'move', key: 'e1', direction: 'down' })
    expect(draftList(next.draft).map((s) => s.label)).toEqual(['Dad', 'Mum'])
    expect(next.focus).toEqual({ key: 'e1', action: 'down' })
  })

  it('a conflict is shown again with a new id; saving or a reset clears it', () => {
    const once = listReducer(start(), { type: 'conflict', server: base })
    const twice = listReducer(once, { type: 'conflict', server: null })
    expect(twice.conflict).toEqual({ id: 2, server: null })
    expect(listReducer(twice, { type: 'saved' }).conflict).toBeNull()
    const reset = listReducer({ ...twice, rowErrors: { e1: 'x' } }, { type: 'reset', status: 'Discarded' })
    expect(reset).toMatchObject({ conflict: null, rowErrors: {}, status: 'Discarded' })
  })

  it('"Keep mine" re-applies the draft on the server list, only while there is a conflict', () => {
    const edited = listReducer(start(), { type: 'add', values: { index: 3, number: '3', label: 'Work' } })
    expect(listReducer(edited, { type: 'keepMine' })).toBe(edited)
    const server = [...base, { index: 4, number: '4', label: 'Gym' }]
    const conflicted = listReducer(edited, { type: 'conflict', server })
    const mine = listReducer(conflicted, { type: 'keepMine' })
    expect(draftList(mine.draft).map((s) => s.label)).toEqual(['Mum', 'Dad', 'Work', 'Gym'])
    expect(mine.draft.base).toEqual(server)
  })

  it('a failed save keeps the draft unless it was rebased, and shows the rows refused', () => {
    const state = { ...start(), conflict: { id: 1, server: null } }
    const failed = listReducer(state, { type: 'failed', rowErrors: { e1: 'refused' } })
    expect(failed).toMatchObject({ conflict: null, rowErrors: { e1: 'refused' }, draft: state.draft })
  })
})
