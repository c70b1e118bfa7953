/** The user's lines (UDS extensions), primary first, each with its own call forward. */
import { queryOptions } from '@tanstack/react-query'
import { request, segment } from '../client.ts'
import { attr, bool, element, list, text, type XmlObject } from '../xml.ts'

export interface Line {
  id: string
  directoryNumber: string
  isPrimary: boolean
  label: string
  callForward: { toVoicemail: boolean; destination: string }
}

export function parseLine(node: XmlObject): Line {
  const cf = element(node, 'callForwardAllDestination')
  return {
    id: text(node, 'id'),
    directoryNumber: text(node, 'directoryNumber'),
    isPrimary: attr(node, 'isPrimary') === 'true',
    label: text(node, 'label'),
    callForward: {
      toVoicemail: bool(cf, 'sendToVoiceMailPilotNumber'),
      destination: text(cf, 'sendToCustomDestination'),
    },
  }
}

/** Lines with the primary one first (then in the server's order). */
export function parseLines(root: XmlObject): Line[] {
  const lines = list(root, 'extension').map(parseLine)
  return [...lines.filter((l) => l.isPrimary), ...lines.filter((l) => !l.isPrimary)]
}

export async function getLines(userId: string, signal?: AbortSignal): Promise<Line[]> {
  const res = await request(
    { path: `/user/${segment(userId)}/extensions`, signal, label: 'GET extensions' },
    'extensions',
  )
  return parseLines(res.root!)
}

export const lineQueries = {
  list: (userId: string) =>
    queryOptions({
      queryKey: ['uds', userId, 'extensions'],
      queryFn: ({ signal }) => getLines(userId, signal),
      staleTime: 60_000,
    }),
}
