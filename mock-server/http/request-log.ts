/** The log of UDS/CUPI requests the mock answered: what tests assert on. Never headers or bodies. */

export interface RequestLogEntry {
  method: string
  path: string
  status: number
  user: string | null
  at: string
  preflight: boolean
}

export class RequestLog {
  private entries: RequestLogEntry[] = []

  add(entry: RequestLogEntry): void {
    this.entries.push(entry)
  }

  clear(): void {
    this.entries = []
  }

  list(): readonly RequestLogEntry[] {
    return this.entries
  }
}
