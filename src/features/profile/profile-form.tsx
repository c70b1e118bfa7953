import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import { ApiError } from '../../api/api-error.ts'
import type { Option } from '../../api/system/system.ts'
import { type User, type UserPatch } from '../../api/user/user.ts'
import { useUpdateUser } from '../../queries/user.ts'
import { Button } from '../../components/button.tsx'
import { ErrorSummary, fieldProblems } from '../../components/error-summary.tsx'
import { SelectField, TextField } from '../../components/fields.tsx'
import { SuccessBanner } from '../../components/notices.tsx'
import { ProblemMessage } from '../../components/problem.tsx'
import { UnsavedChangesGuard } from '../../components/unsaved-changes.tsx'
import { clearDraft, draftKey, useFormDraft } from '../../lib/drafts.ts'
import { charCount, hasControlCharacters } from '../../lib/read-back.ts'
import { nativeLocaleName } from './locales.ts'
import { profileMessages as m } from './messages.ts'

const profileSchema = () =>
  z.object({
    displayName: z
      .string()
      .refine((v) => v.trim() !== '', m.enterDisplayName)
      .refine((v) => charCount(v.trim()) <= 64, m.displayNameTooLong)
      .refine((v) => !hasControlCharacters(v), m.displayNameControl),
    localeId: z.string(),
  })
type ProfileValues = z.infer<ReturnType<typeof profileSchema>>

interface ProfileFormProps {
  user: User
  locales: Option[]
  canEditDisplayName: boolean
}

export function ProfileForm({ user, locales, canEditDisplayName }: ProfileFormProps) {
  const update = useUpdateUser(user.userId)
  const [saved, setSaved] = useState<string | null>(null)
  const [serverField, setServerField] = useState<string | null>(null)
  const defaults: ProfileValues = { displayName: user.displayName ?? '', localeId: user.localeId }
  // Built here, not at import time: its messages are read in the active language.
  const schema = profileSchema()
  const form = useForm<ProfileValues>({
    resolver: zodResolver(canEditDisplayName ? schema : schema.extend({ displayName: z.string() })),
    defaultValues: defaults,
    shouldFocusError: false,
    // Errors change only on submit, so typing never moves focus to the error summary.
    reValidateMode: 'onSubmit',
  })
  const key = draftKey(user.userId, 'profile')
  useFormDraft(form, key)
  const { errors, isDirty } = form.formState

  const problems = fieldProblems(
    errors,
    { displayName: 'displayName' },
    serverField === null ? null : { field: 'displayName', message: serverField },
  )

  const submit = form.handleSubmit((values) => {
    setSaved(null)
    setServerField(null)
    const patch: UserPatch = {}
    const name = values.displayName.trim()
    if (canEditDisplayName && name !== (user.displayName ?? '')) patch.displayName = name
    if (values.localeId !== user.localeId) patch.localeId = values.localeId
    if (Object.keys(patch).length === 0) {
      // Nothing to send (e.g. the user put the server's values back): an earlier failure is over.
      update.reset()
      setSaved(m.unchanged)
      return
    }
    update.mutate(patch, {
      onSuccess: (next) => {
        clearDraft(key)
        form.reset({ displayName: next.displayName ?? '', localeId: next.localeId })
        const parts = [m.saved]
        if (patch.displayName !== undefined) parts.push(m.savedDisplayName(next.displayName ?? ''))
        if (patch.localeId !== undefined) {
          parts.push(
            next.localeId ? m.savedLanguage(nativeLocaleName(next.localeName).label) : m.savedDefaultLanguage,
          )
        }
        setSaved(parts.join(' '))
      },
      onError: (error) => {
        if (error instanceof ApiError && error.kind === 'invalid') setServerField(m.serverRejected)
      },
    })
  })

  const showProblem = update.error && !(update.error.kind === 'invalid')
  return (
    <form noValidate onSubmit={submit} className="form" aria-labelledby="profile-form-title">
      <h2 id="profile-form-title" className="section-title">
        {m.nameAndLanguage}
      </h2>
      <ErrorSummary errors={problems} />
      {saved && <SuccessBanner>{saved}</SuccessBanner>}
      {showProblem && (
        <ProblemMessage
          error={update.error}
          area="PR"
          action="save"
          onRetry={() => void submit()}
          retrying={update.isPending}
        />
      )}
      {canEditDisplayName ? (
        <TextField
          id="displayName"
          label={m.displayNameLabel}
          hint={m.displayNameHint}
          autoComplete="off"
          width="full"
          error={errors.displayName?.message ?? serverField ?? undefined}
          registration={form.register('displayName')}
        />
      ) : (
        user.displayName !== undefined && <p className="field-hint">{m.displayNameNeedsNewer}</p>
      )}
      <SelectField
        id="localeId"
        label={m.languageLabel}
        hint={m.languageHint}
        registration={form.register('localeId')}
      >
        <option value="">{m.systemDefault}</option>
        {locales.map((locale) => {
          const native = nativeLocaleName(locale.name)
          return (
            <option key={locale.value} value={locale.value} lang={native.lang}>
              {native.label}
            </option>
          )
        })}
      </SelectField>
      <Button type="submit" pending={update.isPending} pendingText={m.saving}>
        {m.save}
      </Button>
      <UnsavedChangesGuard when={isDirty && !update.isPending} message={m.unsavedMessage} />
    </form>
  )
}
