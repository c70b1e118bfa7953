/** A list that keeps at most `limit` entries: adding one more drops the oldest (and counts it). */
export class CappedList<T> {
  protected items: T[] = []
  /** Entries dropped since the last clear. */
  dropped = 0

  constructor(readonly limit: number) {}

  add(item: T): void {
    this.items.push(item)
    const over = this.items.length - this.limit
    if (over > 0) {
      this.items.splice(0, over)
      this.dropped += over
    }
  }

  clear(): void {
    this.items = []
    this.dropped = 0
  }

  list(): readonly T[] {
    return this.items
  }

  /** Response headers that say how long the list may get and how many entries it dropped. */
  headers(): Record<string, string> {
    return { 'X-Mock-Limit': String(this.limit), 'X-Mock-Dropped': String(this.dropped) }
  }
}
