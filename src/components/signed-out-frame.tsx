import type { ReactNode } from 'react'

/** The frame of the pages anyone can open without signing in (sign-in, check connection). */
export function SignedOutFrame({ className, children }: { className: string; children: ReactNode }) {
  return (
    <div className="app app--signed-out">
      <header className="header">
        <div className="header-inner">
          <span className="brand">
            <span className="brand-mark" aria-hidden="true" />
            Phone settings
          </span>
        </div>
      </header>
      <main id="main" className={`main main--narrow ${className}`} tabIndex={-1}>
        {children}
      </main>
    </div>
  )
}
