/**
 * `/speed-dials/add` and `/speed-dials/{position}` (with `?phone=` for a phone's own list): one
 * speed dial's Position, Name and Number. "Add to list" / "Update" changes the draft (nothing is
 * sent) and returns to the list, where the save bar offers "Save speed dials".
 */
import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useState } from 'react'
import { useForm } from 'react-hook-form'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { Button } from '../../components/button.tsx'
import { DirectoryFinder } from '../../components/directory-finder/directory-finder.tsx'
import { ErrorSummary, fieldProblems } from '../../components/error-summary.tsx'
import { TextField } from '../../components/fields.tsx'
import { InfoNotice } from '../../components/notices.tsx'
import { Page } from '../../components/page.tsx'
import { clearDraft, draftKey, useFormDraft } from '../../lib/drafts.ts'
import { useList, useListCommand } from './context.ts'
import { findByPosition, firstFreePosition, type DraftEntry } from './draft.ts'
import { speedDialMessages as m } from './messages.ts'
import { entrySchema, NAME_MAX, toSpeedDial, type EntryValues } from './validation.ts'
import './speed-dials.css'

/** `position`: the URL's, when editing (`/speed-dials/{position}`). */
export function EntryPage({ mode, position = '' }: { mode: 'add' | 'edit'; position?: string }) {
  const list = useList()
  const act = useListCommand()
  const back = { to: list.href(), label: m.back }
  // The success banner of the last save belongs to the list, not to this page.
  useEffect(() => act({ type: 'clearFlash' }), [act])

  if (mode === 'edit') {
    const entry = /^[0-9]{1,2}$/.test(position) ? findByPosition(list.draft, Number(position)) : undefined
    if (!entry) {
      return (
        <Page title={m.notFoundTitle} back={back}>
          <p>{m.notFound(position)}</p>
          <p>
            <Link to={list.href()}>{m.back}</Link>
          </p>
        </Page>
      )
    }
    if (list.readOnly) return <ReadOnlyPage title={m.editTitle(entry.index)} />
    return <EntryForm key={entry.key} entry={entry} />
  }
  if (list.readOnly) return <ReadOnlyPage title={m.addTitle} />
  if (firstFreePosition(list.draft.entries) === null) {
    return (
      <Page title={m.addTitle} back={back}>
        <p>{m.limitReached}</p>
      </Page>
    )
  }
  return <EntryForm entry={null} />
}

function ReadOnlyPage({ title }: { title: string }) {
  const list = useList()
  return (
    <Page title={title} back={{ to: list.href(), label: m.back }}>
      <InfoNotice title={list.readOnly!.title}>
        <p>{list.readOnly!.body}</p>
      </InfoNotice>
    </Page>
  )
}

function EntryForm({ entry }: { entry: DraftEntry | null }) {
  const list = useList()
  const act = useListCommand()
  const navigate = useNavigate()
  const others = list.draft.entries.filter((e) => e.key !== entry?.key)
  // `?name=&number=`: filled in from the directory ("Add as speed dial"); nothing is added until "Add to list".
  const [params] = useSearchParams()
  const defaults: EntryValues = entry
    ? { position: String(entry.index), label: entry.label, number: entry.number }
    : {
        position: String(firstFreePosition(list.draft.entries) ?? ''),
        label: [...(params.get('name') ?? '').trim()].slice(0, NAME_MAX).join(''),
        number: (params.get('number') ?? '').replace(/[^\d+*#,]/g, ''),
      }
  const form = useForm<EntryValues>({
    resolver: zodResolver(entrySchema(others)),
    defaultValues: defaults,
    shouldFocusError: false,
  })
  const scope = list.target.kind === 'all' ? 'all' : `phone:${list.target.phoneId}`
  const formKey = draftKey(list.userId, `speed-dials-form:${scope}:${entry ? entry.key : 'add'}`)
  useFormDraft(form, formKey)
  // Typed input is kept over a reload, not after leaving the form in the app.
  useEffect(() => () => clearDraft(formKey), [formKey])
  const [submitted, setSubmitted] = useState(0)
  const { errors } = form.formState

  const problems = fieldProblems(errors, { position: 'sd-position', label: 'sd-label', number: 'sd-number' })

  const submit = form.handleSubmit(
    (values) => {
      const next = toSpeedDial(values)
      clearDraft(formKey)
      act(entry ? { type: 'update', key: entry.key, values: next } : { type: 'add', values: next })
      navigate(list.href())
    },
    () => setSubmitted((n) => n + 1),
  )

  const title = entry ? m.editTitle(entry.index) : m.addTitle
  return (
    <Page
      title={title}
      back={{ to: list.href(), label: m.back }}
      above={<ErrorSummary key={submitted} errors={problems} />}
      lede={list.phone ? m.onPhone(list.phone.description) : undefined}
    >
      <form noValidate onSubmit={submit} className="form form--narrow" aria-label={title}>
        <TextField
          id="sd-position"
          label={m.positionLabel}
          hint={m.positionFieldHint}
          width="short"
          inputMode="numeric"
          autoComplete="off"
          error={errors.position?.message}
          registration={form.register('position')}
        />
        <TextField
          id="sd-label"
          label={m.nameLabel}
          hint={m.nameHint}
          width="medium"
          autoComplete="off"
          error={errors.label?.message}
          registration={form.register('label')}
        />
        <TextField
          id="sd-number"
          label={m.numberLabel}
          hint={m.numberHint}
          width="phone"
          type="tel"
          inputMode="tel"
          autoComplete="off"
          error={errors.number?.message}
          registration={form.register('number')}
        />
        <DirectoryFinder
          userId={list.userId}
          id="sd-find"
          onChoose={({ name, number }) => {
            // A name typed already stays; the number is the person's.
            if (!form.getValues('label').trim())
              form.setValue('label', [...name].slice(0, NAME_MAX).join(''), { shouldDirty: true })
            form.setValue('number', number, { shouldDirty: true })
          }}
        />
        <Button type="submit">{entry ? m.update : m.addToList}</Button>
      </form>
    </Page>
  )
}
