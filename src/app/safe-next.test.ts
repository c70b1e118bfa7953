import { describe, expect, it } from 'vitest'
import { LANDING, safeNext } from './safe-next.ts'

const origin = 'https://phones.example.com'
const paths = ['/profile', '/speed-dials', '/single-number-reach']

describe('safeNext', () => {
  it.each([
    ['//evil.example', 'a protocol-relative URL'],
    ['/\\evil.example', 'a backslash browsers read as a slash'],
    ['/%09/evil.example', 'an encoded tab before a second slash'],
    ['https://evil.example/speed-dials', 'another site'],
    ['javascript:alert(1)', 'a script URL'],
    ['/unknown-route', 'a path that is not a page'],
    ['/sign-in?next=/speed-dials', 'the sign-in page itself'],
    ['/speed-dialsX', 'a page name with more after it'],
    ['', 'nothing'],
    [null, 'no parameter'],
  ])('%s (%s) lands on Profile', (next, _why) => {
    expect(safeNext(next, origin, paths)).toBe(LANDING)
  })

  it.each([
    ['/speed-dials?x=1', '/speed-dials?x=1'],
    ['/speed-dials', '/speed-dials'],
    ['/single-number-reach/3/schedule', '/single-number-reach/3/schedule'],
    ['/speed-dials?phone=SEP001#list', '/speed-dials?phone=SEP001#list'],
  ])('%s is kept', (next, expected) => {
    expect(safeNext(next, origin, paths)).toBe(expected)
  })
})
