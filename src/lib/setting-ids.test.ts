import { describe, expect, it } from 'vitest'
import { idPart, settingIds } from './setting-ids.ts'

describe('setting ids', () => {
  it('are the documented examples', () => {
    expect(settingIds.forwardLine('1002')).toBe('line-1002')
    expect(settingIds.phoneLine('1001', 'label')).toBe('line-1001-label')
    expect(settingIds.phoneLine('1001')).toBe('line-1001')
    expect(settingIds.rulesLine('1001')).toBe('rules-line-1001')
    expect(settingIds.speedDial(3)).toBe('speed-dial-3')
    expect(settingIds.snrPhone('+1 (312) 555-0177')).toBe('phone-+1-312-555-0177')
  })

  it('are valid in a URL fragment and an HTML id, whatever the number holds', () => {
    for (const dn of ['\\+14085551234', '1001 ', 'x<y>"z', '', '  ', '10#01', '١٠٠١'])
      expect(idPart(dn)).toMatch(/^[A-Za-z0-9+][A-Za-z0-9+-]*$/)
    expect(idPart('\\+14085551234')).toBe('+14085551234')
  })

  it('stay the same for the same number, and differ for different ones', () => {
    expect(settingIds.forwardLine('1001')).toBe(settingIds.forwardLine('1001'))
    expect(settingIds.forwardLine('1001')).not.toBe(settingIds.forwardLine('1002'))
    // A phone page's line and the forwarding page's line are on different pages: the same id is fine,
    // but on one page the forward-all choice and the rules choice never collide.
    expect(settingIds.forwardLine('1001')).not.toBe(settingIds.rulesLine('1001'))
  })
})
