/** What a lookup answers for a key. */
export interface CachedValue<T> {
  value: T;
  /** when the load that produced the value started (ms since epoch) */
  storedAt: number;
  /** true when served past its freshness, during revalidation or because loading failed */
  stale: boolean;
}

/** The stored form of a value: JSON under the value's key. */
export interface Entry<T> {
  v: T;
  storedAt: number;
  freshUntil: number;
}

export function entryOf<T>(value: T, ttlSeconds: number, storedAt: number): Entry<T> {
  return { v: value, storedAt, freshUntil: storedAt + ttlSeconds * 1000 };
}

/** anything else under the key (a corrupt entry, one written in an older format) is a miss */
export function parseEntry<T>(raw: string): Entry<T> | undefined {
  try {
    const entry = JSON.parse(raw) as Entry<T>;
    return typeof entry?.storedAt === 'number' && typeof entry.freshUntil === 'number' && 'v' in entry ? entry : undefined;
  } catch {
    return undefined;
  }
}

/** within its TTL, and loaded after the last change its value was told of */
export function isFresh<T>(entry: Entry<T>, now: number, invalidatedAt?: (value: T) => number | undefined): boolean {
  return entry.freshUntil > now && entry.storedAt >= (invalidatedAt?.(entry.v) ?? Number.NEGATIVE_INFINITY);
}

export function served<T>(entry: Entry<T>, stale: boolean): CachedValue<T> {
  return { value: entry.v, storedAt: entry.storedAt, stale };
}
