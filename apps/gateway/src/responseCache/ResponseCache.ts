import type { IncomingHttpHeaders } from 'node:http';
import { LRUCache } from 'lru-cache';
import type { CachePolicies } from '../cachePolicy/CachePolicies';
import { etagOf, sharedAnswerType } from '../http/httpCaching';

export interface ResponseCacheOptions {
  maxEntries: number;
  /** what keys and answers may hold together (a key's text estimated as two bytes a character) */
  maxBytes: number;
  /** how long each answer may be shared, from the subgraphs' cache hints */
  policies: CachePolicies;
  /** the documents of persisted queries, so that a request by hash shares the answers of its text */
  persisted?: { readonly trustedOnly: boolean; textOf(hash: string): string | undefined };
  now?: () => number;
}

/** a GraphQL request's parameters, from a JSON body or a GET's query string (where variables and extensions are JSON text) */
export interface GraphQLParams {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
  extensions?: unknown;
}

/** a request whose answer may be shared, and for how long */
export interface Shareable {
  key: string;
  seconds: number;
}

export interface CachedAnswer {
  /** the body as sent: encoded once, when stored, not on every hit */
  body: Buffer;
  etag: string;
  /** what clients and CDNs are told: the policy's max-age, with `Age` counting from `storedAt` */
  seconds: number;
  storedAt: number;
  expiresAt: number;
}

/**
 * Whole answers of public queries, kept in this process for as long as the subgraphs' cache hints
 * allow (the catalog for minutes, availability for seconds): a hit spares parsing, planning, the
 * subgraph round trips and serialisation. Requests with credentials, mutations, anything private
 * and answers with errors are never kept. Keys are query texts and variables clients send, so the
 * entries are bounded by memory, not only by count: 2,000 entries of 64 KB keys would otherwise
 * hold 256 MB.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, CachedAnswer>;

  constructor(private readonly o: ResponseCacheOptions) {
    this.entries = new LRUCache({ max: o.maxEntries, maxSize: o.maxBytes, sizeCalculation: (answer, key) => sizeOf(key, answer.body) });
  }

  /** whether a request may be served from the cache at all, before its body is even parsed */
  admits(headers: IncomingHttpHeaders): boolean {
    return this.o.policies.enabled && !headers.authorization && !headers.cookie && sharedAnswerType(headers.accept) !== undefined;
  }

  /** the key and lifetime of a request's answer, or undefined when it must not be shared */
  shareable(headers: IncomingHttpHeaders, params: GraphQLParams): Shareable | undefined {
    if (!this.admits(headers)) return undefined;
    const { variables, operationName } = params;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined;
    const query = this.documentOf(params);
    if (query === undefined) return undefined;
    const seconds = this.o.policies.sharedSecondsOf(query, operationName ?? undefined);
    if (seconds <= 0) return undefined;
    // answers may follow Accept-Language (the language rule), so it is part of the key; a GET's
    // variables are JSON text, a POST's an object
    const vars = variables === undefined || variables === null ? '' : typeof variables === 'string' ? `s${variables}` : jsonOf(variables);
    // nested deeper than JSON.stringify's stack allows: not shared, the engine refuses it with its code
    if (vars === undefined) return undefined;
    return { key: `${headers['accept-language'] ?? ''}\u0000${operationName ?? ''}\u0000${query}\u0000${vars}`, seconds };
  }

  /**
   * The document a request runs: its text, or the persisted one its hash names. A registration
   * (text and hash together) always reaches the engine, which checks the hash and stores it; in
   * the trusted-documents mode, a text never is shared: the engine refuses it.
   */
  private documentOf({ query, extensions }: GraphQLParams): string | undefined {
    const hash = sha256HashOf(extensions);
    if (typeof query === 'string') return hash === undefined && !this.o.persisted?.trustedOnly ? query : undefined;
    if (query !== undefined && query !== null) return undefined;
    return hash === undefined ? undefined : this.o.persisted?.textOf(hash);
  }

  get(key: string): CachedAnswer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    // expiry by our own clock (tests move it), checked on every read
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }

  /** what keys and answers hold now, as the budget counts them */
  get heldBytes(): number {
    return this.entries.calculatedSize;
  }

  /** only complete answers without errors are kept: an error must not outlive its cause */
  set(key: string, text: string, seconds: number): CachedAnswer | undefined {
    if (text.includes('"errors"')) return undefined;
    const body = Buffer.from(text);
    // an answer over the whole budget is not kept, and says so: it is then sent as private
    if (sizeOf(key, body) > this.o.maxBytes) return undefined;
    const now = this.now();
    const entry = { body, etag: etagOf(text), seconds, storedAt: now, expiresAt: now + seconds * 1000 };
    this.entries.set(key, entry);
    return entry;
  }

  /** whole seconds since the answer was stored (the `Age` header) */
  ageOf(answer: CachedAnswer): number {
    return Math.floor((this.now() - answer.storedAt) / 1000);
  }

  private now(): number {
    return (this.o.now ?? Date.now)();
  }
}

/** what an entry holds: its key's characters (two bytes each, as V8 may store them) and its body's bytes */
function sizeOf(key: string, body: Buffer): number {
  return 2 * key.length + body.length;
}

/** a POST's variables as key text, or undefined when they are nested too deep to serialise */
function jsonOf(variables: unknown): string | undefined {
  try {
    return `o${JSON.stringify(variables)}`;
  } catch {
    return undefined;
  }
}

/** Apollo's `extensions.persistedQuery.sha256Hash` (version 1), from a body's object or a GET's JSON text */
function sha256HashOf(extensions: unknown): string | undefined {
  let value = extensions;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return undefined;
    }
  }
  const persisted = (value as { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } | null | undefined)?.persistedQuery;
  return persisted?.version === 1 && typeof persisted.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
}
