import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'
import type { PhoneService, ServiceScope } from '../../api/services/services.ts'
import { Button } from '../../components/button.tsx'
import { ErrorSummary, type FieldProblem } from '../../components/error-summary.tsx'
import { SelectField, TextField } from '../../components/fields.tsx'
import { ProblemMessage } from '../../components/problem.tsx'
import { charCount, hasControlCharacters } from '../../lib/read-back.ts'
import { phoneQueries, useAddSubscription } from '../../queries/phones.ts'
import { phonesMessages as m } from './messages.ts'
import type { PhoneContext } from './phone-context.ts'

interface AddValues {
  serviceId: string
  params: { value: string }[]
}

const SELECT_ID = 'add-service'
const paramId = (i: number) => `add-service-param-${i}`

/**
 * "Add a service": choose from the catalogue; a service with parameters (a city for the weather)
 * asks for them, with the catalogue's names, hints and required flags. The parameters are read when
 * the service is chosen (the catalogue list leaves them out).
 */
export function AddServiceForm({
  ctx,
  scope,
  catalogue,
  onAdded,
}: {
  ctx: PhoneContext
  scope: ServiceScope
  catalogue: PhoneService[]
  /** `already`: the server had it already (409), so nothing was added. */
  onAdded: (name: string, already?: boolean) => void
}) {
  const add = useAddSubscription(ctx.userId, scope)
  const form = useForm<AddValues>({ defaultValues: { serviceId: '', params: [] }, shouldFocusError: false })
  const serviceId = useWatch({ control: form.control, name: 'serviceId' })
  const detail = useQuery({ ...phoneQueries.service(serviceId), enabled: serviceId !== '' })
  const parameters = detail.data?.parameters ?? []
  const [problems, setProblems] = useState<FieldProblem[]>([])
  const [refused, setRefused] = useState<string | null>(null)
  const { isDirty } = form.formState
  const { onDirty } = ctx
  useEffect(() => onDirty('addService', isDirty), [onDirty, isDirty])

  // A newly chosen service starts from its parameters' defaults (never a credential's).
  const { setValue } = form
  useEffect(() => {
    if (!detail.data) return
    setValue(
      'params',
      detail.data.parameters.map((p) => ({ value: p.credential ? '' : p.defaultValue })),
    )
  }, [detail.data, setValue])

  const offered = catalogue.filter((s) => s.enabled)
  const submit = form.handleSubmit((values) => {
    setRefused(null)
    const found: FieldProblem[] = []
    const service = offered.find((s) => s.id === values.serviceId)
    if (!service) found.push({ id: SELECT_ID, message: m.enterService })
    parameters.forEach((p, i) => {
      const value = values.params[i]?.value ?? ''
      if (p.required && value.trim() === '')
        found.push({ id: paramId(i), message: m.enterParam(p.displayName) })
      else if (charCount(value) > 256 || hasControlCharacters(value))
        found.push({ id: paramId(i), message: m.paramTooLong(p.displayName) })
    })
    setProblems(found)
    if (found.length > 0 || !service || (parameters.length > 0 && !detail.data)) return
    add.mutate(
      {
        phoneServiceId: service.id,
        name: '',
        parameters: parameters.map((p, i) => ({ paramId: p.paramId, value: values.params[i]?.value ?? '' })),
      },
      {
        onSuccess: () => {
          form.reset({ serviceId: '', params: [] })
          onAdded(service.name)
        },
        onError: (error) => {
          // Already there (an earlier attempt whose answer never came may have added it): nothing
          // left to do; the list is read again and says so.
          if (error.kind === 'conflict') {
            add.reset()
            form.reset({ serviceId: '', params: [] })
            onAdded(service.name, true)
            return
          }
          if (error.kind === 'invalid') setRefused(m.serviceRefused)
          else if (error.kind === 'notFound') ctx.onGone()
        },
      },
    )
  })
  const errorOf = (id: string) => problems.find((p) => p.id === id)?.message
  const summary = problems.length > 0 ? problems : refused ? [{ id: SELECT_ID, message: refused }] : []
  const showProblem = add.error && !['invalid', 'notFound'].includes(add.error.kind)
  const chosen = offered.find((s) => s.id === serviceId)
  return (
    <form noValidate onSubmit={submit} className="form" aria-labelledby="add-service-title">
      <h3 id="add-service-title" className="subsection-title">
        {m.addTitle}
      </h3>
      <ErrorSummary errors={summary} id="add-service-errors" />
      {showProblem && (
        <ProblemMessage
          error={add.error}
          area="PHS"
          action="save"
          onRetry={() => void submit()}
          retrying={add.isPending}
        />
      )}
      {offered.length === 0 ? (
        <p>{m.noMoreServices}</p>
      ) : (
        <>
          <SelectField
            id={SELECT_ID}
            label={m.serviceLabel}
            error={errorOf(SELECT_ID) ?? refused ?? undefined}
            registration={form.register('serviceId')}
          >
            <option value="">{m.chooseService}</option>
            {offered.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </SelectField>
          {chosen?.description && <p className="phone-note">{chosen.description}</p>}
          {serviceId !== '' && detail.isPending && <p role="status">{m.loadingService}</p>}
          {serviceId !== '' && detail.isError && (
            <p className="field-error" role="alert">
              {m.serviceLoadFailed}
            </p>
          )}
          {parameters.map((p, i) => (
            <TextField
              key={p.paramId}
              id={paramId(i)}
              label={p.required ? p.displayName : m.optional(p.displayName)}
              hint={p.description || undefined}
              type={p.credential ? 'password' : 'text'}
              autoComplete="off"
              error={errorOf(paramId(i))}
              registration={form.register(`params.${i}.value`)}
            />
          ))}
          <Button type="submit" pending={add.isPending} pendingText={m.adding}>
            {m.addService}
          </Button>
        </>
      )}
    </form>
  )
}
