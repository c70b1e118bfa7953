import { describe, expect, it } from 'vitest'
import type { SpeedDial } from '../../api/speed-dials/speed-dials.ts'
import {
  addEntry,
  createDraft,
  draftList,
  findByPosition,
  moveEntry,
  removeEntry,
  updateEntry,
  type Draft,
} from './draft.ts'
import { diffLists, mergeKeepingMine, needsGuard, planSave, sameList } from '../../api/speed-dials/plan.ts'

const mum: SpeedDial = { index: 1, number: '07700900123', label: 'Mum' }
const dad: SpeedDial = { index: 2, number: '07700900456', label: 'Dad' }
const work: SpeedDial = { index: 3, number: '+441234567890', label: 'Work' }
const base = [mum, dad, work]
const user = { deleteByIndex: true }
const phone = { deleteByIndex: false }

function key(draft: Draft, index: number): string {
  return findByPosition(draft, index)!.key
}

/** Plans what the user did to the base list, through the same draft operations the page uses. */
function planAfter(steps: (d: Draft) => Draft, options = user) {
  const draft = steps(createDraft(base))
  return planSave(draft.base, draftList(draft), options)
}

const add = (values: SpeedDial) => (d: Draft) => addEntry(d, values).draft
const remove = (index: number) => (d: Draft) => removeEntry(d, key(d, index))
const edit = (index: number, changes: Partial<SpeedDial>) => (d: Draft) => {
  const entry = findByPosition(d, index)!
  return updateEntry(d, entry.key, { ...entry, ...changes })
}
const move = (index: number, dir: 'up' | 'down') => (d: Draft) => moveEntry(d, key(d, index), dir)
const steps =
  (...fns: Array<(d: Draft) => Draft>) =>
  (d: Draft) =>
    fns.reduce((acc, fn) => fn(acc), d)

const dentist: SpeedDial = { index: 4, number: '01632960001', label: 'Dentist' }
const school: SpeedDial = { index: 7, number: '01632960002', label: 'School' }

describe('planSave: the minimal request set for each combination', () => {
  it('no change: no requests', () => {
    expect(planAfter((d) => d)).toEqual([])
  })

  it('an edit that is undone again: no requests', () => {
    expect(planAfter(steps(edit(2, { label: 'Papa' }), edit(2, { label: 'Dad' })))).toEqual([])
  })

  it('one addition: one POST with it', () => {
    expect(planAfter(add(dentist))).toEqual([{ method: 'POST', items: [dentist] }])
  })

  it('several additions: still one POST, in position order', () => {
    expect(planAfter(steps(add(school), add(dentist)))).toEqual([
      { method: 'POST', items: [dentist, school] },
    ])
  })

  it('one removal: one DELETE ?index=', () => {
    expect(planAfter(remove(2))).toEqual([{ method: 'DELETE', index: 2 }])
  })

  it('several removals: one DELETE each, lowest first', () => {
    expect(planAfter(steps(remove(3), remove(1)))).toEqual([
      { method: 'DELETE', index: 1 },
      { method: 'DELETE', index: 3 },
    ])
  })

  it('removing everything: a DELETE per position (never an empty PUT)', () => {
    expect(planAfter(steps(remove(1), remove(2), remove(3)))).toEqual([
      { method: 'DELETE', index: 1 },
      { method: 'DELETE', index: 2 },
      { method: 'DELETE', index: 3 },
    ])
  })

  it('additions and removals: the DELETEs, then one POST', () => {
    expect(planAfter(steps(remove(2), add(dentist)))).toEqual([
      { method: 'DELETE', index: 2 },
      { method: 'POST', items: [dentist] },
    ])
  })

  it('an edit of the name: one PUT of the whole list', () => {
    const plan = planAfter(edit(2, { label: 'Papa' }))
    expect(plan).toEqual([{ method: 'PUT', items: [mum, { ...dad, label: 'Papa' }, work] }])
    expect(needsGuard(plan)).toBe(true)
  })

  it('an edit of the number: one PUT', () => {
    expect(planAfter(edit(3, { number: '9,123' }))).toEqual([
      { method: 'PUT', items: [mum, dad, { ...work, number: '9,123' }] },
    ])
  })

  it('an edit that only changes the position to a free one: a removal plus an addition', () => {
    // Position 3 empties and 5 is new: no existing position changes, so no PUT is needed.
    expect(planAfter(edit(3, { index: 5 }))).toEqual([
      { method: 'DELETE', index: 3 },
      { method: 'POST', items: [{ ...work, index: 5 }] },
    ])
  })

  it('a move: one PUT with the two entries swapped', () => {
    expect(planAfter(move(3, 'up'))).toEqual([
      { method: 'PUT', items: [mum, { ...work, index: 2 }, { ...dad, index: 3 }] },
    ])
  })

  it('a move there and back: no requests', () => {
    expect(planAfter(steps(move(1, 'down'), move(2, 'up')))).toEqual([])
  })

  it('a move plus an addition: one PUT carrying both (no POST)', () => {
    expect(planAfter(steps(move(1, 'down'), add(dentist)))).toEqual([
      { method: 'PUT', items: [{ ...dad, index: 1 }, { ...mum, index: 2 }, work, dentist] },
    ])
  })

  it('an edit plus a removal: one PUT without the removed entry (no DELETE)', () => {
    expect(planAfter(steps(edit(1, { label: 'Mother' }), remove(3)))).toEqual([
      { method: 'PUT', items: [{ ...mum, label: 'Mother' }, dad] },
    ])
  })

  it('add, remove, edit and move together: one PUT', () => {
    const plan = planAfter(steps(add(dentist), remove(1), edit(2, { number: '1' }), move(4, 'up')))
    expect(plan).toEqual([
      {
        method: 'PUT',
        items: [
          { ...dad, number: '1' },
          { ...dentist, index: 3 },
          { ...work, index: 4 },
        ],
      },
    ])
  })

  it('remove a position and add a different entry at the same position: one PUT', () => {
    expect(planAfter(steps(remove(2), add({ ...dentist, index: 2 })))).toEqual([
      { method: 'PUT', items: [mum, { ...dentist, index: 2 }, work] },
    ])
  })

  it('remove a position and add the same entry back: no requests', () => {
    expect(planAfter(steps(remove(2), add(dad)))).toEqual([])
  })

  it('additions and removals never need the lost-update guard', () => {
    expect(needsGuard(planAfter(steps(remove(1), add(dentist))))).toBe(false)
  })

  describe("a phone's own list (no DELETE at device level)", () => {
    it('additions: one POST', () => {
      expect(planAfter(add(dentist), phone)).toEqual([{ method: 'POST', items: [dentist] }])
    })
    it('a removal: one PUT of what is left', () => {
      expect(planAfter(remove(1), phone)).toEqual([{ method: 'PUT', items: [dad, work] }])
    })
    it('removing everything: one PUT of an empty list', () => {
      expect(planAfter(steps(remove(1), remove(2), remove(3)), phone)).toEqual([{ method: 'PUT', items: [] }])
    })
    it('addition and removal: one PUT', () => {
      expect(planAfter(steps(remove(1), add(dentist)), phone)).toEqual([
        { method: 'PUT', items: [dad, work, dentist] },
      ])
    })
    it('a move: one PUT', () => {
      expect(planAfter(move(1, 'down'), phone)).toEqual([
        { method: 'PUT', items: [{ ...dad, index: 1 }, { ...mum, index: 2 }, work] },
      ])
    })
  })

  it('from an empty list: one POST', () => {
    expect(planSave([], [mum], user)).toEqual([{ method: 'POST', items: [mum] }])
  })

  it('with no single base (phones differed): one PUT of the whole list', () => {
    expect(planSave(null, [dad, mum], user)).toEqual([{ method: 'PUT', items: [mum, dad] }])
  })
})

describe('diffLists', () => {
  it('compares by position, name and number', () => {
    expect(diffLists(base, [{ ...mum, label: 'Mother' }, work, dentist])).toEqual({
      added: [dentist],
      removed: [2],
      changed: [{ ...mum, label: 'Mother' }],
    })
  })
  it('is exact about text (case and spaces count)', () => {
    expect(diffLists([mum], [{ ...mum, label: 'mum' }]).changed).toHaveLength(1)
    expect(diffLists([mum], [{ ...mum, label: 'Mum ' }]).changed).toHaveLength(1)
  })
})

describe('sameList', () => {
  it('ignores array order, not content', () => {
    expect(sameList([mum, dad], [dad, mum])).toBe(true)
    expect(sameList([mum, dad], [mum])).toBe(false)
    expect(sameList([mum], [{ ...mum, number: '1' }])).toBe(false)
  })
  it('null only equals null', () => {
    expect(sameList(null, null)).toBe(true)
    expect(sameList(null, [])).toBe(false)
  })
})

describe('mergeKeepingMine ("Keep mine")', () => {
  const helpdesk: SpeedDial = { index: 5, number: '2000', label: 'Helpdesk' }

  it("keeps the other side's additions at positions I didn't touch", () => {
    const mine = [{ ...mum, label: 'Mother' }, dad, work]
    const theirs = [mum, dad, work, helpdesk]
    expect(mergeKeepingMine(base, mine, theirs)).toEqual([{ ...mum, label: 'Mother' }, dad, work, helpdesk])
  })

  it('my change wins over theirs at the same position', () => {
    const mine = [{ ...mum, label: 'Mother' }, dad, work]
    const theirs = [{ ...mum, label: 'Mummy' }, dad, work]
    expect(mergeKeepingMine(base, mine, theirs)).toEqual(mine)
  })

  it('my removal wins; their removal of a position I kept stays removed', () => {
    const mine = [mum, dad] // I removed Work
    const theirs = [dad, work] // they removed Mum
    expect(mergeKeepingMine(base, mine, theirs)).toEqual([dad])
  })

  it('my move is re-applied on top of their addition', () => {
    const mine = [{ ...dad, index: 1 }, { ...mum, index: 2 }, work]
    const theirs = [...base, helpdesk]
    expect(mergeKeepingMine(base, mine, theirs)).toEqual([...mine, helpdesk])
  })

  it('my addition wins a position they also filled', () => {
    const mine = [...base, { ...dentist, index: 5 }]
    const theirs = [...base, helpdesk]
    expect(mergeKeepingMine(base, mine, theirs)).toEqual([...base, { ...dentist, index: 5 }])
  })

  it('with no single list on the server, mine is taken whole', () => {
    expect(mergeKeepingMine(base, [dad], null)).toEqual([dad])
  })
})
