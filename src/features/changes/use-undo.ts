/**
 * Undoing one change through the same mutation hooks as a normal save (so the undo is recorded as a
 * change too, a 401 waits for the re-sign-in dialog and writes for one user run one at a time),
 * after the lost-update guard: the value is read again, and when it changed elsewhere the user is
 * asked first.
 */
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { ServiceScope } from '../../api/services/services.ts'
import type { SpeedDial } from '../../api/speed-dials/speed-dials.ts'
import type { Change } from '../../lib/change-log.ts'
import { useUpdateLine } from '../../queries/extensions.ts'
import { useUpdateLineRules } from '../../queries/line-rules.ts'
import {
  useAddSubscription,
  useRemoveSubscription,
  useUpdateDevice,
  useUpdatePhoneLine,
} from '../../queries/phones.ts'
import {
  useAddRemoteDestination,
  useRemoveRemoteDestination,
  useUpdateRemoteDestination,
} from '../../queries/remote-destinations.ts'
import { useSaveSpeedDials } from '../../queries/speed-dial-save.ts'
import { useUpdateUser } from '../../queries/user.ts'
import { readNow } from './read-now.ts'
import { alreadyUndone, changedSince, undoRequest, type ChangeValue, type UndoRequest } from './undo.ts'

export type UndoPhase =
  | { step: 'idle' }
  | { step: 'checking' }
  /** Changed elsewhere since: both values shown, the user decides. */
  | { step: 'ask'; now: ChangeValue }
  | { step: 'working' }
  | { step: 'done' }
  | { step: 'kept' }
  | { step: 'failed'; error: unknown }

const ids = (change: Change) => ({
  deviceId: 'deviceId' in change ? change.deviceId : '',
  snrId: change.kind === 'snrPhone' ? change.itemId : '',
  scope: (change.kind === 'service' ? change.scope : 'allPhones') as ServiceScope,
})

export function useUndo(userId: string, change: Change) {
  const queryClient = useQueryClient()
  const { deviceId, snrId, scope } = ids(change)
  const updateUser = useUpdateUser(userId)
  const updateLine = useUpdateLine(userId)
  const updateRules = useUpdateLineRules(userId)
  const updateDevice = useUpdateDevice(userId, deviceId)
  const updatePhoneLine = useUpdatePhoneLine(userId, deviceId)
  const saveSpeedDials = useSaveSpeedDials(userId)
  const updateSnr = useUpdateRemoteDestination(userId, snrId)
  const addSnr = useAddRemoteDestination(userId)
  const removeSnr = useRemoveRemoteDestination(userId)
  const addService = useAddSubscription(userId, scope)
  const removeService = useRemoveSubscription(userId, scope)
  const [phase, setPhase] = useState<UndoPhase>({ step: 'idle' })
  const request = undoRequest(change)

  /** Sends the undo; false when the speed-dial list changed again meanwhile (then: ask). */
  async function send(req: UndoRequest, now: ChangeValue): Promise<boolean> {
    switch (req.via) {
      case 'user':
        await updateUser.mutateAsync(req.patch)
        return true
      case 'line':
        await updateLine.mutateAsync({ lineId: req.lineId, patch: req.patch })
        return true
      case 'lineRules':
        await updateRules.mutateAsync({ lineId: req.lineId, patch: req.patch })
        return true
      case 'device':
        await updateDevice.mutateAsync(req.patch)
        return true
      case 'phoneLine':
        await updatePhoneLine.mutateAsync({ lineId: req.lineId, patch: req.patch })
        return true
      case 'speedDials': {
        // The list just read is what the undo writes over (the save's own guard checks it again).
        const base = Array.isArray(now) ? (now as SpeedDial[]) : null
        const result = await saveSpeedDials.mutateAsync({
          target: req.target,
          draft: { base, list: req.list },
        })
        if (result.kind !== 'conflict') return true
        setPhase({ step: 'ask', now: result.server ?? [] })
        return false
      }
      case 'snrUpdate':
        await updateSnr.mutateAsync(req.patch)
        return true
      case 'snrAdd':
        await addSnr.mutateAsync(req.entry)
        return true
      case 'snrRemove':
        await removeSnr.mutateAsync(req.id)
        return true
      case 'serviceAdd':
        await addService.mutateAsync(req.item)
        return true
      case 'serviceRemove':
        await removeService.mutateAsync(req.id)
        return true
    }
  }

  async function write(now: ChangeValue) {
    if (!request) return
    setPhase({ step: 'working' })
    try {
      if (await send(request, now)) setPhase({ step: 'done' })
    } catch (error) {
      setPhase({ step: 'failed', error })
    }
  }

  /** Undo: read the value now; write the earlier one back unless it changed elsewhere. */
  async function start() {
    if (!request) return
    setPhase({ step: 'checking' })
    let now: ChangeValue
    try {
      now = await readNow(queryClient, userId, change)
    } catch (error) {
      setPhase({ step: 'failed', error })
      return
    }
    if (alreadyUndone(change, now)) setPhase({ step: 'done' })
    else if (changedSince(change, now)) setPhase({ step: 'ask', now })
    else await write(now)
  }

  return {
    canUndo: request !== null,
    phase,
    start: () => void start(),
    /** "Undo anyway": write over the value now on the phone system. */
    confirm: () => {
      if (phase.step === 'ask') void write(phase.now)
    },
    /** "Keep current". */
    keep: () => setPhase({ step: 'kept' }),
  }
}
