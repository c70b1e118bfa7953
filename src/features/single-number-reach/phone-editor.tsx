import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { useForm } from 'react-hook-form'
import { Link, Outlet, useNavigate } from 'react-router'
import { ApiError } from '../../api/api-error.ts'
import type {
  NewRemoteDestination,
  RemoteDestination,
} from '../../api/remote-destinations/remote-destinations.ts'
import {
  remoteDestinationQueries,
  useAddRemoteDestination,
  useUpdateRemoteDestination,
} from '../../queries/remote-destinations.ts'
import { type FieldProblem } from '../../components/error-summary.tsx'
import { InfoNotice } from '../../components/notices.tsx'
import { Page } from '../../components/page.tsx'
import { ProblemMessage } from '../../components/problem.tsx'
import { UnsavedChangesGuard } from '../../components/unsaved-changes.tsx'
import { clearDraft, draftKey, useFormDraft } from '../../lib/drafts.ts'
import { EditorContext, type EditorContextValue, type Step } from './editor-context.ts'
import { snrMessages as m } from './messages.ts'
import { digits, initialTimeZone, scheduleReadBack } from './phone-helpers.ts'
import {
  defaultValues,
  fieldIds,
  phoneSchema,
  toNewPhone,
  toPhonePatch,
  type PhoneFormValues,
} from './phone-model.ts'
import { DAY_ORDER } from './schedule-model.ts'
import type { SavedState } from './snr-overview.tsx'
import { useSnrData, type SnrData } from './use-snr-data.ts'
import './single-number-reach.css'

const LIST_PATH = '/single-number-reach'

/**
 * `/single-number-reach/add[/schedule]` and `/single-number-reach/{id}[/schedule]`: one phone's
 * form and its ring schedule step (the route's sub-pages, in its `<Outlet>`), sharing ONE draft (form
 * state + sessionStorage) through the editor context, so moving between the two loses nothing.
 */
export function PhoneEditor({ userId, phoneId }: { userId: string; phoneId?: string }) {
  const data = useSnrData(userId)
  const phone = phoneId === undefined ? undefined : data.phones.find((p) => p.id === phoneId)
  // Decided when the form opens, so a save that reaches the limit doesn't swap the form away mid-save.
  const [mayAdd] = useState(data.canAdd)

  if (!data.editable || (phoneId === undefined && !mayAdd)) {
    const title = phone ? m.changeTitle(phone.name) : m.addTitle
    return (
      <Page title={title} back={{ to: LIST_PATH, label: m.backToList }}>
        {!data.editable ? (
          <InfoNotice title={m.readOnlyTitle}>
            <p>{m.readOnly}</p>
          </InfoNotice>
        ) : !data.setUp ? (
          <InfoNotice title={m.notSetUp}>
            <p>{m.notSetUpHelp}</p>
          </InfoNotice>
        ) : (
          <p className="notice snr-limit">
            {m.limit(data.limit, data.phones.length)} {m.atLimit}
          </p>
        )}
      </Page>
    )
  }
  if (phoneId !== undefined && !phone) {
    return (
      <Page title={m.notFoundTitle} back={{ to: LIST_PATH, label: m.backToList }}>
        <p>{m.notFound}</p>
      </Page>
    )
  }
  return <PhoneForm key={phoneId ?? 'new'} userId={userId} data={data} phone={phone} />
}

function PhoneForm({
  userId,
  data,
  phone,
}: {
  userId: string
  data: SnrData
  phone: RemoteDestination | undefined
}) {
  const navigate = useNavigate()
  const queryClient = useQueryClient()
  const base = `${LIST_PATH}/${phone ? encodeURIComponent(phone.id) : 'add'}`
  const key = draftKey(userId, `single-number-reach:${phone?.id ?? 'new'}`)

  const resolver = useMemo(() => {
    const ownNumbers = [...data.lines.map((l) => l.directoryNumber), data.user.phoneNumber].filter(Boolean)
    const otherPhones = data.phones.filter((p) => p.id !== phone?.id)
    return zodResolver(phoneSchema({ ownNumbers, otherPhones }))
  }, [data.lines, data.user.phoneNumber, data.phones, phone?.id])
  const [defaults] = useState(() => defaultValues(phone, data.carriers[0]?.name ?? '', initialTimeZone(data)))
  const form = useForm<PhoneFormValues>({ resolver, defaultValues: defaults, shouldFocusError: false })
  useFormDraft(form, key)
  // Leaving the editor inside the portal (after saving, or "Leave without saving") drops the draft;
  // a reload or an expired session keeps it, as nothing unmounts then.
  useEffect(() => () => clearDraft(key), [key])

  const add = useAddRemoteDestination(userId)
  const update = useUpdateRemoteDestination(userId, phone?.id ?? '')
  const saving = add.isPending || update.isPending
  const saveError = add.error ?? update.error
  const [serverNumberError, setServerNumberError] = useState<string | null>(null)
  const [limitHit, setLimitHit] = useState(false)
  const [unchanged, setUnchanged] = useState(false)
  const [done, setDone] = useState<string | null>(null)

  useEffect(() => {
    if (done !== null) navigate(LIST_PATH, { state: { saved: done } satisfies SavedState })
  }, [done, navigate])

  const finish = (headline: string, saved: RemoteDestination | undefined) => {
    const parts = [headline]
    if (saved) {
      if (!saved.ringWhenExtensionDialed) parts.push(m.ringOffNote)
      else if (saved.schedule) parts.push(m.ringsScheduled(scheduleReadBack(saved, data)))
      else parts.push(m.ringsAnyTime)
      if (saved.ringWhenExtensionDialed) parts.push(m.checkItWorks)
    }
    clearDraft(key)
    setDone(parts.join(' '))
  }

  const onError = async (error: ApiError, input?: NewRemoteDestination) => {
    if (error.kind === 'conflict') {
      if (!phone) {
        // Over the limit, or a number the user already has? Look at the list as it is now.
        try {
          const fresh = await queryClient.fetchQuery({
            ...remoteDestinationQueries.list(userId),
            staleTime: 0,
          })
          // An earlier attempt that timed out went through after all: this very phone is there now.
          const added =
            input && fresh.find((p) => p.name === input.name && digits(p.number) === digits(input.number))
          if (added) {
            finish(m.added(added.name), added)
            return
          }
          if (fresh.length >= data.limit) {
            setLimitHit(true)
            return
          }
        } catch {
          // Can't tell: say what is most likely.
        }
      }
      setServerNumberError(m.numberInUse)
    } else if (error.kind === 'invalid') {
      setServerNumberError(m.numberRefused)
    }
  }

  const submit = form.handleSubmit((values) => {
    setServerNumberError(null)
    setLimitHit(false)
    setUnchanged(false)
    if (phone) {
      const patch = toPhonePatch(values, phone)
      if (Object.keys(patch).length === 0) {
        setUnchanged(true)
        return
      }
      update.mutate(patch, {
        onSuccess: (next) => finish(m.saved(next.name), next),
        onError: (error) => onError(error),
      })
    } else {
      const input = toNewPhone(values)
      add.mutate(input, {
        onSuccess: (id) => {
          const list = queryClient.getQueryData(remoteDestinationQueries.list(userId).queryKey) ?? []
          const created =
            list.find((p) => p.id === id) ?? list.find((p) => digits(p.number) === digits(input.number))
          finish(m.added(created?.name ?? input.name), created)
        },
        onError: (error) => onError(error, input),
      })
    }
  })

  const errors = form.formState.errors
  const problems = (step: Step): FieldProblem[] => {
    const out: FieldProblem[] = []
    const push = (id: string, message: string | undefined, on: Step) => {
      if (!message) return
      out.push({
        id,
        message,
        onSelect:
          on === step
            ? undefined
            : () => navigate(on === 'schedule' ? `${base}/schedule` : base, { state: { focus: id } }),
      })
    }
    push(fieldIds.name, errors.name?.message, 'details')
    push(fieldIds.number, errors.number?.message ?? serverNumberError ?? undefined, 'details')
    push(fieldIds.when, errors.when?.message, 'details')
    DAY_ORDER.forEach((day, i) => {
      push(fieldIds.dayEnabled(day), errors.days?.[i]?.enabled?.message, 'schedule')
      push(fieldIds.dayStart(day), errors.days?.[i]?.start?.message, 'schedule')
    })
    return out
  }

  const showProblem = saveError && !limitHit && saveError.kind !== 'conflict' && saveError.kind !== 'invalid'
  const feedback = (
    <>
      {limitHit && (
        <div className="notice notice--warning" role="alert">
          <p>{m.limitReached(data.limit)}</p>
          <p>
            <Link to={LIST_PATH}>{m.backToList}</Link>
          </p>
        </div>
      )}
      {showProblem && (
        <ProblemMessage
          error={saveError}
          area="SNR"
          action="save"
          onRetry={() => void submit()}
          retrying={saving}
        />
      )}
      {unchanged && (
        <p className="notice" role="status">
          {m.unchanged}
        </p>
      )}
    </>
  )

  const context: EditorContextValue = {
    form,
    data,
    phone,
    base,
    submit: () => void submit(),
    saving,
    problems,
    serverNumberError,
    feedback,
  }

  return (
    <>
      <EditorContext.Provider value={context}>
        <Outlet />
      </EditorContext.Provider>
      <UnsavedChangesGuard
        when={form.formState.isDirty && !saving && done === null}
        message={m.unsavedMessage}
        within={base}
      />
    </>
  )
}
