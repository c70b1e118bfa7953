import type { UserPolicy } from '../../api/system/system.ts'

/** Whether the user policy shows a control (absent = shown; the server doesn't enforce it). */
export const policyShows = (policy: UserPolicy, name: string) =>
  (policy.raw[name] ?? 'true').toLowerCase() !== 'false'

/** What a phone page's section needs to know: who, which phone, and how to report back to the page. */
export interface PhoneContext {
  userId: string
  deviceId: string
  /** The user's home cluster: writes are allowed (a visitor sees everything read-only). */
  editable: boolean
  /** A write found the phone gone (404): the page says so. */
  onGone: () => void
  /** A form reports whether it holds unsaved changes (one guard for the page). */
  onDirty: (form: string, dirty: boolean) => void
}
