import { describe, expect, it } from 'vitest'
import type { SpeedDial } from '../../api/speed-dials/speed-dials.ts'
import {
  addEntry,
  createDraft,
  draftList,
  entryState,
  findByPosition,
  firstFreePosition,
  isDirty,
  isDraft,
  keepMine,
  moveEntry,
  moveSentence,
  removeEntry,
  updateEntry,
} from './draft.ts'

const base: SpeedDial[] = [
  { index: 2, number: '2', label: 'Dad' },
  { index: 1, number: '1', label: 'Mum' },
  { index: 3, number: '3', label: 'Work' },
]

describe('draft', () => {
  it('starts from the server list, sorted, clean, with stable keys', () => {
    const d = createDraft(base)
    expect(d.entries.map((e) => [e.index, e.label, e.key])).toEqual([
      [1, 'Mum', 'e1'],
      [2, 'Dad', 'e2'],
      [3, 'Work', 'e3'],
    ])
    expect(isDirty(d)).toBe(false)
    expect(createDraft(base)).toEqual(d)
  })

  it('adding sorts the new entry into place and gives it a new key', () => {
    const { draft, key } = addEntry(createDraft(base), { index: 0 + 4, number: '4', label: 'New' })
    expect(key).toBe('e4')
    expect(isDirty(draft)).toBe(true)
    expect(entryState(draft, findByPosition(draft, 4)!)).toBe('new')
    const second = addEntry(draft, { index: 5, number: '5', label: 'Next' })
    expect(second.key).toBe('e5')
  })

  it('editing keeps the key, also when the position changes', () => {
    const d = createDraft(base)
    const edited = updateEntry(d, 'e1', { index: 9, number: '1', label: 'Mum' })
    expect(edited.entries.map((e) => e.key)).toEqual(['e2', 'e3', 'e1'])
    expect(entryState(edited, findByPosition(edited, 9)!)).toBe('new')
    const renamed = updateEntry(d, 'e2', { index: 2, number: '2', label: 'Papa' })
    expect(entryState(renamed, findByPosition(renamed, 2)!)).toBe('changed')
    expect(entryState(renamed, findByPosition(renamed, 1)!)).toBe('saved')
  })

  it('removing and adding back the same entry is clean again', () => {
    const d = removeEntry(createDraft(base), 'e2')
    expect(isDirty(d)).toBe(true)
    expect(isDirty(addEntry(d, { index: 2, number: '2', label: 'Dad' }).draft)).toBe(false)
  })

  it('moving swaps positions with the neighbour and keeps the keys with the items', () => {
    const d = moveEntry(createDraft(base), 'e3', 'up')
    expect(d.entries.map((e) => [e.index, e.label, e.key])).toEqual([
      [1, 'Mum', 'e1'],
      [2, 'Work', 'e3'],
      [3, 'Dad', 'e2'],
    ])
    expect(moveSentence(d, 'e3')).toBe("'Work' moved to speed dial 2 of 3")
  })

  it('moving past an end does nothing', () => {
    const d = createDraft(base)
    expect(moveEntry(d, 'e1', 'up')).toBe(d)
    expect(moveEntry(d, 'e3', 'down')).toBe(d)
    expect(moveEntry(d, 'nope', 'down')).toBe(d)
  })

  it('moves across gaps keep the set of positions', () => {
    const gappy = createDraft([
      { index: 1, number: '1', label: 'A' },
      { index: 5, number: '5', label: 'B' },
    ])
    const moved = moveEntry(gappy, 'e2', 'up')
    expect(draftList(moved)).toEqual([
      { index: 1, number: '5', label: 'B' },
      { index: 5, number: '1', label: 'A' },
    ])
    expect(moveSentence(moved, 'e1')).toBe("'A' moved to speed dial 5 (2 of 2 in your list)")
  })

  it('first free position fills gaps first, and is null when all 99 are used', () => {
    expect(firstFreePosition(base)).toBe(4)
    expect(firstFreePosition([{ index: 2, number: '', label: '' }])).toBe(1)
    expect(firstFreePosition([])).toBe(1)
    const full = Array.from({ length: 99 }, (_, i) => ({ index: i + 1, number: '1', label: 'x' }))
    expect(firstFreePosition(full)).toBeNull()
  })

  it('40 entries: moves and adds stay correct', () => {
    const forty = Array.from({ length: 40 }, (_, i) => ({ index: i + 1, number: String(i), label: `N${i}` }))
    let d = createDraft(forty)
    d = moveEntry(d, 'e40', 'up')
    expect(findByPosition(d, 39)!.label).toBe('N39')
    expect(moveSentence(d, 'e40')).toBe("'N39' moved to speed dial 39 of 40")
    expect(firstFreePosition(d.entries)).toBe(41)
  })

  it('keep mine: re-applies my changes on the new server list, which becomes the base', () => {
    const mine = updateEntry(createDraft(base), 'e1', { index: 1, number: '1', label: 'Mother' })
    const server = [...base, { index: 4, number: '4', label: 'Helpdesk' }]
    const kept = keepMine(mine, server)
    expect(draftList(kept)).toEqual([
      { index: 1, number: '1', label: 'Mother' },
      { index: 2, number: '2', label: 'Dad' },
      { index: 3, number: '3', label: 'Work' },
      { index: 4, number: '4', label: 'Helpdesk' },
    ])
    expect(kept.base).toEqual([...server].sort((a, b) => a.index - b.index))
    expect(kept.entries[0]!.key).toBe('e1')
    expect(new Set(kept.entries.map((e) => e.key)).size).toBe(4)
    expect(isDirty(kept)).toBe(true)
  })

  it('only accepts stored drafts of the right shape', () => {
    const d = createDraft(base)
    expect(isDraft(JSON.parse(JSON.stringify(d)))).toBe(true)
    expect(isDraft({ ...d, base: null })).toBe(true)
    expect(isDraft(null)).toBe(false)
    expect(
      isDraft({ base: [], entries: [{ index: '1', number: '', label: '', key: 'e1' }], nextKey: 2 }),
    ).toBe(false)
    expect(isDraft({ base: [], entries: [{ index: 1, number: '', label: '' }], nextKey: 2 })).toBe(false)
    expect(isDraft({ entries: [], nextKey: 1 })).toBe(false)
  })
})
