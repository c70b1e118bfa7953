/**
 * The lost-update guard's question: the list changed on the phone system since the draft started,
 * so nothing was written. Both versions side by side; "Keep mine" re-applies the user's changes on
 * top of the new list and saves at once (guarded again); "Use the phone system's" drops the draft.
 */
import { useEffect, useRef } from 'react'
import type { SpeedDial } from '../../api/speed-dials/speed-dials.ts'
import { Button, ButtonGroup } from '../../components/button.tsx'
import { useList, useListCommand } from './context.ts'
import { draftList } from './draft.ts'
import { speedDialMessages as m } from './messages.ts'
import './speed-dials.css'
import { Ltr } from '../../components/ltr.tsx'

export function SpeedDialSummary({ items, label }: { items: readonly SpeedDial[]; label?: string }) {
  if (items.length === 0) return <p className="muted">{m.noEntries}</p>
  return (
    <ul className="item-list sd-summary" aria-label={label}>
      {items.map((s) => (
        <li key={s.index}>
          <span className="sd-summary-position">{m.speedDialColon(s.index)}</span> <strong>{s.label}</strong>{' '}
          <span className="sd-number">
            <Ltr>{s.number}</Ltr>
          </span>
        </li>
      ))}
    </ul>
  )
}

export function ConflictPanel() {
  const list = useList()
  const act = useListCommand()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    heading.current?.focus()
  }, [])
  if (!list.conflict) return null
  const server = list.conflict.server
  return (
    <section className="sd-conflict" aria-labelledby="sd-conflict-title">
      <h2 id="sd-conflict-title" className="section-title" tabIndex={-1} ref={heading}>
        {m.conflictTitle}
      </h2>
      <p>{m.conflictBody}</p>
      <div className="layout-two sd-conflict-lists">
        <div>
          <h3 className="subsection-title" id="sd-conflict-server">
            {m.conflictServer}
          </h3>
          {server ? (
            <SpeedDialSummary items={server} label={m.conflictServer} />
          ) : (
            <p>{m.conflictPhonesDiffer}</p>
          )}
        </div>
        <div>
          <h3 className="subsection-title">{m.conflictMine}</h3>
          <SpeedDialSummary items={draftList(list.draft)} label={m.conflictMine} />
        </div>
      </div>
      <p className="field-hint">{m.keepMineHint}</p>
      <ButtonGroup>
        <Button onClick={() => act({ type: 'keepMine' })} pending={list.saving} pendingText={m.saving}>
          {m.keepMine}
        </Button>
        <Button variant="secondary" onClick={() => act({ type: 'useTheirs' })}>
          {m.useTheirs}
        </Button>
      </ButtonGroup>
    </section>
  )
}
