import type { ReactNode } from 'react'
import { LinkToSetting } from './copy-button.tsx'

/**
 * A section's heading with "Link to this setting" beside it, which copies the URL that opens the
 * page at the section (`id` is the section's own id, from lib/setting-ids.ts or the section's name).
 */
export function SettingHeading({
  id,
  headingId,
  title,
  level = 2,
  children,
}: {
  /** The id of the section (or control) the link opens at. */
  id: string
  headingId: string
  /** The heading's words (also what the link is for, for screen readers). */
  title: string
  level?: 2 | 3
  /** Replaces the heading's content when it is more than `title`. */
  children?: ReactNode
}) {
  const Heading = level === 2 ? 'h2' : 'h3'
  return (
    <div className="setting-heading">
      <Heading id={headingId} className={level === 2 ? 'section-title' : 'subsection-title'}>
        {children ?? title}
      </Heading>
      <LinkToSetting id={id} what={title} />
    </div>
  )
}
