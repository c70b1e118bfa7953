import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useState } from 'react'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import type { DeviceDetail } from '../../api/devices/device-detail.ts'
import { Button } from '../../components/button.tsx'
import { ErrorSummary, fieldProblems } from '../../components/error-summary.tsx'
import { TextField } from '../../components/fields.tsx'
import { SuccessBanner } from '../../components/notices.tsx'
import { ProblemMessage } from '../../components/problem.tsx'
import { clearDraft, draftKey, useFormDraft } from '../../lib/drafts.ts'
import { charCount, hasControlCharacters } from '../../lib/read-back.ts'
import { useUpdateDevice } from '../../queries/phones.ts'
import { phonesMessages as m } from './messages.ts'
import type { PhoneContext } from './phone-context.ts'
import { SettingHeading } from '../../components/setting-heading.tsx'

const schema = z.object({
  description: z.string().superRefine((v, issue) => {
    if (charCount(v) > 128) issue.addIssue({ code: 'custom', message: m.nameTooLong(charCount(v)) })
    // Worded when checked (never at import), so in the active language.
    if (hasControlCharacters(v)) issue.addIssue({ code: 'custom', message: m.nameControl })
  }),
})
type NameValues = z.infer<typeof schema>

/** "Phone name": the description the user sees (their own, or the administrator's when empty). */
export function PhoneNameForm({ ctx, device }: { ctx: PhoneContext; device: DeviceDetail }) {
  const update = useUpdateDevice(ctx.userId, ctx.deviceId)
  const [saved, setSaved] = useState<string | null>(null)
  const [refused, setRefused] = useState<string | null>(null)
  // The user's own name is what they edit; an administrator's name shows as the starting text.
  const form = useForm<NameValues>({
    resolver: zodResolver(schema),
    defaultValues: { description: device.description },
    shouldFocusError: false,
    reValidateMode: 'onSubmit',
  })
  const key = draftKey(ctx.userId, `phone:${ctx.deviceId}:name`)
  useFormDraft(form, key)
  const { errors, isDirty } = form.formState
  const { onDirty } = ctx
  useEffect(() => onDirty('name', isDirty), [onDirty, isDirty])

  const editable = ctx.editable && device.descriptionEditable
  if (!editable) {
    return (
      <section className="card phone-section" id="phone-name-section">
        <SettingHeading id="phone-name-section" headingId="phone-name-title" title={m.nameTitle} />
        <p className="phone-name-readonly">{device.description || device.name}</p>
        {!device.descriptionEditable && <p className="phone-note">{m.nameAdmin}</p>}
      </section>
    )
  }

  const problems = fieldProblems(
    errors,
    { description: 'phone-name' },
    refused === null ? null : { field: 'description', message: refused },
  )
  const submit = form.handleSubmit((values) => {
    setSaved(null)
    setRefused(null)
    if (values.description === device.description) {
      update.reset()
      setSaved(m.nameUnchanged)
      return
    }
    update.mutate(
      { description: values.description },
      {
        onSuccess: (next) => {
          clearDraft(key)
          form.reset({ description: next.description })
          setSaved(values.description === '' ? m.nameReset(next.description) : m.nameSaved(next.description))
        },
        onError: (error) => {
          if (error.kind === 'invalid') setRefused(m.nameRefused)
          if (error.kind === 'notFound') ctx.onGone()
        },
      },
    )
  })
  const showProblem = update.error && update.error.kind !== 'invalid' && update.error.kind !== 'notFound'
  return (
    <section className="card phone-section" id="phone-name-section">
      <form noValidate onSubmit={submit} className="form">
        <SettingHeading id="phone-name-section" headingId="phone-name-title" title={m.nameTitle} />
        <ErrorSummary errors={problems} id="phone-name-errors" />
        {saved && <SuccessBanner id="phone-name-saved">{saved}</SuccessBanner>}
        {showProblem && (
          <ProblemMessage
            error={update.error}
            area="PH"
            action="save"
            onRetry={() => void submit()}
            retrying={update.isPending}
          />
        )}
        <TextField
          id="phone-name"
          label={m.nameLabel}
          hint={m.nameHint}
          autoComplete="off"
          width="full"
          error={errors.description?.message ?? refused ?? undefined}
          registration={form.register('description')}
        />
        <Button type="submit" pending={update.isPending} pendingText={m.savingName}>
          {m.saveName}
        </Button>
      </form>
    </section>
  )
}
