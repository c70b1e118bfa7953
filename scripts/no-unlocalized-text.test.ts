import { RuleTester } from 'eslint'
import tseslint from 'typescript-eslint'
import { describe, it } from 'vitest'
import rule from '../eslint-rules/no-unlocalized-text.js'

// RuleTester makes one vitest test per case.
RuleTester.describe = describe
RuleTester.it = it
RuleTester.itOnly = it.only

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
})

tester.run('no-unlocalized-text', rule, {
  valid: [
    'const a = <p>{m.title}</p>',
    'const a = <p>{count} – {m.more}</p>',
    'const a = <Trans>Call <strong>{phone}</strong> now.</Trans>',
    'const a = <span lang="de">Deutsch</span>',
    'const a = <dd>SI-CORS-000</dd>',
    'const a = <input aria-label={m.search} placeholder={m.hint} />',
    'const a = <p className="note" id="x-1">{value}</p>',
  ],
  invalid: [
    { code: 'const a = <p>Save changes</p>', errors: [{ messageId: 'text' }] },
    { code: "const a = <p>{'Save'}</p>", errors: [{ messageId: 'text' }] },
    { code: 'const a = <button aria-label="Close">×</button>', errors: [{ messageId: 'attribute' }] },
    { code: 'const a = <input placeholder="Search" />', errors: [{ messageId: 'attribute' }] },
    {
      code: 'const a = <abbr title={`Do not disturb`}>DND</abbr>',
      errors: [{ messageId: 'attribute' }, { messageId: 'text' }],
    },
    { code: 'const a = <img alt={on ? "On" : "Off"} />', errors: [{ messageId: 'attribute' }] },
  ],
})
