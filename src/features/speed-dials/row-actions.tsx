/**
 * A row's actions. Wide screens: the link "Edit" and the buttons "Move up", "Move down" and
 * "Remove", each naming the item ("Move 'Mum' up"). Narrow screens (CSS, ≤ 719px): one "Actions for
 * 'Mum'" disclosure with the same actions; Escape closes it and returns focus to it. The button that
 * doesn't apply at an end of the list is left out. No dragging anywhere.
 */
import { useEffect, useId, useRef, type KeyboardEvent } from 'react'
import { Link } from 'react-router'
import { useList, useListCommand } from './context.ts'
import type { DraftEntry } from './draft.ts'
import { speedDialMessages as m } from './messages.ts'
import '../../components/button.css'
import './speed-dials.css'

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

  // Visible "Move up", heard "Move 'Mum' up": the item's name is in the accessible name.
  const button = (action: 'up' | 'down' | 'remove', visible: string, heard: string, onClick: () => void) => (
    <button
      type="button"
      className={`button button--secondary button--small sd-action sd-action--${action}`}
      data-sd-action={action}
      aria-label={heard}
      onClick={onClick}
    >
      <span>{visible}</span>
    </button>
  )
  const up = () =>
    button('up', m.moveUp, m.moveUpName(name), () => act({ type: 'move', key: entry.key, direction: 'up' }))
  const down = () =>
    button('down', m.moveDown, m.moveDownName(name), () =>
      act({ type: 'move', key: entry.key, direction: 'down' }),
    )
  const remove = () =>
    button('remove', m.remove, m.removeName(name), () => {
      onMenu(false)
      act({ type: 'remove', key: entry.key })
    })
  const editLink = (
    <Link
      to={edit}
      className="button button--secondary button--small sd-action"
      data-sd-action="edit"
      aria-label={m.editName(name)}
    >
      <span>{m.edit}</span>
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
          aria-label={m.actionsFor(name)}
          onClick={() => onMenu(!menuOpen)}
        >
          <span>{m.actions}</span>
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
