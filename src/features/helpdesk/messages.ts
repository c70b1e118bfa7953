/** The helpdesk buttons ("Copy summary for the helpdesk", "Print settings") and the print view, in words. */
export const helpdeskMessages = {
  menu: 'For the helpdesk',
  copy: 'Copy summary for the helpdesk',
  copying: 'Reading your settings…',
  copied: 'Summary copied. Paste it into your message to the helpdesk.',
  copyRefused: 'Your browser didn’t allow copying. Open “Print settings” to see the summary instead.',
  print: 'Print settings',
  printTitle: 'Your settings',
  printLede: 'Everything the helpdesk may ask about, on one page. No PIN or password is ever shown.',
  printButton: 'Print',
  printBack: 'Back to Profile',
  reading: 'Reading your settings…',
}
