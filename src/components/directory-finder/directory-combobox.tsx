/**
 * The WAI-ARIA combobox (list autocomplete, APG "combobox with listbox popup"): type 2+ characters,
 * results appear after a short pause (one request per settled text, the one in flight abandoned
 * when the text changes, each text's results cached), arrows move through them, Enter or a click
 * chooses, Escape closes. Focus stays in the input; the active option is aria-activedescendant.
 */
import { useQuery } from '@tanstack/react-query'
import { useEffect, useId, useState, type KeyboardEvent } from 'react'
import { planSearch } from '../../api/users/directory-query.ts'
import type { DirectoryEntry } from '../../api/users/users.ts'
import { directoryQueries } from '../../queries/directory.ts'
import type { Chosen } from './directory-finder.tsx'
import { finderMessages as m } from './messages.ts'
import '../fields.css'
import './directory-combobox.css'

/** How long typing must pause before a search goes out. */
const SETTLE_MS = 300

function useSettled(value: string): string {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), SETTLE_MS)
    return () => clearTimeout(timer)
  }, [value])
  return settled
}

interface Option extends Chosen {
  key: string
  label: string
}

function options(entries: DirectoryEntry[]): Option[] {
  return entries.flatMap((e) => {
    const name = e.displayName?.trim() || [e.firstName, e.lastName].filter(Boolean).join(' ') || e.userId
    return (
      [
        ['work', m.work, e.phoneNumber],
        ['mobile', m.mobile, e.mobileNumber],
        ['home', m.home, e.homeNumber],
      ] as const
    )
      .map(([kind, label, raw]) => ({ kind, label, number: raw.replace(/[^\d+*#]/g, '') }))
      .filter((o) => o.number !== '')
      .map(({ kind, ...o }) => ({ ...o, name, key: `${e.userId}:${kind}` }))
  })
}

export default function DirectoryCombobox({
  id,
  limit,
  onChoose,
}: {
  id: string
  limit: number
  onChoose: (chosen: Chosen) => void
}) {
  const listId = useId()
  const [text, setText] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)
  const [announced, setAnnounced] = useState('')
  const settled = useSettled(text)
  const plan = planSearch(settled)
  const searchable = 'params' in plan
  const search = useQuery({
    ...directoryQueries.search(settled.trim(), 1, Math.min(10, limit)),
    enabled: searchable && open,
  })
  const found = searchable && search.data ? options(search.data.entries) : []
  const expanded = open && found.length > 0
  const typing = text.trim() !== settled.trim()

  const state =
    !open || !searchable
      ? ''
      : typing || search.isFetching
        ? m.searching
        : search.isError
          ? m.failed
          : search.data && found.length === 0
            ? m.none
            : found.length
              ? m.found(found.length)
              : ''

  const choose = (option: Option) => {
    onChoose({ name: option.name, number: option.number })
    setText('')
    setOpen(false)
    setActive(-1)
    setAnnounced(m.chosen(option.name, option.number))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      setOpen(true)
      if (!found.length) return
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((i) => (i < 0 ? (step > 0 ? 0 : found.length - 1) : (i + step + found.length) % found.length))
    } else if (event.key === 'Enter') {
      // Enter chooses the active option; it never submits the form from here.
      event.preventDefault()
      const option = expanded ? found[active] : undefined
      if (option) choose(option)
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault()
        setOpen(false)
        setActive(-1)
      } else if (text) {
        event.preventDefault()
        setText('')
      }
    }
  }

  const activeOption = expanded && active >= 0 ? found[active] : undefined
  return (
    <div className="field finder">
      <label htmlFor={id} className="field-label">
        {m.label}
      </label>
      <div id={`${id}-hint`} className="field-hint">
        {m.hint}
      </div>
      <div className="finder-box">
        <input
          id={id}
          type="text"
          role="combobox"
          className="input input--medium"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-describedby={`${id}-hint ${id}-state`}
          aria-activedescendant={activeOption ? `${listId}-${active}` : undefined}
          value={text}
          onChange={(event) => {
            setText(event.target.value)
            setOpen(true)
            setActive(-1)
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <ul id={listId} role="listbox" aria-label={m.listLabel} className="finder-list" hidden={!expanded}>
          {expanded &&
            found.map((option, i) => (
              <li
                key={option.key}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className="finder-option"
                // Chosen before the input's blur closes the list.
                onMouseDown={(event) => {
                  event.preventDefault()
                  choose(option)
                }}
              >
                <span className="finder-name">{option.name}</span>{' '}
                <span className="finder-number">{m.labelledNumber(option.label, option.number)}</span>
              </li>
            ))}
        </ul>
      </div>
      <div id={`${id}-state`} role="status" className="finder-state">
        {state || announced}
        {expanded &&
        search.data &&
        search.data.total > found.length &&
        search.data.entries.length < search.data.total
          ? ` ${m.more(search.data.total)}`
          : ''}
      </div>
    </div>
  )
}
