/**
 * A number, phone number, extension or address shown on its own: always left to right, also on a
 * right-to-left page (Arabic), and isolated from the text around it.
 */
import type { ReactNode } from 'react'

export function Ltr({ children }: { children: ReactNode }) {
  return <bdi dir="ltr">{children}</bdi>
}
