/**
 * The one XML configuration of the portal. Values stay strings ("0001" and "+1972…" are not numbers),
 * attributes are kept, list elements are always arrays (a one-item list is the classic bug), unknown
 * elements and any order are tolerated. Malformed XML, a DOCTYPE or an unexpected root is an error.
 * The browser loads this module (and fast-xml-parser) on its own, after the sign-in page has painted:
 * see loadXmlParser in client.ts.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { XmlError, type XmlObject } from './xml.ts'

/** Full paths (root.child...) of elements that are list items, whatever their count. */
const LIST_PATHS = new Set([
  'users.user',
  'servers.server',
  'devices.device',
  'extensions.extension',
  'userSpeedDials.speedDials.speedDial',
  'userSpeedDials.devices.device',
  'speedDials.speedDial',
  'remoteDestinations.remoteDestination',
  'remoteDestinations.remoteDestination.associatedDevices.associatedDevice',
  'remoteDestination.associatedDevices.associatedDevice',
  'remoteDestinations.remoteDestination.associatedDevices.associatedDevice.associatedExtensions.associatedExtension',
  'remoteDestination.associatedDevices.associatedDevice.associatedExtensions.associatedExtension',
  'remoteDestinations.remoteDestination.schedule.days.day',
  'remoteDestination.schedule.days.day',
  'subscribedServices.subscribedService',
  'userSubscribedServices.subscribedServices.subscribedService',
  'userSubscribedServices.devices.device',
  'phoneServices.phoneService',
  'phoneService.parameters.parameter',
  'subscribedServices.subscribedService.parameters.parameter',
  'userSubscribedServices.subscribedServices.subscribedService.parameters.parameter',
  'credentials.credential',
  'userPolicy.policy',
  'user.imAndPresence.server',
  'Users.User',
  'ExternalServiceAccounts.ExternalServiceAccount',
  'ErrorDetails.errors',
])
/** Elements that are list items wherever they appear (option lists inside many resources). */
const LIST_NAMES = new Set(['option'])

/** The one parser configuration (exported so the bench measures exactly what the portal runs). */
export const PARSER_OPTIONS: ConstructorParameters<typeof XMLParser>[0] = {
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Keep values exactly as sent (a name may end in a space); decode numeric references (&#128512;).
  trimValues: false,
  htmlEntities: true,
  isArray: (name, jpath) => LIST_NAMES.has(name) || LIST_PATHS.has(String(jpath)),
}

const parser = new XMLParser(PARSER_OPTIONS)

/**
 * Parses a response body and returns its root element. Throws XmlError for anything that is not
 * exactly one well-formed element named `expectedRoot`.
 */
export function parseXml(text: string, expectedRoot: string): XmlObject {
  if (/<!DOCTYPE/i.test(text)) throw new XmlError('A DOCTYPE is not accepted')
  const trimmed = text.trim()
  if (!trimmed.startsWith('<')) throw new XmlError('Not XML')
  const valid = XMLValidator.validate(trimmed)
  if (valid !== true) throw new XmlError(`Malformed XML: ${valid.err.msg} (line ${valid.err.line})`)
  let doc: Record<string, unknown>
  try {
    doc = parser.parse(trimmed) as Record<string, unknown>
  } catch (error) {
    throw new XmlError(`Unreadable XML: ${(error as Error).message}`)
  }
  const roots = Object.keys(doc)
  if (roots.length !== 1) throw new XmlError(`Expected one root element, found ${roots.length}`)
  if (roots[0] !== expectedRoot) throw new XmlError(`Expected <${expectedRoot}>, found <${roots[0]}>`)
  const root = doc[expectedRoot]
  if (Array.isArray(root)) throw new XmlError('Expected one root element')
  // <speedDials/> parses to "": treat an empty root as an element without children.
  return typeof root === 'object' && root !== null ? (root as XmlObject) : { '#text': String(root ?? '') }
}
