import type { ReactNode } from 'react'
import { uiMessages } from './messages.ts'
import { LanguageSwitcher } from './language-switcher.tsx'

/** The frame of the pages anyone can open without signing in (sign-in, check connection). */
export function SignedOutFrame({ className, children }: { className: string; children: ReactNode }) {
  return (
    <div className="app app--signed-out">
      <header className="header">
        <div className="header-inner">
          <span className="brand">
            <span className="brand-mark" aria-hidden="true" />
            {uiMessages.productName}
          </span>
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" className={`main main--narrow ${className}`} tabIndex={-1}>
        {children}
      </main>
    </div>
  )
}
