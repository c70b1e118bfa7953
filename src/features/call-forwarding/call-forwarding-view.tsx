import { InfoNotice } from '../../components/notices.tsx'
import { Page } from '../../components/page.tsx'
import { CurrentForwarding } from './current-forwarding.tsx'
import { ForwardingForm } from './forwarding-form.tsx'
import { forwardingMessages as m } from './messages.ts'
import { RulesSection } from './rules-section.tsx'
import { callForwardingReads } from '../../queries/page-reads.ts'
import { usePageReads } from '../../queries/use-page-reads.ts'

export function CallForwardingView({ userId }: { userId: string }) {
  // All of the page's reads start together (the route usually started them already).
  const [{ data: user }, { data: lines }, { data: policy }, { data: cluster }] = usePageReads(
    callForwardingReads,
    userId,
  )

  if (policy.showCallForward === 2) {
    return (
      <Page title={m.title}>
        <InfoNotice title={m.adminManagesTitle}>
          <p>{m.adminManages}</p>
        </InfoNotice>
      </Page>
    )
  }

  return (
    <Page title={m.title} lede={m.lede}>
      {!user.homeCluster ? (
        <>
          <InfoNotice title={m.readOnlyTitle}>
            <p>{m.readOnly(cluster.host)}</p>
          </InfoNotice>
          <CurrentForwarding lines={lines} />
        </>
      ) : lines.length === 0 ? (
        <p>{m.noLines}</p>
      ) : (
        <ForwardingForm userId={userId} lines={lines} />
      )}
      {/* ShowCallForward=3: the administrator shows Call Forward All only. */}
      {lines.length > 0 && policy.showCallForward !== 3 && (
        <RulesSection userId={userId} lines={lines} canEdit={user.homeCluster} />
      )}
    </Page>
  )
}
