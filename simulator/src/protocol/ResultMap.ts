/**
 * A field SecuTix types "Map of K, V" (docs/secutix/contract.md): JSON writes an object keyed by
 * the key's text (toJSON), SOAP JAX-WS's `<entry><key/><value/></entry>` list (toXml). The
 * result bodies are untyped, so the map says what it is itself.
 */
export class ResultMap {
  constructor(readonly entries: ReadonlyArray<readonly [string | number, unknown]> = []) {}

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.entries.map(([key, value]) => [String(key), value]));
  }
}
