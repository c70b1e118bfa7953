import { useId } from 'react'
import { formatTime } from '../../i18n/format.ts'
import { Button, ButtonGroup } from '../../components/button.tsx'
import { outcomeUnknown, ProblemMessage } from '../../components/problem.tsx'
import type { Change } from '../../lib/change-log.ts'
import { changesMessages as m } from './messages.ts'
import { useUndo } from './use-undo.ts'
import { valueWords, whatChanged } from './words.ts'

const timeOf = (at: string) => formatTime(new Date(at))

/** One change: what, before → after, when, and Undo (with the lost-update question when needed). */
export function ChangeItem({ userId, change }: { userId: string; change: Change }) {
  const undo = useUndo(userId, change)
  const what = whatChanged(change)
  const headingId = useId()
  const { phase } = undo
  const busy = phase.step === 'checking' || phase.step === 'working'
  return (
    <li className="change" aria-labelledby={headingId}>
      <h3 className="change-what" id={headingId}>
        {what}
      </h3>
      {change.kind !== 'secret' && (
        <p className="change-values">
          <span className="visually-hidden">{m.before} </span>
          <span className="change-before">{valueWords(change, change.before)}</span>{' '}
          <span aria-hidden="true">{m.arrow}</span>
          <span className="visually-hidden">{m.after}</span>{' '}
          <span className="change-after">{valueWords(change, change.after)}</span>
        </p>
      )}
      <p className="change-when">{m.at(timeOf(change.at))}</p>
      {phase.step === 'ask' && change.kind !== 'secret' && (
        <div className="change-conflict" role="alert">
          <p>{m.changedElsewhere}</p>
          <dl>
            <dt>{m.nowOnSystem}</dt>
            <dd>{valueWords(change, phase.now, phase.now)}</dd>
            <dt>{m.undoWouldSet}</dt>
            <dd>{valueWords(change, change.before, phase.now)}</dd>
          </dl>
          <ButtonGroup>
            <Button size="small" onClick={undo.confirm} aria-label={m.undoAnywayFor(what)}>
              {m.undoAnyway}
            </Button>
            <Button size="small" variant="secondary" onClick={undo.keep} aria-label={m.keepCurrentFor(what)}>
              {m.keepCurrent}
            </Button>
          </ButtonGroup>
        </div>
      )}
      {phase.step === 'failed' && (
        <ProblemMessage
          error={phase.error}
          area="UNDO"
          action="save"
          title={outcomeUnknown(phase.error) ? undefined : m.problemTitle}
          note=""
          onRetry={undo.start}
        />
      )}
      <p className="change-status" role="status">
        {phase.step === 'done' ? m.undone(what) : phase.step === 'kept' ? m.kept : ''}
      </p>
      {undo.canUndo && (phase.step === 'idle' || phase.step === 'kept' || busy) && (
        <Button
          size="small"
          variant="secondary"
          pending={busy}
          pendingText={phase.step === 'checking' ? m.checking : m.undoing}
          aria-label={m.undoFor(what)}
          onClick={undo.start}
        >
          {m.undo}
        </Button>
      )}
      {change.kind === 'secret' && <p className="change-note">{m.noUndo}</p>}
    </li>
  )
}
