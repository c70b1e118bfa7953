import { useEffect, useState, type FormEvent } from 'react'
import { Link, useNavigate } from 'react-router'
import { Button } from '../../components/button.tsx'
import { ErrorSummary, type FieldProblem } from '../../components/error-summary.tsx'
import { Field } from '../../components/fields.tsx'
import { InfoNotice, SuccessBanner } from '../../components/notices.tsx'
import { Page } from '../../components/page.tsx'
import { ProblemMessage } from '../../components/problem.tsx'
import { ConflictPanel } from './conflict-panel.tsx'
import { useList, useListCommand } from './context.ts'
import { entryState, firstFreePosition, isDirty, type DraftEntry } from './draft.ts'
import type { FocusRequest } from './list-state.ts'
import { MakeSame } from './make-same.tsx'
import { speedDialMessages as m } from './messages.ts'
import { RowActions } from './row-actions.tsx'
import { settingIds } from '../../lib/setting-ids.ts'
import './speed-dials.css'
import { Ltr } from '../../components/ltr.tsx'

export const ADD_LINK_ID = 'sd-add'

function rowId(key: string) {
  return `sd-row-${key}`
}

function isVisible(el: Element): boolean {
  return el.getClientRects().length > 0
}

/** Focus after a change: the moved item's same button (or the one left at an end), a row, or Add. */
function applyFocus(request: FocusRequest) {
  if (request.action === 'add' || !request.key) {
    document.getElementById(ADD_LINK_ID)?.focus()
    return
  }
  const row = document.getElementById(rowId(request.key))
  if (!row) return
  if (request.action === 'row') {
    row.focus()
    return
  }
  const other = request.action === 'up' ? 'down' : 'up'
  const find = (action: string) =>
    [...row.querySelectorAll<HTMLElement>(`[data-sd-action="${action}"]`)].find(isVisible)
  ;(find(request.action) ?? find(other) ?? row).focus()
}

export function ListPage() {
  const list = useList()
  const act = useListCommand()
  const { draft, readOnly, focus } = list
  const [openMenu, setOpenMenu] = useState<string | null>(null)

  // After add/edit (coming back from the form), remove and move: put focus where the user expects.
  useEffect(() => {
    if (!focus) return
    applyFocus(focus)
    act({ type: 'focused' })
  }, [focus, act, draft])

  const dirty = isDirty(draft)
  const save = () => act({ type: 'save' })
  const rowProblems: FieldProblem[] = draft.entries
    .filter((e) => list.rowErrors[e.key])
    .map((e) => ({ id: rowId(e.key), message: m.rowProblem(e.index, list.rowErrors[e.key] ?? '') }))
  const free = firstFreePosition(draft.entries)
  const count = draft.entries.length

  const above =
    rowProblems.length > 0 ? (
      <ErrorSummary errors={rowProblems} />
    ) : list.flash ? (
      <SuccessBanner>{list.flash}</SuccessBanner>
    ) : null

  return (
    <Page title={m.title} lede={m.lede} above={above}>
      {readOnly && (
        <InfoNotice title={readOnly.title}>
          <p>{readOnly.body}</p>
        </InfoNotice>
      )}
      {list.phones && list.phone && <PhoneChooser />}
      {list.saveProblem !== null && (
        <ProblemMessage
          error={list.saveProblem}
          area="SD"
          action="save"
          onRetry={save}
          retrying={list.saving}
        />
      )}
      {list.conflict && <ConflictPanel key={list.conflict.id} />}

      <section className="card sd-section" aria-labelledby="sd-list-title" id="speed-dial-list">
        <h2 id="sd-list-title" className={list.phone ? 'section-title' : 'visually-hidden'}>
          {list.phone ? m.onPhone(list.phone.description) : m.listTitle}
        </h2>
        {count === 0 ? (
          <div className="sd-empty">
            <p className="sd-empty-title">{m.empty}</p>
            {!readOnly && <p>{m.emptyHint}</p>}
          </div>
        ) : (
          <>
            <p className="field-hint">{m.positionHint}</p>
            <ol className="sd-list">
              {draft.entries.map((entry, i) => (
                <Row
                  key={entry.key}
                  entry={entry}
                  first={i === 0}
                  last={i === count - 1}
                  menuOpen={openMenu === entry.key}
                  onMenu={(open) => setOpenMenu(open ? entry.key : null)}
                />
              ))}
            </ol>
          </>
        )}
        {!readOnly &&
          (free === null ? (
            <p className="sd-limit">{m.limitReached}</p>
          ) : (
            <p>
              <Link to={list.href('add')} id={ADD_LINK_ID} className="button button--secondary">
                {m.add}
              </Link>
            </p>
          ))}
      </section>

      {!readOnly && list.phones && list.phone && <MakeSame />}

      {!readOnly && dirty && !list.conflict && (
        <div className="save-bar" role="region" aria-label={m.unsaved}>
          <span className="save-bar-text">{m.unsaved}</span>
          <Button pending={list.saving} pendingText={m.saving} onClick={save}>
            {m.save}
          </Button>
          <Button variant="secondary" onClick={() => act({ type: 'discard' })}>
            {m.discard}
          </Button>
        </div>
      )}
    </Page>
  )
}

function Row({
  entry,
  first,
  last,
  menuOpen,
  onMenu,
}: {
  entry: DraftEntry
  first: boolean
  last: boolean
  menuOpen: boolean
  onMenu: (open: boolean) => void
}) {
  const list = useList()
  const state = entryState(list.draft, entry)
  const error = list.rowErrors[entry.key]
  const errorId = `${rowId(entry.key)}-error`
  return (
    <li
      id={rowId(entry.key)}
      className={`sd-row${error ? ' sd-row--error' : ''}`}
      tabIndex={-1}
      aria-describedby={error ? errorId : undefined}
    >
      <div className="sd-row-main" id={settingIds.speedDial(entry.index)}>
        <span className="sd-position">{m.speedDial(entry.index)}</span>
        <span className="sd-name">{entry.label}</span>
        <span className="sd-number">
          <Ltr>{entry.number}</Ltr>
        </span>
        {state !== 'saved' && !list.readOnly && <span className="tag sd-tag">{m.notSaved}</span>}
        {error && (
          <p id={errorId} className="field-error sd-row-error">
            <span className="visually-hidden">{m.errorPrefix} </span>
            {error}
          </p>
        )}
      </div>
      {!list.readOnly && (
        <RowActions entry={entry} first={first} last={last} menuOpen={menuOpen} onMenu={onMenu} />
      )}
    </li>
  )
}

function PhoneChooser() {
  const list = useList()
  const navigate = useNavigate()
  const [selected, setSelected] = useState(list.phone?.id ?? '')
  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    navigate(`/speed-dials?phone=${encodeURIComponent(selected)}`)
  }
  return (
    <div className="sd-phones">
      <InfoNotice>
        <p>{m.differNotice}</p>
      </InfoNotice>
      <form className="sd-phone-form" onSubmit={onSubmit} noValidate>
        <Field id="sd-phone" label={m.whichPhone}>
          <select
            id="sd-phone"
            className="select input--full"
            value={selected}
            onChange={(e) => setSelected(e.target.value)}
          >
            {list.phones!.map((p) => (
              <option key={p.id} value={p.id}>
                {m.phoneOption(p.description, list.dirtyPhones.has(p.id))}
              </option>
            ))}
          </select>
        </Field>
        <Button type="submit" variant="secondary">
          {m.showPhone}
        </Button>
      </form>
    </div>
  )
}
