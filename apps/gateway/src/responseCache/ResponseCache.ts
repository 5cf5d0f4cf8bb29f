import type { IncomingHttpHeaders } from 'node:http';
import { isPublicQuery } from './publicOperation';

export interface ResponseCacheOptions {
  ttlSeconds: number;
  maxEntries: number;
  /** root fields whose answers are the same for every caller */
  publicRootFields: readonly string[];
  now?: () => number;
}

/**
 * Whole responses of public catalog queries, kept for a few seconds in this process. The catalog
 * changes daily and availability is itself refreshed about once a minute, so a few seconds of
 * reuse changes nothing a buyer can see, and spares parsing, planning, two subgraph round trips
 * and serialisation on every hit. Requests carrying credentials are never served from it.
 */
export class ResponseCache {
  private readonly entries = new Map<string, { body: string; expiresAt: number }>();
  private readonly verdicts = new Map<string, boolean>();
  private readonly publicRootFields: ReadonlySet<string>;

  constructor(private readonly o: ResponseCacheOptions) {
    this.publicRootFields = new Set(o.publicRootFields);
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
      if (this.verdicts.size >= this.o.maxEntries) this.verdicts.clear();
      this.verdicts.set(query, verdict);
    }
    if (!verdict) return undefined;
    return `${operationName ?? ''}\u0000${query}\u0000${variables === undefined ? '' : JSON.stringify(variables)}`;
  }

  get(key: string): string | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.body;
  }

  /** only complete answers without errors are kept: an error must not outlive its cause */
  set(key: string, body: string): void {
    if (body.includes('"errors"')) return;
    this.entries.delete(key);
    this.entries.set(key, { body, expiresAt: this.now() + this.o.ttlSeconds * 1000 });
    while (this.entries.size > this.o.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
  }

  private now(): number {
    return (this.o.now ?? Date.now)();
  }
}
