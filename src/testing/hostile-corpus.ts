/**
 * The hostile input corpus, typed into every text field: by the browser suite
 * (e2e/resilience/hostile-input.spec.ts) and through each form's own rules and the API
 * (src/features/hostile-input.test.ts). Each value must be refused with a message or round-trip
 * exactly; nothing may execute. (Imported by tests only.)
 */
export const CORPUS: Array<{ name: string; value: string }> = [
  { name: 'script tag', value: '<script>window.__xss=1;alert(1)</script>' },
  { name: 'img onerror', value: '<img src=x onerror="window.__xss=1">' },
  { name: 'ampersand', value: 'Tom & Jerry' },
  { name: 'entity text', value: '&amp; &lt;b&gt; &#60;' },
  { name: 'CDATA end', value: 'a]]>b' },
  { name: 'quotes', value: `"double" 'single'` },
  { name: 'NUL', value: 'nul\u0000byte' },
  { name: 'control characters', value: 'bell\u0007esc\u001b[31m' },
  { name: 'RTL override', value: '\u202Egnp.exe' },
  { name: 'RTL text', value: 'שלום مرحبا' },
  { name: 'emoji', value: '😀 👩‍👩‍👧‍👦 🇬🇧' },
  { name: '10 000 characters', value: 'x'.repeat(10_000) },
  { name: 'number with letters', value: '555-CALL-NOW' },
  { name: 'template injection', value: "{{constructor.constructor('window.__xss=1')()}}" },
  { name: 'javascript URL', value: 'javascript:window.__xss=1' },
]

const MARKUP_FREE = [
  'ampersand',
  'entity text',
  'CDATA end',
  'quotes',
  'RTL override',
  'RTL text',
  'emoji',
  'number with letters',
  'javascript URL',
]

/**
 * Per text field ("page · label"), the corpus values it saves; it refuses every other one (with a
 * message, the server unchanged). Numbers and PINs refuse them all.
 */
export const ACCEPTED: Record<string, string[]> = {
  'Profile · Display name': [...MARKUP_FREE, 'script tag', 'img onerror', 'template injection'],
  'Call forwarding · Number to forward to': [],
  'Single Number Reach · Name': [...MARKUP_FREE, 'script tag', 'img onerror', 'template injection'],
  'Single Number Reach · Phone number': [],
  // The phone system refuses markup-like names (<, > and {{ }}) with a 400.
  'Speed dials · Name': MARKUP_FREE,
  'Speed dials · Number': [],
  'PIN and password · New phone PIN': [],
  // The phone system refuses ']]>' in a password.
  'PIN and password · New password': [
    ...MARKUP_FREE.filter((n) => n !== 'CDATA end'),
    'script tag',
    'img onerror',
    'template injection',
  ],
  'PIN and password · New voicemail PIN': [],
}
