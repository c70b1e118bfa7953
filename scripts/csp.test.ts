import { readFileSync, existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { apiOrigins, contentSecurityPolicy, withCsp } from './lib/csp.ts'

describe('content security policy', () => {
  it('allows scripts from self only and connections to the configured API origins only', () => {
    const policy = contentSecurityPolicy(
      apiOrigins({
        udsBaseUrl: 'https://cucm.example.com:8443/cucm-uds',
        cupiBaseUrl: 'https://cuc.example.com/vmrest',
      }),
    )
    expect(policy).toContain("script-src 'self';")
    expect(policy).toContain("connect-src 'self' https://cucm.example.com:8443 https://cuc.example.com;")
    expect(policy).toContain("object-src 'none'")
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/)
  })

  it('replaces an existing policy rather than adding a second one', () => {
    const once = withCsp('<head><title>x</title></head>', 'a')
    const twice = withCsp(once, 'b')
    expect(twice.match(/Content-Security-Policy/g)).toHaveLength(1)
    expect(twice).toContain('content="b"')
  })

  it.runIf(existsSync('dist/index.html'))(
    'the built index.html carries the policy for public/config.json',
    () => {
      const html = readFileSync('dist/index.html', 'utf8')
      expect(html).toContain(`script-src 'self'`)
      expect(html).toContain(`connect-src 'self' http://localhost:8443;`)
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/) // no inline scripts
    },
  )
})
