import { useEffect, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import { Link } from 'react-router'
import type { DevicePatch, DndSettings } from '../../api/devices/device-detail.ts'
import { Button } from '../../components/button.tsx'
import { RadioGroup, SelectField } from '../../components/fields.tsx'
import { SuccessBanner } from '../../components/notices.tsx'
import { ProblemMessage } from '../../components/problem.tsx'
import { clearDraft, draftKey, useFormDraft } from '../../lib/drafts.ts'
import { useUpdateDevice } from '../../queries/phones.ts'
import { optionWords, phonesMessages as m } from './messages.ts'
import type { PhoneContext } from './phone-context.ts'
import { SettingHeading } from '../../components/setting-heading.tsx'

interface DndValues {
  option: string
  alert: string
}

/**
 * "Do not disturb on this phone": what DND does here (the phone's own options) and the call alert
 * while it is on. The switch itself applies to every phone and stays on the Do not disturb page.
 */
export function DndSection({ ctx, dnd }: { ctx: PhoneContext; dnd: DndSettings }) {
  const update = useUpdateDevice(ctx.userId, ctx.deviceId)
  const [saved, setSaved] = useState<string | null>(null)
  const form = useForm<DndValues>({ defaultValues: { option: dnd.option, alert: dnd.alert } })
  const key = draftKey(ctx.userId, `phone:${ctx.deviceId}:dnd`)
  useFormDraft(form, key)
  const { isDirty } = form.formState
  const { onDirty } = ctx
  useEffect(() => onDirty('dnd', isDirty), [onDirty, isDirty])
  const chosen = useWatch({ control: form.control, name: 'option' })
  const hasChoice = dnd.options.length > 0 || dnd.alertOptions.length > 0
  const optionName = (value: string) =>
    optionWords('doNotDisturbSettings', value, dnd.options.find((o) => o.value === value)?.name ?? '')
  const alertName = (value: string) =>
    optionWords('incomingCallAlert', value, dnd.alertOptions.find((o) => o.value === value)?.name ?? '')

  const submit = form.handleSubmit((values) => {
    setSaved(null)
    const patch: DevicePatch = {}
    if (values.option !== dnd.option) patch.dndOption = values.option
    if (values.alert !== dnd.alert) patch.dndAlert = values.alert
    if (Object.keys(patch).length === 0) {
      update.reset()
      setSaved(m.dndUnchanged)
      return
    }
    update.mutate(patch, {
      onSuccess: (next) => {
        clearDraft(key)
        form.reset({ option: next.dnd?.option ?? '', alert: next.dnd?.alert ?? '' })
        setSaved(m.dndSaved)
      },
      onError: (error) => {
        if (error.kind === 'notFound') ctx.onGone()
      },
    })
  })
  const editable = ctx.editable && hasChoice
  return (
    <section aria-labelledby="phone-dnd-title" className="card phone-section" id="phone-dnd">
      <SettingHeading id="phone-dnd" headingId="phone-dnd-title" title={m.dndTitle} />
      <p>
        {dnd.enabled ? m.dndIsOn : m.dndIsOff} {m.dndSwitchElsewhere}{' '}
        <Link to="/do-not-disturb">{m.dndLink}</Link>
      </p>
      {!hasChoice ? (
        <p className="phone-note">{m.dndNoChoice}</p>
      ) : !editable ? (
        <dl className="summary-list">
          {dnd.options.length > 0 && (
            <div className="summary-row">
              <dt>{m.dndOptionLabel}</dt>
              <dd>{optionName(dnd.option)}</dd>
            </div>
          )}
          {dnd.alertOptions.length > 0 && (
            <div className="summary-row">
              <dt>{m.dndAlertLabel}</dt>
              <dd>{alertName(dnd.alert)}</dd>
            </div>
          )}
        </dl>
      ) : (
        <form noValidate onSubmit={submit} className="form">
          {saved && <SuccessBanner id="phone-dnd-saved">{saved}</SuccessBanner>}
          {update.error && update.error.kind !== 'notFound' && (
            <ProblemMessage
              error={update.error}
              area="PHD"
              action="save"
              onRetry={() => void submit()}
              retrying={update.isPending}
            />
          )}
          {dnd.options.length > 0 && (
            <RadioGroup
              id="phone-dnd-option"
              legend={m.dndOptionLabel}
              options={dnd.options.map((o) => ({ value: o.value, label: optionName(o.value) }))}
              registration={form.register('option')}
              value={chosen}
            />
          )}
          {dnd.alertOptions.length > 0 && (
            <SelectField
              id="phone-dnd-alert"
              label={m.dndAlertLabel}
              hint={m.dndAlertHint}
              registration={form.register('alert')}
            >
              {!dnd.alertOptions.some((o) => o.value === dnd.alert) && (
                <option value={dnd.alert}>{alertName(dnd.alert)}</option>
              )}
              {dnd.alertOptions.map((o) => (
                <option key={o.value} value={o.value}>
                  {alertName(o.value)}
                </option>
              ))}
            </SelectField>
          )}
          <Button type="submit" pending={update.isPending} pendingText={m.savingLine}>
            {m.saveDnd}
          </Button>
        </form>
      )}
    </section>
  )
}
