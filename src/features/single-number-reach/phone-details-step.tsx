import { useWatch } from 'react-hook-form'
import { Link } from 'react-router'
import { Button } from '../../components/button.tsx'
import { ErrorSummary } from '../../components/error-summary.tsx'
import { CheckboxField, RadioGroup, SelectField, TextField } from '../../components/fields.tsx'
import { Page } from '../../components/page.tsx'
import { useEditor, useFocusFromState } from './editor-context.ts'
import { snrMessages as m } from './messages.ts'
import { fieldIds } from './phone-model.ts'
import { scheduleFromDays, scheduleSentence } from './schedule-model.ts'
import './single-number-reach.css'

/** The phone's details: name, number, when it rings (the schedule is its own step), more options. */
export function PhoneDetailsStep() {
  const context = useEditor()
  const { form, data, phone, base, submit, saving, serverNumberError, feedback } = context
  useFocusFromState()
  const errors = form.formState.errors
  const problems = context.problems('details')
  const when = useWatch({ control: form.control, name: 'when' })
  const days = useWatch({ control: form.control, name: 'days' })
  const chosen = scheduleFromDays(days, '')

  return (
    <Page
      title={phone ? m.changeTitle(phone.name) : m.addTitle}
      back={{ to: '/single-number-reach', label: m.backToList }}
      above={<ErrorSummary errors={problems} />}
    >
      <form
        noValidate
        className="form"
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        {feedback}
        <TextField
          id={fieldIds.name}
          label={m.nameLabel}
          hint={m.nameHint}
          autoComplete="off"
          width="medium"
          error={errors.name?.message}
          registration={form.register('name')}
        />
        <TextField
          id={fieldIds.number}
          label={m.numberLabel}
          hint={m.numberHint}
          type="tel"
          autoComplete="tel"
          width="phone"
          error={errors.number?.message ?? serverNumberError ?? undefined}
          registration={form.register('number')}
        />
        <RadioGroup
          id={fieldIds.when}
          legend={m.whenLegend}
          error={errors.when?.message}
          value={when}
          registration={form.register('when')}
          options={[
            { value: 'always', label: m.whenAlways },
            {
              value: 'scheduled',
              label: m.whenScheduled,
              reveal: (
                <div className="snr-schedule-summary">
                  <p>{chosen.days.length > 0 ? scheduleSentence(chosen) : m.noTimesYet}</p>
                  <Link to={`${base}/schedule`} className="button button--secondary">
                    {m.chooseTimes}
                  </Link>
                </div>
              ),
            },
          ]}
        />
        <details className="details snr-more">
          <summary>{m.moreOptions}</summary>
          <div className="snr-more-body">
            <CheckboxField
              id="allowTransferToMobile"
              label={m.allowTransfer}
              hint={m.allowTransferHint}
              registration={form.register('allowTransferToMobile')}
            />
            <CheckboxField
              id="allowControlFromApplication"
              label={m.allowControl}
              hint={m.allowControlHint}
              registration={form.register('allowControlFromApplication')}
            />
            {data.carriers.length > 1 && (
              <SelectField
                id="deviceName"
                label={m.deviceLabel}
                hint={m.deviceHint}
                registration={form.register('deviceName')}
              >
                {data.carriers.map((device) => (
                  <option key={device.id} value={device.name}>
                    {device.description || device.name}
                  </option>
                ))}
              </SelectField>
            )}
          </div>
        </details>
        <Button type="submit" pending={saving} pendingText={m.saving}>
          {m.save}
        </Button>
      </form>
    </Page>
  )
}
