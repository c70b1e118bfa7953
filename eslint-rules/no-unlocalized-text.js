/**
 * Every word the portal shows goes through the message catalogs (src/i18n): JSX text and string
 * literals in the attributes people read or hear (aria-*, title, placeholder, alt, label) are errors
 * unless they are free of letters (punctuation, numbers, symbols), a helpdesk code (SI-CORS-000),
 * inside the <Trans> macro (a sentence with markup, one message), or marked as not for translation
 * with a `lang` attribute on the same element (a language's own name in the switcher).
 */
const LETTER = /\p{L}/u
const READ_ATTRIBUTES =
  /^(aria-(label|description|placeholder|roledescription|valuetext)|title|placeholder|alt|label)$/

/** A helpdesk code such as SI-CORS-000: the same in every language. */
const CODE = /^\s*[A-Z]+(-[A-Z0-9]+)+\s*$/

/** Inside <Trans> (the macro): the whole sentence is one message. */
function insideTrans(node) {
  for (let n = node.parent; n; n = n.parent)
    if (
      n.type === 'JSXElement' &&
      n.openingElement.name.type === 'JSXIdentifier' &&
      n.openingElement.name.name === 'Trans'
    )
      return true
  return false
}

function hasLang(openingElement) {
  return openingElement.attributes.some((a) => a.type === 'JSXAttribute' && a.name.name === 'lang')
}

function literalText(node) {
  if (!node) return null
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value
  if (node.type === 'JSXExpressionContainer') return literalText(node.expression)
  if (node.type === 'TemplateLiteral') return node.quasis.map((q) => q.value.cooked).join('')
  if (node.type === 'ConditionalExpression')
    return [literalText(node.consequent), literalText(node.alternate)].filter(Boolean).join(' ') || null
  if (node.type === 'LogicalExpression') return literalText(node.right)
  return null
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Words shown to people come from the message catalogs' },
    messages: {
      text: 'Text "{{text}}" is not localised: use a message (messages.ts, t or <Trans>).',
      attribute: 'The {{name}} attribute "{{text}}" is not localised: use a message.',
    },
    schema: [],
  },
  create(context) {
    return {
      JSXText(node) {
        if (!LETTER.test(node.value) || CODE.test(node.value) || insideTrans(node)) return
        const element = node.parent?.type === 'JSXElement' ? node.parent.openingElement : null
        if (element && hasLang(element)) return
        context.report({ node, messageId: 'text', data: { text: node.value.trim().slice(0, 40) } })
      },
      JSXExpressionContainer(node) {
        // {'text'} or {`text`} as a child
        if (node.parent?.type !== 'JSXElement' && node.parent?.type !== 'JSXFragment') return
        const text = literalText(node.expression)
        if (text && LETTER.test(text) && !CODE.test(text) && !insideTrans(node))
          context.report({ node, messageId: 'text', data: { text: text.trim().slice(0, 40) } })
      },
      JSXAttribute(node) {
        const name = typeof node.name.name === 'string' ? node.name.name : ''
        if (!READ_ATTRIBUTES.test(name)) return
        const text = literalText(node.value)
        if (!text || !LETTER.test(text)) return
        if (hasLang(node.parent)) return
        context.report({ node, messageId: 'attribute', data: { name, text: text.slice(0, 40) } })
      },
    }
  },
}
