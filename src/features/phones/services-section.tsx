import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import type {
  PhoneService,
  ServiceScope,
  SubscribedService,
  UserServices,
} from '../../api/services/services.ts'
import { Button, ConfirmChoice } from '../../components/button.tsx'
import { Dialog } from '../../components/dialog.tsx'
import { InfoNotice, StatusMessage } from '../../components/notices.tsx'
import { changeFailedSentence } from '../../components/problem.tsx'
import { formatList } from '../../i18n/format.ts'
import { keys } from '../../queries/keys.ts'
import { useRemoveSubscription } from '../../queries/phones.ts'
import { AddServiceForm } from './add-service-form.tsx'
import { phonesMessages as m } from './messages.ts'
import type { PhoneContext } from './phone-context.ts'
import { SettingHeading } from '../../components/setting-heading.tsx'

interface ServicesSectionProps {
  ctx: PhoneContext
  /** The user policy shows phone services. */
  shown: boolean
  userServices: UserServices
  /** This phone's own list; null when the server has none for it. */
  deviceServices: SubscribedService[] | null
  catalogue: PhoneService[]
}

/**
 * "Phone services": what this phone shows on its screen. When the user's subscriptions are the same on
 * every phone, the user-level list is this phone's and writes go there (they reach every phone);
 * otherwise this phone's own list.
 */
export function ServicesSection({
  ctx,
  shown,
  userServices,
  deviceServices,
  catalogue,
}: ServicesSectionProps) {
  const allPhones = userServices.appliesToAllDevices || deviceServices === null
  const services = allPhones ? userServices.services : deviceServices
  const scope: ServiceScope = allPhones ? 'allPhones' : { deviceId: ctx.deviceId }
  const [removing, setRemoving] = useState<SubscribedService | null>(null)
  const [status, setStatus] = useState('')
  const phones = userServices.phones.map((p) => p.description || p.name).filter(Boolean)
  const queryClient = useQueryClient()
  const refresh = () =>
    queryClient.invalidateQueries({
      queryKey: allPhones ? keys.services(ctx.userId) : keys.deviceServices(ctx.userId, ctx.deviceId),
    })
  const offered = (s: SubscribedService) => catalogue.some((c) => c.id === s.phoneServiceId)

  return (
    <section aria-labelledby="phone-services-title" className="card phone-section" id="phone-services">
      <SettingHeading id="phone-services" headingId="phone-services-title" title={m.servicesTitle} />
      <p className="phone-note">{m.servicesLede}</p>
      {!shown ? (
        <InfoNotice>
          <p>{m.policyServices}</p>
        </InfoNotice>
      ) : (
        <>
          {services.length === 0 ? (
            <p>{m.servicesNone}</p>
          ) : (
            <>
              <p>
                {allPhones && phones.length > 0
                  ? m.servicesAllPhones(formatList(phones))
                  : m.servicesThisPhone}
              </p>
              <ul className="phone-services-list">
                {services.map((s) => (
                  <li key={s.id || s.name}>
                    <span>
                      <strong>{s.name}</strong>
                      {!offered(s) && <span className="tag">{m.serviceGone}</span>}
                    </span>
                    {ctx.editable && s.id && (
                      <Button variant="secondary" size="small" onClick={() => setRemoving(s)}>
                        <RemoveLabel name={s.name} />
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          <StatusMessage message={status} visible />
          {ctx.editable && (
            <AddServiceForm
              ctx={ctx}
              scope={scope}
              catalogue={catalogue}
              onAdded={(name, already) => {
                if (already) void refresh()
                setStatus(already ? m.alreadyThere(name) : m.added(name))
              }}
            />
          )}
          <RemoveServiceDialog
            ctx={ctx}
            scope={scope}
            service={removing}
            onClose={() => setRemoving(null)}
            onRemoved={(s) => {
              setRemoving(null)
              setStatus(m.removed(s.name))
            }}
          />
        </>
      )}
    </section>
  )
}

/** "Remove", and for screen readers which service. */
function RemoveLabel({ name }: { name: string }) {
  return (
    <>
      <span aria-hidden="true">{m.remove}</span>
      <span className="visually-hidden">{m.removeName(name)}</span>
    </>
  )
}

function RemoveServiceDialog({
  ctx,
  scope,
  service,
  onClose,
  onRemoved,
}: {
  ctx: PhoneContext
  scope: ServiceScope
  service: SubscribedService | null
  onClose: () => void
  onRemoved: (service: SubscribedService) => void
}) {
  const remove = useRemoveSubscription(ctx.userId, scope)
  const { reset } = remove
  useEffect(() => reset(), [service?.id, reset])
  const close = () => {
    if (!remove.isPending) onClose()
  }
  return (
    <Dialog
      open={service !== null}
      title={service ? m.removeTitle(service.name) : ''}
      role="alertdialog"
      onCancel={close}
    >
      {service && (
        <>
          <p>{scope === 'allPhones' ? m.removeAll(service.name) : m.removeOne(service.name)}</p>
          <ConfirmChoice
            problem={
              remove.error &&
              changeFailedSentence(remove.error, m.removeFailed(service.name), m.removeMaybe(service.name))
            }
            confirm={m.remove}
            pending={remove.isPending}
            pendingText={m.removing}
            onConfirm={() => remove.mutate(service.id, { onSuccess: () => onRemoved(service) })}
            cancel={m.cancel}
            onCancel={close}
          />
        </>
      )}
    </Dialog>
  )
}
