/** A link to one setting: focused when the page opens, or when the setting renders only later. */
import { act, useEffect, useState } from 'react'
import { LanguageProvider } from '../i18n/localized.tsx'
import { createRoot, type Root } from 'react-dom/client'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import { Page } from './page.tsx'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
// The test DOM has no layout: scrolling is a no-op.
Element.prototype.scrollIntoView = function () {}

let root: Root | null = null
let showLate: (() => void) | undefined
afterEach(() => {
  act(() => root?.unmount())
  root = null
  document.body.innerHTML = ''
})

function Late() {
  const [shown, setShown] = useState(false)
  useEffect(() => {
    showLate = () => setShown(true)
  }, [])
  return shown ? <section id="late">Late</section> : null
}

async function open(url: string) {
  const router = createMemoryRouter(
    [
      {
        path: '/x',
        Component: () => (
          <Page title="X">
            <label htmlFor="now">Now</label>
            <input id="now" />
            <Late />
          </Page>
        ),
      },
    ],
    { initialEntries: [url] },
  )
  const container = document.body.appendChild(document.createElement('div'))
  root = createRoot(container)
  await act(async () =>
    root!.render(
      <LanguageProvider>
        <RouterProvider router={router} />
      </LanguageProvider>,
    ),
  )
}

describe('a link to one setting', () => {
  it('focuses and highlights the setting the fragment names', async () => {
    await open('/x#now')
    const input = document.getElementById('now')!
    expect(document.activeElement).toBe(input)
    expect(input.classList.contains('setting-linked')).toBe(true)
  })

  it('without a fragment, focuses the heading', async () => {
    await open('/x')
    expect(document.activeElement?.tagName).toBe('H1')
  })

  it('focuses a setting that renders later (a section gets tabindex -1)', async () => {
    await open('/x#late')
    expect(document.activeElement?.tagName).toBe('H1')
    await act(async () => showLate!())
    // The mutation observer answers in a microtask.
    await act(() => Promise.resolve())
    const late = document.getElementById('late')!
    expect(document.activeElement).toBe(late)
    expect(late.getAttribute('tabindex')).toBe('-1')
  })

  it('leaves focus alone when the user has moved on before the setting appears', async () => {
    await open('/x#late')
    document.getElementById('now')!.focus()
    await act(async () => showLate!())
    await act(() => Promise.resolve())
    expect(document.activeElement?.id).toBe('now')
  })
})
