import type { IncomingHttpHeaders } from 'node:http';
import { LRUCache } from 'lru-cache';
import { isPublicQuery } from './publicOperation';

export interface ResponseCacheOptions {
  ttlSeconds: number;
  maxEntries: number;
  /** what keys and answers may hold together (estimated as two bytes a character) */
  maxBytes: number;
  /** root fields whose answers are the same for every caller */
  publicRootFields: readonly string[];
  now?: () => number;
}

/**
 * Whole responses of public catalog queries, kept for a few seconds in this process. The catalog
 * changes daily and availability is itself refreshed about once a minute, so a few seconds of
 * reuse changes nothing a buyer can see, and spares parsing, planning, two subgraph round trips
 * and serialisation on every hit. Requests carrying credentials are never served from it.
 * Keys are query texts and variables clients send, so both maps are bounded by memory, not only
 * by count: 2,000 entries of 64 KB keys would otherwise hold 256 MB.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, string>;
  /** whether a query text is public: parsed once per text, an eighth of the budget */
  private readonly verdicts: LRUCache<string, boolean>;
  private readonly publicRootFields: ReadonlySet<string>;

  constructor(private readonly o: ResponseCacheOptions) {
    this.publicRootFields = new Set(o.publicRootFields);
    const perf = { now: () => this.now() };
    this.entries = new LRUCache({
      max: o.maxEntries,
      maxSize: o.maxBytes,
      sizeCalculation: (body, key) => 2 * (key.length + body.length),
      ttl: Math.max(1, o.ttlSeconds * 1000),
      // the clock is read on every get: no cached time, so a test's clock is exact
      ttlResolution: 0,
      perf,
    });
    this.verdicts = new LRUCache({ max: o.maxEntries, maxSize: Math.max(1, Math.floor(o.maxBytes / 8)), sizeCalculation: (_, key) => 2 * key.length + 64 });
  }

  /** whether a request may be served from the cache at all, before its body is even parsed */
  admits(headers: IncomingHttpHeaders): boolean {
    return this.o.ttlSeconds > 0 && !headers.authorization && !headers.cookie;
  }

  /** the cache key of a request, or undefined when it must not be cached */
  keyFor(headers: IncomingHttpHeaders, body: unknown): string | undefined {
    if (!this.admits(headers)) return undefined;
    const { query, variables, operationName } = (body ?? {}) as { query?: unknown; variables?: unknown; operationName?: unknown };
    if (typeof query !== 'string' || (operationName !== undefined && operationName !== null && typeof operationName !== 'string')) return undefined;
    let verdict = this.verdicts.get(query);
    if (verdict === undefined) {
      verdict = isPublicQuery(query, (operationName as string | null) ?? undefined, this.publicRootFields);
      this.verdicts.set(query, verdict);
    }
    if (!verdict) return undefined;
    // answers may follow Accept-Language (the language rule), so it is part of the key
    return `${headers['accept-language'] ?? ''}\u0000${operationName ?? ''}\u0000${query}\u0000${variables === undefined ? '' : JSON.stringify(variables)}`;
  }

  get(key: string): string | undefined {
    return this.entries.get(key);
  }

  /** what keys, answers and remembered query texts hold now, as the budget counts them */
  get heldBytes(): number {
    return this.entries.calculatedSize + this.verdicts.calculatedSize;
  }

  /** how long an answer is reused, which is also what clients and CDNs are told */
  get ttlSeconds(): number {
    return this.o.ttlSeconds;
  }

  /** only complete answers without errors are kept: an error must not outlive its cause; says whether it was kept */
  set(key: string, body: string): boolean {
    if (body.includes('"errors"')) return false;
    // an answer over the whole budget is not kept, and says so: it is then sent as private
    if (2 * (key.length + body.length) > this.o.maxBytes) return false;
    this.entries.set(key, body);
    return true;
  }

  private now(): number {
    return (this.o.now ?? Date.now)();
  }
}
