/**
 * "Use these speed dials on all my phones": a confirmation naming what each other phone
 * will lose, then one device-level PUT per phone whose list differs. Before writing, every phone's
 * list is read again: if one changed while the confirmation was open, it shows the new losses and
 * asks again; if this phone's own list changed since its draft started, the conflict panel asks.
 */
import { useState } from 'react'
import type { SpeedDial } from '../../api/speed-dials/speed-dials.ts'
import { Button, ButtonGroup } from '../../components/button.tsx'
import { Dialog } from '../../components/dialog.tsx'
import { ProblemMessage } from '../../components/problem.tsx'
import { SpeedDialSummary } from './conflict-panel.tsx'
import { useList, useListCommand } from './context.ts'
import { draftList, isDirty, saveLists } from './draft.ts'
import { speedDialMessages as m } from './messages.ts'
import { sameEntry } from '../../api/speed-dials/plan.ts'
import { useMakeSame } from '../../queries/speed-dial-save.ts'
import './speed-dials.css'

/** The confirmation's heading: focus goes back to it when the phones' lists changed meanwhile. */
const DIALOG_TITLE = 'sd-make-same-dialog-title'

export function MakeSame() {
  const list = useList()
  const act = useListCommand()
  const makeSame = useMakeSame(list.userId)
  const [open, setOpen] = useState(false)
  const [shown, setShown] = useState<Record<string, SpeedDial[]>>({})
  const [changed, setChanged] = useState(false)
  const phones = list.phones ?? []
  const current = list.phone
  if (!current || phones.length < 2) return null
  const target = draftList(list.draft)
  const others = phones.filter((p) => p.id !== current.id)

  const openDialog = () => {
    setShown(list.phoneLists ?? {})
    setChanged(false)
    makeSame.reset()
    setOpen(true)
  }
  const confirm = () =>
    makeSame.mutate(
      { phoneIds: phones.map((p) => p.id), currentId: current.id, draft: saveLists(list.draft), shown },
      {
        onSuccess: (result) => {
          if (result.kind === 'changed') {
            setShown(result.lists)
            setChanged(true)
            document.getElementById(DIALOG_TITLE)?.focus()
            return
          }
          setOpen(false)
          if (result.kind === 'conflict') act({ type: 'conflict', server: result.server })
          else act({ type: 'madeSame', message: m.madeSame(result.list.length, phones.length) })
        },
      },
    )

  return (
    <section className="sd-make-same" aria-labelledby="sd-make-same-title">
      <h2 id="sd-make-same-title" className="visually-hidden">
        {m.makeSame}
      </h2>
      <Button variant="secondary" onClick={openDialog}>
        {m.makeSame}
      </Button>
      <Dialog
        open={open}
        role="alertdialog"
        title={m.makeSameTitle}
        titleId={DIALOG_TITLE}
        onCancel={makeSame.isPending ? undefined : () => setOpen(false)}
      >
        {changed && (
          <p className="notice notice--warning" role="alert">
            {m.makeSameChanged}
          </p>
        )}
        <p>{m.makeSameIntro(current.description, target.length)}</p>
        {isDirty(list.draft) && <p>{m.makeSameUnsaved}</p>}
        {others.map((phone) => {
          const lose = (shown[phone.id] ?? []).filter((s) => !target.some((t) => sameEntry(t, s)))
          return (
            <div key={phone.id} className="sd-loses">
              {lose.length === 0 ? (
                <p>{m.losesNothing(phone.description)}</p>
              ) : (
                <>
                  <h3 className="subsection-title">{m.willLose(phone.description)}</h3>
                  <SpeedDialSummary items={lose} />
                </>
              )}
            </div>
          )
        })}
        {makeSame.error && (
          <ProblemMessage
            error={makeSame.error}
            area="SD"
            action="save"
            onRetry={confirm}
            retrying={makeSame.isPending}
          />
        )}
        <ButtonGroup>
          <Button
            variant="warning"
            onClick={confirm}
            pending={makeSame.isPending}
            pendingText={m.makeSamePending}
          >
            {m.makeSameConfirm}
          </Button>
          <Button variant="secondary" onClick={() => !makeSame.isPending && setOpen(false)}>
            {m.makeSameCancel}
          </Button>
        </ButtonGroup>
      </Dialog>
    </section>
  )
}
