/** The faults of the matrix: what the mock does to the write, and what the user must be told. */
import { SHORT_TIMEOUT_MS } from './support.ts'

export interface FaultKind {
  id: '401' | '503' | 'drop' | 'hang'
  /** Column heading of the printed matrix. */
  label: string
  status?: number
  delayMs?: number
  /** Words the one message must contain (problemSentence in src/components/problem.tsx). */
  words: string | RegExp
}

export const FAULTS: FaultKind[] = [
  { id: '401', label: '401', status: 401, words: 'Sign in again to save your changes' },
  // One server-error column: a 500 differs from a 503 only in the status code, hence the error's kind
  // and the words; src/api/write-faults.test.ts proves both (and a dropped connection) for every write.
  { id: '503', label: '503', status: 503, words: 'busy' },
  // No answer (a dropped connection, a hang): the change may already be done, never "not changed".
  { id: 'drop', label: 'dropped', status: 0, words: 'can’t tell whether it made the change' },
  // A slow but normal answer: the server applies the change after the portal gave up waiting.
  {
    id: 'hang',
    label: 'timeout',
    delayMs: SHORT_TIMEOUT_MS + 800,
    words: 'can’t tell whether it made the change',
  },
]
