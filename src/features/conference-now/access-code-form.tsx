/** "New attendee access code" → "Save access code"; an empty code (anyone can join) asks first. */
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { Button, ButtonGroup } from '../../components/button.tsx'
import { Dialog } from '../../components/dialog.tsx'
import { ErrorSummary } from '../../components/error-summary.tsx'
import { TextField } from '../../components/fields.tsx'
import { SuccessBanner } from '../../components/notices.tsx'
import { ProblemMessage } from '../../components/problem.tsx'
import { useSaveAccessCode } from '../../queries/conferencing.ts'
import { conferenceNowMessages as m } from './messages.ts'
import { accessCodeProblem, normaliseCode } from './rules.ts'

const FIELD = 'cn-code'

export function AccessCodeForm({ userId, current }: { userId: string; current: string }) {
  const save = useSaveAccessCode(userId)
  const form = useForm({ defaultValues: { code: '' } })
  const [problem, setProblem] = useState<{ message: string; attempt: number } | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [done, setDone] = useState<{ message: string; id: number } | null>(null)

  const send = (code: string) => {
    setConfirming(false)
    setDone(null)
    save.mutate(code, {
      onSuccess: (answer) => {
        form.reset({ code: '' })
        setDone((d) => ({
          message: answer.accessCode ? m.saved(answer.accessCode) : m.cleared,
          id: (d?.id ?? 0) + 1,
        }))
      },
    })
  }

  const submit = form.handleSubmit(({ code: typed }) => {
    if (save.isPending) return
    const code = normaliseCode(typed)
    const message = accessCodeProblem(code, current)
    if (message) {
      setProblem((p) => ({ message, attempt: (p?.attempt ?? 0) + 1 }))
      return
    }
    setProblem(null)
    if (code === '') {
      // Nothing to remove when there is no code already.
      if (current === '') setProblem((p) => ({ message: m.enterCode, attempt: (p?.attempt ?? 0) + 1 }))
      else setConfirming(true)
      return
    }
    send(code)
  })

  return (
    <>
      <ErrorSummary
        key={problem?.attempt}
        errors={problem ? [{ id: FIELD, message: problem.message }] : []}
      />
      {done && (
        <SuccessBanner key={done.id} title={m.success}>
          <p>{done.message}</p>
        </SuccessBanner>
      )}
      {save.isError && (
        <ProblemMessage
          error={save.error}
          area="CN"
          action="save"
          title={m.notSaved}
          onRetry={() => void submit()}
          retrying={save.isPending}
        />
      )}
      <form
        noValidate
        className="form form--narrow"
        aria-label={m.codeTitle}
        onSubmit={(e) => void submit(e)}
      >
        <div className="cn-rules" id={`${FIELD}-rules`}>
          <p>{m.rulesTitle}</p>
          <ul>
            {m.rules.map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
        </div>
        <TextField
          id={FIELD}
          label={m.newLabel}
          hint={m.newHint}
          width="short"
          inputMode="numeric"
          autoComplete="off"
          error={problem?.message}
          registration={form.register('code')}
        />
        <Button type="submit" pending={save.isPending} pendingText={m.saving}>
          {m.save}
        </Button>
      </form>
      <Dialog open={confirming} title={m.clearTitle} role="alertdialog" onCancel={() => setConfirming(false)}>
        <p>{m.clearBody}</p>
        <ButtonGroup>
          <Button variant="warning" onClick={() => send('')}>
            {m.clearConfirm}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {m.cancel}
          </Button>
        </ButtonGroup>
      </Dialog>
    </>
  )
}
