import { useEffect, useState } from 'react'
import { useWatch } from 'react-hook-form'
import { Link } from 'react-router'
import { timeZoneId } from '../../api/remote-destinations/schedule.ts'
import { Button, ButtonGroup } from '../../components/button.tsx'
import { ErrorSummary } from '../../components/error-summary.tsx'
import { CheckboxField, Field, SelectField } from '../../components/fields.tsx'
import { StatusMessage } from '../../components/notices.tsx'
import { Page } from '../../components/page.tsx'
import { useEditor, useFocusFromState } from './editor-context.ts'
import { snrMessages as m } from './messages.ts'
import { fieldIds } from './phone-model.ts'
import {
  DAY_NAMES,
  endOptions,
  scheduleFromDays,
  scheduleSentence,
  startOptions,
  timeZoneLabel,
} from './schedule-model.ts'
import './single-number-reach.css'

/**
 * The ring schedule, its own step: the time zone, a fieldset per day (Monday first) with
 * "Ring on Monday" and From/To in 15-minute steps, a copy-to-weekdays shortcut, and the read-back.
 */
export function ScheduleStep() {
  const context = useEditor()
  const { form, data, base, submit, saving, feedback } = context
  useFocusFromState()
  const errors = form.formState.errors
  const problems = context.problems('schedule')
  const name = useWatch({ control: form.control, name: 'name' }).trim()
  const days = useWatch({ control: form.control, name: 'days' })
  const timeZone = useWatch({ control: form.control, name: 'timeZone' })
  const [copied, setCopied] = useState('')

  // This step is the "Only at times I choose" answer (also when opened from a link).
  useEffect(() => {
    if (form.getValues('when') !== 'scheduled') form.setValue('when', 'scheduled', { shouldDirty: true })
  }, [form])

  const zones = data.timeZones.map((o) => ({ value: timeZoneId(o), label: o.name }))
  if (!zones.some((z) => z.value === timeZone))
    zones.unshift({ value: timeZone, label: timeZoneLabel(data.timeZones, timeZone) })

  const copyMonday = () => {
    const monday = form.getValues('days.0')
    for (let i = 1; i <= 4; i++) {
      form.setValue(`days.${i}.enabled`, true, { shouldDirty: true })
      form.setValue(`days.${i}.start`, monday.start, { shouldDirty: true })
      form.setValue(`days.${i}.end`, monday.end, { shouldDirty: true })
    }
    if (form.formState.isSubmitted) void form.trigger('days')
    setCopied('')
    window.setTimeout(() => setCopied(m.copied), 50)
  }

  const chosen = scheduleFromDays(days, timeZone)
  const daysError = errors.days?.[0]?.enabled?.message

  return (
    <Page
      title={m.scheduleTitle}
      heading={m.scheduleHeading(name)}
      back={{ to: base, label: m.backToDetails }}
      above={<ErrorSummary errors={problems} />}
    >
      <p className="lede">{m.scheduleLede}</p>
      <form
        noValidate
        className="form snr-schedule"
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        {feedback}
        <SelectField
          id="timeZone"
          label={m.timeZoneLabel}
          hint={m.timeZoneHint}
          width="full"
          registration={form.register('timeZone')}
        >
          {zones.map((zone) => (
            <option key={zone.value} value={zone.value}>
              {zone.label}
            </option>
          ))}
        </SelectField>
        <Field id="schedule-days" label={m.daysLegend} legend="heading" error={daysError}>
          {days.map((d, i) => {
            const dayName = DAY_NAMES[d.day]
            const timeError = errors.days?.[i]?.start?.message
            return (
              <div key={d.day}>
                <fieldset className={`snr-day${timeError ? ' snr-day--error' : ''}`}>
                  <legend className="snr-day-name">{dayName}</legend>
                  <CheckboxField
                    id={fieldIds.dayEnabled(d.day)}
                    label={m.ringOnDay(dayName)}
                    registration={form.register(`days.${i}.enabled`)}
                  />
                  {d.enabled && (
                    <div className="snr-times">
                      <SelectField
                        id={fieldIds.dayStart(d.day)}
                        label={m.from}
                        error={timeError}
                        width="full"
                        registration={form.register(`days.${i}.start`)}
                      >
                        {startOptions(d.start).map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </SelectField>
                      <SelectField
                        id={fieldIds.dayEnd(d.day)}
                        label={m.to}
                        width="full"
                        registration={form.register(`days.${i}.end`)}
                      >
                        {endOptions(d.end).map((o) => (
                          <option key={o.value} value={o.value}>
                            {o.label}
                          </option>
                        ))}
                      </SelectField>
                    </div>
                  )}
                </fieldset>
                {i === 0 && d.enabled && (
                  <div className="snr-copy">
                    <Button variant="secondary" size="small" onClick={copyMonday}>
                      {m.copyToWeekdays}
                    </Button>
                    <StatusMessage message={copied} visible />
                  </div>
                )}
              </div>
            )
          })}
        </Field>
        <div className="snr-readback">
          <h2 className="subsection-title">{m.readBackTitle}</h2>
          <p>{chosen.days.length > 0 ? scheduleSentence(chosen) : m.noDaysYet}</p>
          {chosen.days.length > 0 && (
            <p className="muted">{m.timesIn(timeZoneLabel(data.timeZones, timeZone))}</p>
          )}
        </div>
        <ButtonGroup>
          <Button type="submit" pending={saving} pendingText={m.saving}>
            {m.save}
          </Button>
          <Link to={base} className="button button--secondary">
            {m.backToDetails}
          </Link>
        </ButtonGroup>
      </form>
    </Page>
  )
}
