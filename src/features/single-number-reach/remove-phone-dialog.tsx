import { useEffect } from 'react'
import { type RemoteDestination } from '../../api/remote-destinations/remote-destinations.ts'
import { useRemoveRemoteDestination, useUpdateRemoteDestination } from '../../queries/remote-destinations.ts'
import { Button, ButtonGroup, ConfirmChoice } from '../../components/button.tsx'
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
            <ConfirmChoice
              problem={
                stop.error &&
                changeFailedSentence(
                  stop.error,
                  m.ringFailed(phone.name, false),
                  m.ringMaybe(phone.name, false),
                )
              }
              confirm={m.stopRinging(phone.name)}
              variant="primary"
              pending={stop.isPending}
              pendingText={m.stopping}
              onConfirm={() =>
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
              cancel={m.cancel}
              onCancel={close}
            />
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
        <ConfirmChoice
          problem={
            remove.error &&
            changeFailedSentence(remove.error, m.removeFailed(phone.name), m.removeMaybe(phone.name))
          }
          confirm={m.removePhone}
          pending={remove.isPending}
          pendingText={m.removing}
          onConfirm={() => remove.mutate(phone.id, { onSuccess: () => onRemoved(phone) })}
          cancel={m.cancel}
          onCancel={close}
        />
      </>
    )
  }

  return (
    <Dialog open={phone !== null} title={title} role="alertdialog" onCancel={close}>
      {body}
    </Dialog>
  )
}
