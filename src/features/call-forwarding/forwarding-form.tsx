import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useMemo, useRef, useState, type FormEvent } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { z } from 'zod'
import { ApiError } from '../../api/api-error.ts'
import { type Line } from '../../api/extensions/extensions.ts'
import { lineQueries, useUpdateLine } from '../../queries/extensions.ts'
import { useUpdateUser } from '../../queries/user.ts'
import { Button } from '../../components/button.tsx'
import { DirectoryFinder } from '../../components/directory-finder/directory-finder.tsx'
import { ErrorSummary, fieldProblems } from '../../components/error-summary.tsx'
import { RadioGroup, TextField } from '../../components/fields.tsx'
import { SuccessBanner } from '../../components/notices.tsx'
import { ProblemMessage, shownCode } from '../../components/problem.tsx'
import { UnsavedChangesGuard } from '../../components/unsaved-changes.tsx'
import { clearDraft, draftKey, useFormDraft } from '../../lib/drafts.ts'
import { forwardingSentence, isForwarded } from '../../lib/read-back.ts'
import { CurrentForwarding } from './current-forwarding.tsx'
import {
  ALL_LINES,
  desiredForward,
  FIELD_IDS,
  forwardPatch,
  initialValues,
  targetLines,
  undoChange,
  validateForwarding,
  whereOf,
  type ForwardingChange,
  type ForwardingValues,
  type Outcome,
} from './forwarding-rules.ts'
import { useDirectoryPrefill } from './directory-prefill.ts'
import { forwardingMessages as m } from './messages.ts'
import { SettingHeading } from '../../components/setting-heading.tsx'
import { settingIds } from '../../lib/setting-ids.ts'

type Failure = { error: ApiError; retry: () => void }

interface ForwardingFormProps {
  userId: string
  /** The cached lines, primary first (kept current by the mutations). */
  lines: Line[]
}

export function ForwardingForm({ userId, lines }: ForwardingFormProps) {
  const queryClient = useQueryClient()
  const updateUser = useUpdateUser(userId)
  const updateLine = useUpdateLine(userId)
  const schema = useMemo(
    () =>
      z
        .object({ where: z.enum(['', 'off', 'voicemail', 'number']), number: z.string(), scope: z.string() })
        .superRefine((values, ctx) => {
          for (const [field, message] of Object.entries(validateForwarding(values, lines)))
            ctx.addIssue({ code: 'custom', path: [field], message })
        }),
    [lines],
  )
  const [initial] = useState(() => initialValues(lines))
  const form = useForm<ForwardingValues>({
    resolver: zodResolver(schema),
    defaultValues: initial,
    shouldFocusError: false,
  })
  const key = draftKey(userId, 'call-forwarding')
  useFormDraft(form, key)
  const prefill = useDirectoryPrefill(form)
  const where = useWatch({ control: form.control, name: 'where' })
  const { errors, isDirty } = form.formState

  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [failure, setFailure] = useState<Failure | null>(null)
  const [serverField, setServerField] = useState<{ field: 'number' | 'where'; message: string } | null>(null)
  const [working, setWorking] = useState<'save' | 'undo' | null>(null)
  // Set synchronously, so a double click (before React re-renders the pending button) sends one request.
  const busy = useRef(false)
  const outcomeId = useRef(0)

  const problems = fieldProblems(errors, FIELD_IDS, serverField)

  /** Sends a change and returns the affected lines as the server now has them. */
  async function apply(change: ForwardingChange): Promise<Line[]> {
    if (change.kind === 'all') {
      await updateUser.mutateAsync({ callForward: change.patch })
      // The mutation copied the answer onto the cached lines (or refetched them when it didn't apply to all).
      return queryClient.getQueryData(lineQueries.list(userId).queryKey) ?? lines
    }
    const answers: Line[] = []
    for (const item of change.items)
      answers.push(await updateLine.mutateAsync({ lineId: item.lineId, patch: { callForward: item.patch } }))
    return answers
  }

  function newOutcome(lead: string, changed: Line[], undo: ForwardingChange | null): Outcome {
    outcomeId.current += 1
    return {
      id: outcomeId.current,
      lead,
      sentences: changed.map((l) => `${forwardingSentence(l.directoryNumber, l.callForward, true)}.`),
      checkIt: changed.some((l) => isForwarded(l.callForward)),
      undo,
    }
  }

  const save = async (values: ForwardingValues) => {
    setOutcome(null)
    setFailure(null)
    setServerField(null)
    const several = lines.length > 1
    const before = targetLines(lines, values.scope)
    const patch = forwardPatch(
      before.map((l) => l.callForward),
      desiredForward(values),
    )
    if (!patch) {
      // Nothing would change on the server, so nothing is unsaved: no draft, no "Leave without saving?".
      clearDraft(key)
      form.reset(values)
      outcomeId.current += 1
      setOutcome({ id: outcomeId.current, lead: '', sentences: [m.unchanged], checkIt: false, undo: null })
      return
    }
    const change: ForwardingChange =
      !several || values.scope === ALL_LINES
        ? { kind: 'all', patch }
        : { kind: 'lines', items: [{ lineId: values.scope, patch }] }
    setWorking('save')
    try {
      const answered = await apply(change)
      const after = before.map((b) => answered.find((l) => l.id === b.id) ?? b)
      const shown = after[0]?.callForward ?? desiredForward(values)
      clearDraft(key)
      form.reset({
        where: whereOf(shown),
        number: shown.destination && !shown.toVoicemail ? shown.destination : '',
        scope: values.scope,
      })
      setOutcome(newOutcome(m.saved, after, undoChange(before, after, change.kind)))
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      if (error.kind === 'invalid' || error.kind === 'conflict') {
        const code = shownCode(error, 'CF')
        setServerField(
          values.where === 'number'
            ? { field: 'number', message: m.serverRejectedNumber(code) }
            : { field: 'where', message: m.serverRejected(code) },
        )
      } else {
        setFailure({ error, retry: () => void submit() })
      }
    } finally {
      setWorking(null)
    }
  }

  const undo = async (change: ForwardingChange) => {
    if (busy.current) return
    busy.current = true
    setFailure(null)
    setWorking('undo')
    try {
      const answered = await apply(change)
      const ids = change.kind === 'all' ? lines.map((l) => l.id) : change.items.map((i) => i.lineId)
      const after = answered.filter((l) => ids.includes(l.id))
      const current = queryClient.getQueryData(lineQueries.list(userId).queryKey) ?? answered
      clearDraft(key)
      const restored = initialValues(current)
      form.reset(
        change.kind === 'lines' && ids.length === 1
          ? { ...restored, scope: form.getValues('scope') }
          : restored,
      )
      setOutcome(newOutcome(m.undone, after, null))
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      setFailure({ error, retry: () => void undo(change) })
    } finally {
      busy.current = false
      setWorking(null)
    }
  }

  const submit = async (event?: FormEvent) => {
    event?.preventDefault()
    if (busy.current) return
    busy.current = true
    try {
      await form.handleSubmit(save)()
    } finally {
      busy.current = false
    }
  }

  const several = lines.length > 1
  return (
    <>
      <ErrorSummary errors={problems} />
      {outcome && (
        <SuccessBanner key={outcome.id} title={outcome.lead ? m.success : m.nothingToSave}>
          <p>{[outcome.lead, ...outcome.sentences].filter(Boolean).join(' ')}</p>
          {outcome.checkIt && <p>{m.checkIt}</p>}
          {outcome.undo && (
            <Button
              variant="secondary"
              pending={working === 'undo'}
              pendingText={m.undoing}
              onClick={() => outcome.undo && void undo(outcome.undo)}
            >
              {m.undo}
            </Button>
          )}
        </SuccessBanner>
      )}
      {failure && (
        <ProblemMessage
          error={failure.error}
          area="CF"
          action="save"
          onRetry={failure.retry}
          retrying={working !== null}
        />
      )}
      <CurrentForwarding lines={lines} />
      {prefill.to && !outcome && (
        <p className="notice notice--info">{m.fromDirectory(prefill.name, prefill.to)}</p>
      )}
      <form
        noValidate
        onSubmit={(event) => void submit(event)}
        className="card form"
        aria-labelledby="forwarding-form-title"
        id="change-forwarding"
      >
        <SettingHeading id="change-forwarding" headingId="forwarding-form-title" title={m.changeTitle} />
        <RadioGroup
          id={FIELD_IDS.where}
          legend={m.whereLegend}
          error={errors.where?.message ?? (serverField?.field === 'where' ? serverField.message : undefined)}
          value={where}
          registration={form.register('where')}
          options={[
            { value: 'off', label: m.off, hint: m.offHint },
            { value: 'voicemail', label: m.voicemail },
            {
              value: 'number',
              label: m.number,
              reveal: (
                <>
                  <TextField
                    id={FIELD_IDS.number}
                    label={m.numberLabel}
                    hint={m.numberHint}
                    type="tel"
                    inputMode="tel"
                    autoComplete="off"
                    width="phone"
                    error={
                      errors.number?.message ??
                      (serverField?.field === 'number' ? serverField.message : undefined)
                    }
                    registration={form.register('number')}
                  />
                  <DirectoryFinder
                    userId={userId}
                    id="cf-find"
                    onChoose={({ number }) => form.setValue('number', number, { shouldDirty: true })}
                  />
                </>
              ),
            },
          ]}
        />
        {several && (
          <RadioGroup
            id={FIELD_IDS.scope}
            legend={m.whichLegend}
            error={errors.scope?.message}
            value={undefined}
            registration={form.register('scope')}
            options={[
              { value: ALL_LINES, label: m.allLines },
              ...lines.map((line, index) => ({
                value: line.id,
                id: settingIds.forwardLine(line.directoryNumber),
                label: m.lineName(index + 1, line.directoryNumber),
                hint: line.label && !line.label.includes(line.directoryNumber) ? line.label : undefined,
              })),
            ]}
          />
        )}
        <Button type="submit" pending={working === 'save'} pendingText={m.saving}>
          {m.save}
        </Button>
        <UnsavedChangesGuard when={isDirty && working === null} message={m.unsavedMessage} />
      </form>
    </>
  )
}
