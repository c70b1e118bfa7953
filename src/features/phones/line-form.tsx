import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useMemo, useState } from 'react'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import type { Line } from '../../api/extensions/extensions.ts'
import type { PhoneLine, Preference } from '../../api/extensions/line-settings.ts'
import type { OptionListName } from '../../api/system/option-lists.ts'
import type { Option, UserPolicy } from '../../api/system/system.ts'
import { Button } from '../../components/button.tsx'
import { ErrorSummary, fieldProblems } from '../../components/error-summary.tsx'
import { CheckboxField, SelectField, TextField } from '../../components/fields.tsx'
import { SuccessBanner } from '../../components/notices.tsx'
import { ProblemMessage } from '../../components/problem.tsx'
import { clearDraft, draftKey, useFormDraft } from '../../lib/drafts.ts'
import { charCount, hasControlCharacters } from '../../lib/read-back.ts'
import { useUpdatePhoneLine } from '../../queries/phones.ts'
import { formatList } from '../../i18n/format.ts'
import { choicesFor, lineValues, linePatch, type LineValues } from './line-model.ts'
import { phonesMessages as m } from './messages.ts'
import { policyShows, type PhoneContext } from './phone-context.ts'
import { SettingHeading } from '../../components/setting-heading.tsx'
import { settingIds } from '../../lib/setting-ids.ts'

const schema = z.object({
  label: z.string().superRefine((v, issue) => {
    if (charCount(v) > 30) issue.addIssue({ code: 'custom', message: m.labelTooLong(charCount(v)) })
    // Worded when checked (never at import), so in the active language.
    if (hasControlCharacters(v)) issue.addIssue({ code: 'custom', message: m.labelControl })
  }),
  mwiVisual: z.string(),
  mwiAudible: z.string(),
  ringIdle: z.string(),
  ringBusy: z.string(),
  logMissedCalls: z.boolean(),
})

/** A setting that differs on the line's other phones says so ('' when the same, or the server doesn't say). */
const appliesNote = (all: boolean | undefined, dn: string) => (all === false ? m.differsElsewhere(dn) : '')

interface LineFormProps {
  ctx: PhoneContext
  line: PhoneLine
  /** Per setting, whether every phone with the line agrees (from the user's list of lines). */
  shared: Line['sameOnEveryPhone']
  /** The line's other phones by name; undefined when not known (their line lists not read). */
  otherPhones: string[] | undefined
  /** 1-based, as the phone shows its line buttons. */
  position: number
  policy: UserPolicy
  optionLists: Record<OptionListName, Option[]>
}

/** "Line 1 – 1001": the line's label, voicemail light and sound, ring settings and missed-call logging on this phone. */
export function LineForm({ ctx, line, shared, otherPhones, position, policy, optionLists }: LineFormProps) {
  const shown = {
    label: policyShows(policy, 'ShowLineLabel'),
    mwi: policyShows(policy, 'ShowMessageWaitingAlertPreference'),
    ring: policyShows(policy, 'ShowRingPreferences'),
    history: policyShows(policy, 'ShowHistorySettings'),
  }
  const initial = useMemo(() => lineValues(line, optionLists), [line, optionLists])
  const update = useUpdatePhoneLine(ctx.userId, ctx.deviceId)
  const [saved, setSaved] = useState<string | null>(null)
  const [refused, setRefused] = useState<string | null>(null)
  const form = useForm<LineValues>({
    resolver: zodResolver(schema),
    defaultValues: initial,
    shouldFocusError: false,
    reValidateMode: 'onSubmit',
  })
  const key = draftKey(ctx.userId, `phone:${ctx.deviceId}:line:${line.id}`)
  useFormDraft(form, key)
  const { errors, isDirty } = form.formState
  const { onDirty } = ctx
  const formName = `line:${line.id}`
  useEffect(() => onDirty(formName, isDirty), [onDirty, formName, isDirty])

  const id = (field: string) => settingIds.phoneLine(line.directoryNumber, field)
  const sectionId = settingIds.phoneLine(line.directoryNumber)
  const titleId = id('title')
  const title = m.lineTitle(position, line.directoryNumber)
  const select = (p: Preference, label: string) => (
    <SelectField
      id={id(p)}
      label={label}
      hint={appliesNote(shared[p], line.directoryNumber) || undefined}
      registration={form.register(p)}
      disabled={!ctx.editable}
    >
      {choicesFor(line, p, optionLists).map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ))}
    </SelectField>
  )

  if (!ctx.editable) {
    const row = (label: string, value: string) => (
      <div className="summary-row" key={label}>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </div>
    )
    const word = (p: Preference) =>
      choicesFor(line, p, optionLists).find((c) => c.value === initial[p])?.label ?? ''
    return (
      <section aria-labelledby={titleId} className="card phone-section" id={sectionId}>
        <SettingHeading id={sectionId} headingId={titleId} title={title} />
        <dl className="summary-list">
          {shown.label && row(m.labelLabel, line.settings.label || '—')}
          {shown.mwi && row(m.mwiVisualLabel, word('mwiVisual'))}
          {shown.mwi && row(m.mwiAudibleLabel, word('mwiAudible'))}
          {shown.ring && row(m.ringIdleLabel, word('ringIdle'))}
          {shown.ring && row(m.ringBusyLabel, word('ringBusy'))}
          {shown.history && row(m.logMissedLabel, line.settings.logMissedCalls ? m.yes : m.no)}
        </dl>
      </section>
    )
  }

  const problems = fieldProblems(
    errors,
    { label: id('label') },
    refused === null ? null : { field: 'label', message: refused },
  )
  const submit = form.handleSubmit((values) => {
    setSaved(null)
    setRefused(null)
    const patch = linePatch(values, initial, shown)
    if (Object.keys(patch).length === 0) {
      update.reset()
      setSaved(m.lineUnchanged)
      return
    }
    update.mutate(
      { lineId: line.id, patch },
      {
        onSuccess: (next) => {
          clearDraft(key)
          form.reset(lineValues(next, optionLists))
          setSaved(m.lineSaved(next.directoryNumber))
        },
        onError: (error) => {
          if (error.kind === 'invalid') setRefused(m.labelRefused)
          if (error.kind === 'notFound') ctx.onGone()
        },
      },
    )
  })
  const showProblem = update.error && update.error.kind !== 'invalid' && update.error.kind !== 'notFound'
  const managed = [
    !shown.label && m.policyLabel,
    !shown.mwi && m.policyMwi,
    !shown.ring && m.policyRing,
    !shown.history && m.policyHistory,
  ].filter(Boolean)
  return (
    <section aria-labelledby={titleId} className="card phone-section" id={sectionId}>
      <form noValidate onSubmit={submit} className="form">
        <SettingHeading id={sectionId} headingId={titleId} title={title} />
        <ErrorSummary errors={problems} id={id('errors')} />
        {saved && <SuccessBanner id={id('saved')}>{saved}</SuccessBanner>}
        {showProblem && (
          <ProblemMessage
            error={update.error}
            area={`PHL${position}`}
            action="save"
            onRetry={() => void submit()}
            retrying={update.isPending}
          />
        )}
        {otherPhones?.length !== 0 && (
          <p className="phone-note">
            {otherPhones
              ? m.alsoOn(line.directoryNumber, formatList(otherPhones))
              : m.thisPhoneOnly(line.directoryNumber)}
          </p>
        )}
        {managed.map((sentence) => (
          <p key={String(sentence)} className="phone-note">
            {sentence}
          </p>
        ))}
        {shown.label && (
          <TextField
            id={id('label')}
            label={m.labelLabel}
            hint={[m.labelHint, appliesNote(shared.label, line.directoryNumber)].filter(Boolean).join(' ')}
            autoComplete="off"
            error={errors.label?.message ?? refused ?? undefined}
            registration={form.register('label')}
          />
        )}
        {shown.mwi && select('mwiVisual', m.mwiVisualLabel)}
        {shown.mwi && select('mwiAudible', m.mwiAudibleLabel)}
        {shown.ring && select('ringIdle', m.ringIdleLabel)}
        {shown.ring && select('ringBusy', m.ringBusyLabel)}
        {shown.history && (
          <CheckboxField
            id={id('logMissedCalls')}
            label={m.logMissedLabel}
            hint={[m.logMissedHint, appliesNote(shared.logMissedCalls, line.directoryNumber)]
              .filter(Boolean)
              .join(' ')}
            registration={form.register('logMissedCalls')}
          />
        )}
        <Button type="submit" pending={update.isPending} pendingText={m.savingLine}>
          <span aria-hidden="true">{m.saveLine}</span>
          <span className="visually-hidden">{m.saveLineFor(line.directoryNumber)}</span>
        </Button>
      </form>
    </section>
  )
}
