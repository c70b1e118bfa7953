import { useEffect } from 'react'
import { type RemoteDestination } from '../../api/remote-destinations/remote-destinations.ts'
import { useRemoveRemoteDestination, useUpdateRemoteDestination } from '../../queries/remote-destinations.ts'
import { Button, ButtonGroup } from '../../components/button.tsx'
import { Dialog } from '../../components/dialog.tsx'
import { changeFailedSentence } from '../../components/problem.tsx'
import { snrMessages as m } from './messages.ts'
import { scheduleText } from './schedule-model.ts'
import '../../components/fields.css'

interface RemovePhoneDialogProps {
  userId: string
  /** The phone to remove; null while closed. */
  phone: RemoteDestination | null
  onClose: () => void
  onRemoved: (phone: RemoteDestination) => void
  announce: (message: string) => void
}

/**
 * Asks before removing a phone (it can't be undone: its schedule goes too). DELETE is not in the UDS
 * docs; where the server answers 405 we say so and offer to stop it ringing instead.
 */
export function RemovePhoneDialog({ userId, phone, onClose, onRemoved, announce }: RemovePhoneDialogProps) {
  const remove = useRemoveRemoteDestination(userId)
  const stop = useUpdateRemoteDestination(userId, phone?.id ?? '')
  const { reset: resetRemove } = remove
  const { reset: resetStop } = stop
  useEffect(() => {
    resetRemove()
    resetStop()
  }, [phone?.id, resetRemove, resetStop])

  const unsupported = remove.error?.kind === 'unsupported'
  const close = () => {
    if (!remove.isPending && !stop.isPending) onClose()
  }

  let title = ''
  let body = null
  if (phone && unsupported) {
    title = m.removeUnsupportedTitle
    body = (
      <>
        <p>{m.removeUnsupported(phone.name)}</p>
        {phone.ringWhenExtensionDialed ? (
          <>
            <p>{m.stopRingingInstead(phone.name)}</p>
            {stop.error && (
              <p className="field-error" role="alert">
                {changeFailedSentence(
                  stop.error,
                  m.ringFailed(phone.name, false),
                  m.ringMaybe(phone.name, false),
                )}
              </p>
            )}
            <ButtonGroup>
              <Button
                pending={stop.isPending}
                pendingText={m.stopping}
                onClick={() =>
                  stop.mutate(
                    { ringWhenExtensionDialed: false },
                    {
                      onSuccess: (next) => {
                        onClose()
                        announce(m.nowSilent(next.name))
                      },
                    },
                  )
                }
              >
                {m.stopRinging(phone.name)}
              </Button>
              <Button variant="secondary" onClick={close}>
                {m.cancel}
              </Button>
            </ButtonGroup>
          </>
        ) : (
          <>
            <p>{m.alreadyNotRinging(phone.name)}</p>
            <ButtonGroup>
              <Button variant="secondary" onClick={close}>
                {m.close}
              </Button>
            </ButtonGroup>
          </>
        )}
      </>
    )
  } else if (phone) {
    title = m.removeTitle(phone.name, phone.number)
    body = (
      <>
        <p>{m.removeConsequence(phone.name)}</p>
        {phone.schedule && <p>{m.removeScheduleGoes(scheduleText(phone.schedule))}</p>}
        {remove.error && (
          <p className="field-error" role="alert">
            {changeFailedSentence(remove.error, m.removeFailed(phone.name), m.removeMaybe(phone.name))}
          </p>
        )}
        <ButtonGroup>
          <Button
            variant="warning"
            pending={remove.isPending}
            pendingText={m.removing}
            onClick={() => remove.mutate(phone.id, { onSuccess: () => onRemoved(phone) })}
          >
            {m.removePhone}
          </Button>
          <Button variant="secondary" onClick={close}>
            {m.cancel}
          </Button>
        </ButtonGroup>
      </>
    )
  }

  return (
    <Dialog open={phone !== null} title={title} role="alertdialog" onCancel={close}>
      {body}
    </Dialog>
  )
}
