/**
 * A row's actions. Wide screens: the link "Edit" and the buttons "Move up", "Move down" and
 * "Remove", each naming the item ("Move 'Mum' up"). Narrow screens (CSS, ≤ 719px): one "Actions for
 * 'Mum'" disclosure with the same actions; Escape closes it and returns focus to it. The button that
 * doesn't apply at an end of the list is left out. No dragging anywhere.
 */
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react'
import { Link } from 'react-router'
import { useList, useListCommand } from './context.ts'
import type { DraftEntry } from './draft.ts'
import { speedDialMessages as m } from './messages.ts'
import '../../components/button.css'
import './speed-dials.css'

/** Visible "Move up", accessible "Move 'Mum' up" (the item's name is hidden text inside). */
function Named({ before, name, after }: { before: string; name: string; after?: string }) {
  return (
    // One span, so the button's flex gap doesn't split the visible words.
    <span>
      {before}
      <span className="visually-hidden"> {quoted(name)}</span>
      {after ? ` ${after}` : ''}
    </span>
  )
}

function quoted(label: string) {
  return `'${label}'`
}

interface RowActionsProps {
  entry: DraftEntry
  first: boolean
  last: boolean
  menuOpen: boolean
  onMenu: (open: boolean) => void
}

export function RowActions({ entry, first, last, menuOpen, onMenu }: RowActionsProps) {
  const list = useList()
  const act = useListCommand()
  const menuId = useId()
  const toggle = useRef<HTMLButtonElement>(null)
  const wrapper = useRef<HTMLDivElement>(null)
  const name = entry.label
  const edit = list.href(String(entry.index))

  // A click outside closes the menu (focus stays where the user put it).
  useEffect(() => {
    if (!menuOpen) return
    const onPointer = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) onMenu(false)
    }
    document.addEventListener('pointerdown', onPointer)
    return () => document.removeEventListener('pointerdown', onPointer)
  }, [menuOpen, onMenu])

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && menuOpen) {
      event.preventDefault()
      event.stopPropagation()
      onMenu(false)
      toggle.current?.focus()
    }
  }

  const button = (action: 'up' | 'down' | 'remove', children: ReactNode, onClick: () => void) => (
    <button
      type="button"
      className={`button button--secondary button--small sd-action sd-action--${action}`}
      data-sd-action={action}
      onClick={onClick}
    >
      {children}
    </button>
  )
  const up = () =>
    button('up', <Named before="Move" name={name} after="up" />, () =>
      act({ type: 'move', key: entry.key, direction: 'up' }),
    )
  const down = () =>
    button('down', <Named before="Move" name={name} after="down" />, () =>
      act({ type: 'move', key: entry.key, direction: 'down' }),
    )
  const remove = () =>
    button('remove', <Named before={m.remove} name={name} />, () => {
      onMenu(false)
      act({ type: 'remove', key: entry.key })
    })
  const editLink = (
    <Link to={edit} className="button button--secondary button--small sd-action" data-sd-action="edit">
      <Named before={m.edit} name={name} />
    </Link>
  )

  return (
    <>
      <div className="sd-actions sd-actions--inline">
        {editLink}
        {!first && up()}
        {!last && down()}
        {remove()}
      </div>
      <div className="sd-actions sd-actions--menu" ref={wrapper} onKeyDown={onKeyDown}>
        <button
          ref={toggle}
          type="button"
          className="button button--secondary button--small sd-menu-toggle"
          aria-expanded={menuOpen}
          aria-controls={menuId}
          data-sd-action="menu"
          onClick={() => onMenu(!menuOpen)}
        >
          <span>
            {m.actions}
            <span className="visually-hidden"> for {quoted(name)}</span>
          </span>
          <span className="sd-menu-caret" aria-hidden="true" />
        </button>
        <ul id={menuId} className="sd-menu" hidden={!menuOpen}>
          <li>{editLink}</li>
          {!first && <li>{up()}</li>}
          {!last && <li>{down()}</li>}
          <li>{remove()}</li>
        </ul>
      </div>
    </>
  )
}
