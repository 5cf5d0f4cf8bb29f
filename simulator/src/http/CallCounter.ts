/** Calls per `<Service>.<operation>`, so tests can assert the exact batches a client sends. */
export class CallCounter {
  private counts = new Map<string, number>();
  private rejected = 0;

  count(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  reject(): void {
    this.rejected++;
  }

  snapshot(): Record<string, number> {
    const out = Object.fromEntries(this.counts);
    if (this.rejected > 0) out.rejected = this.rejected;
    return out;
  }

  reset(): void {
    this.counts.clear();
    this.rejected = 0;
  }
}
