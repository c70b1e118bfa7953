/** The shared copy button: copies, says so; when the browser refuses, says that plainly. */
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CopyButton } from './copy-button.tsx'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let root: Root | null = null
afterEach(() => {
  act(() => root?.unmount())
  root = null
  document.body.innerHTML = ''
  vi.unstubAllGlobals()
})

async function clickCopy(writeText: (text: string) => Promise<void>, text: string | (() => Promise<string>)) {
  vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
  const container = document.body.appendChild(document.createElement('div'))
  root = createRoot(container)
  await act(async () =>
    root!.render(
      <CopyButton text={text} copied="Summary copied" refused="Your browser didn’t allow copying.">
        Copy
      </CopyButton>,
    ),
  )
  await act(async () => container.querySelector('button')!.click())
  return container.querySelector('[role="status"]')!.textContent
}

describe('CopyButton', () => {
  it('copies the text it is given and says so', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    expect(await clickCopy(writeText, 'hello')).toBe('Summary copied')
    expect(writeText).toHaveBeenCalledWith('hello')
  })

  it('reads the text when clicked (the summary reads settings first)', async () => {
    const writeText = vi.fn(() => Promise.resolve())
    expect(await clickCopy(writeText, () => Promise.resolve('read now'))).toBe('Summary copied')
    expect(writeText).toHaveBeenCalledWith('read now')
  })

  it('says plainly when the browser refuses', async () => {
    const writeText = vi.fn(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')))
    expect(await clickCopy(writeText, 'hello')).toBe('Your browser didn’t allow copying.')
  })
})
