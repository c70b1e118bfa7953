/**
 * The Speed dials page, the layout of its sub-pages (list, add, edit): reads the user's lists, picks
 * the list to show (the shared one, or a phone's own when the phones differ, `?phone={id}`), and
 * holds the drafts above the sub-pages, so they all change the same draft and nothing is lost on the
 * way between them, on a re-sign-in (the page stays mounted) or on a reload (sessionStorage).
 */
import { useIsMutating, useQuery, useSuspenseQueries } from '@tanstack/react-query'
import { Suspense, useMemo, useState } from 'react'
import { useSearchParams } from 'react-router'
import { type SpeedDial, type SpeedDialPhone } from '../../api/speed-dials/speed-dials.ts'
import { InfoNotice, Spinner } from '../../components/notices.tsx'
import { Page } from '../../components/page.tsx'
import { UnsavedChangesGuard } from '../../components/unsaved-changes.tsx'
import { keys } from '../../queries/keys.ts'
import { speedDialPhoneReads, speedDialsReads } from '../../queries/page-reads.ts'
import { usePageReads } from '../../queries/use-page-reads.ts'
import { type ReadOnlyReason } from './context.ts'
import { ListScope, type ListScopeProps } from './list-scope.tsx'
import { speedDialMessages as m } from './messages.ts'
import { phoneScope, useDraftStore } from './use-drafts.ts'

export function SpeedDialsView({ userId }: { userId: string }) {
  const [{ data: user }, { data: overview }, { data: policy }] = usePageReads(speedDialsReads, userId)
  const [clusterUser] = speedDialsReads.side(userId)
  const cluster = useQuery({ ...clusterUser, enabled: !user.homeCluster })
  const phones = useMemo(() => overview.phones.filter((p) => p.id !== ''), [overview.phones])
  const store = useDraftStore(userId, ['all', ...phones.map((p) => phoneScope(p.id))])
  const [params] = useSearchParams()
  const [flash, setFlash] = useState<string | null>(null)
  const saving = useIsMutating({ mutationKey: keys.speedDials(userId) }) > 0

  const readOnly: ReadOnlyReason | null = !user.homeCluster
    ? { title: m.readOnlyTitle, body: m.readOnly(cluster.data?.host ?? null) }
    : !policy.showSpeedDials
      ? { title: m.policyTitle, body: m.policy }
      : null

  // Which list: a phone's own while the lists differ (or while that phone's draft has changes),
  // else the shared one.
  // While every phone is being given the same list, stay on the phone that is copied until it's done.
  const makingSame = useIsMutating({ mutationKey: keys.makeSpeedDialsSame(userId) }) > 0
  const requested = phones.find((p) => p.id === params.get('phone'))
  let phone: SpeedDialPhone | null = null
  if (requested && (!overview.unified || makingSame || store.isDirty(phoneScope(requested.id))))
    phone = requested
  else if (!requested && (!overview.unified || makingSame) && !store.isDirty('all')) phone = phones[0] ?? null

  const guard = readOnly ? null : (
    <UnsavedChangesGuard
      when={store.anyDirty && !saving}
      within="/speed-dials"
      message={m.unsavedMessage}
      onLeave={store.clearAll}
    />
  )

  if (!phone && !overview.unified && !store.isDirty('all')) {
    return (
      <Page title={m.title} lede={m.lede}>
        <InfoNotice>
          <p>{m.noPhones}</p>
        </InfoNotice>
      </Page>
    )
  }

  const shared = { userId, store, readOnly, flash, setFlash }
  return (
    <>
      <Suspense fallback={<Spinner label={m.loading} />}>
        {phone ? (
          <PhoneLists key={phone.id} {...shared} phone={phone} phones={phones} />
        ) : (
          <ListScope
            key="all"
            {...shared}
            server={overview.unified ? overview.speedDials : null}
            phone={null}
            phones={null}
            phoneLists={null}
          />
        )}
      </Suspense>
      {guard}
    </>
  )
}

type SharedProps = Pick<ListScopeProps, 'userId' | 'store' | 'readOnly' | 'flash' | 'setFlash'>

/** The phones' lists differ: read every phone's (the confirmation for "all the same" needs them). */
function PhoneLists(props: SharedProps & { phone: SpeedDialPhone; phones: SpeedDialPhone[] }) {
  const results = useSuspenseQueries({
    queries: speedDialPhoneReads(
      props.userId,
      props.phones.map((p) => p.id),
    ),
  })
  const lists: Record<string, SpeedDial[]> = {}
  props.phones.forEach((p, i) => (lists[p.id] = results[i]?.data ?? []))
  return <ListScope {...props} server={lists[props.phone.id] ?? []} phoneLists={lists} />
}
