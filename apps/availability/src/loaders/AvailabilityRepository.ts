import { createHash } from 'node:crypto';
import type { CacheStore, RateBudget } from '@stx/cache';
import { availabilityServed, inSpan, recordCacheLookup } from '@stx/observability';
import { SecutixError } from '@stx/secutix-client';
import type { AvailabilityChanges } from '../sync/AvailabilityChanges';

/** One cached availability answer: the SecuTix record and when we got it. */
export interface AvailabilityEntry<R> {
  record: R;
  productId: number;
  fetchedAt: number;
}

export interface RepositoryOptions<R> {
  kind: 'product' | 'performance';
  store: CacheStore;
  changes: AvailabilityChanges;
  /** the extra, tighter budget for availability calls (SecuTix: about once a minute) */
  budget: RateBudget;
  fetch(ids: number[]): Promise<R[]>;
  idOf(record: R): number;
  productIdOf(record: R): number;
  /** how long an answer is used without asking again, when no change was reported */
  freshSeconds: number;
  /** how long an old answer may still be served while SecuTix cannot be asked */
  staleSeconds: number;
  /** concurrent requests for the same ids share one call (default); off only for the naive baseline */
  shareInFlight?: boolean;
  now?: () => number;
}

/**
 * Availability answers shared by every instance through the cache store. A cached answer is used
 * while fresh and not invalidated by a reported change; the misses of one batch go to SecuTix in
 * one call; when the call is refused or fails, the last known answer is served (its `asOf` says
 * how old it is) and only ids never seen before fail.
 */
export class AvailabilityRepository<R> {
  private readonly inFlight = new Map<number, Promise<AvailabilityEntry<R> | undefined>>();

  constructor(private readonly o: RepositoryOptions<R>) {}

  async getMany(ids: readonly number[]): Promise<(AvailabilityEntry<R> | Error | undefined)[]> {
    const now = (this.o.now ?? Date.now)();
    const changes = await this.o.changes.current();
    const cached = await Promise.all(ids.map((id) => this.read(id)));
    const usable = (e: AvailabilityEntry<R> | undefined) =>
      e !== undefined && e.fetchedAt + this.o.freshSeconds * 1000 > now && e.fetchedAt >= (changes.get(e.productId) ?? 0);
    // ids another request of this process is already fetching: share its answer
    const borrowed = new Map(ids.flatMap((id, i) => (!usable(cached[i]) && this.o.shareInFlight !== false && this.inFlight.has(id) ? [[id, this.inFlight.get(id)!] as const] : [])));
    const missing = ids.filter((id, i) => !usable(cached[i]) && !borrowed.has(id));
    const hits = ids.filter((_, i) => usable(cached[i])).length;
    recordCacheLookup(`avail:${this.o.kind}`, 'hit', hits);
    recordCacheLookup(`avail:${this.o.kind}`, 'miss', ids.length - hits);
    let fetched = new Map<number, AvailabilityEntry<R>>();
    let failure: Error | undefined;
    if (missing.length > 0) {
      const seen = new Map(ids.map((id, i) => [id, cached[i]?.fetchedAt ?? -1]));
      const batch = inSpan(`cache miss avail:${this.o.kind}`, { 'cache.kind': `avail:${this.o.kind}`, 'cache.misses': missing.length }, () => this.fetchAndStore(missing, now, seen));
      // a failed batch resolves its slots to undefined for borrowers; the failure is handled below
      for (const id of missing) this.inFlight.set(id, batch.then((m) => m.get(id), () => undefined));
      try {
        fetched = await batch;
      } catch (err) {
        failure = err as Error;
      } finally {
        for (const id of missing) this.inFlight.delete(id);
      }
    }
    const answers = await Promise.all(
      ids.map(async (id, i) => {
        if (usable(cached[i])) return cached[i];
        const fresh = fetched.get(id) ?? (await borrowed.get(id));
        if (fresh) return fresh;
        // stale-if-error: the last known answer beats no answer
        if (cached[i]) return cached[i];
        // undefined: SecuTix answered without this id
        return failure;
      }),
    );
    for (const answer of answers) if (answer && !(answer instanceof Error)) availabilityServed(answer.fetchedAt);
    return answers;
  }

  private async fetchAndStore(ids: number[], now: number, seen: Map<number, number>): Promise<Map<number, AvailabilityEntry<R>>> {
    // another instance asking for the same ids right now: wait for its answer instead of asking again
    const lock = `avail:lock:${this.o.kind}:${createHash('sha1').update(ids.join(',')).digest('base64url')}`;
    if (!(await this.o.store.setIfAbsent(lock, '1', 5))) {
      const theirs = await this.waitForEntries(ids, seen, 3000);
      if (theirs) return theirs;
    }
    try {
      return await this.fetchNow(ids, now);
    } finally {
      await this.o.store.delete(lock);
    }
  }

  /** polls until every id has an answer newer than the one this request saw */
  private async waitForEntries(ids: number[], seen: Map<number, number>, timeoutMs: number): Promise<Map<number, AvailabilityEntry<R>> | undefined> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
      const entries = await Promise.all(ids.map((id) => this.read(id)));
      if (entries.every((e, i) => e && e.fetchedAt > (seen.get(ids[i]) ?? -1))) return new Map(ids.map((id, i) => [id, entries[i]!]));
    }
    return undefined;
  }

  private async fetchNow(ids: number[], now: number): Promise<Map<number, AvailabilityEntry<R>>> {
    if (!(await this.o.budget.tryTake())) {
      throw new SecutixError('BUDGET_EXHAUSTED', 'AvailabilityService', `get${this.o.kind === 'product' ? 'Product' : 'Performance'}Availability`, 'availability call budget spent for this minute');
    }
    const records = await this.o.fetch(ids);
    const out = new Map<number, AvailabilityEntry<R>>();
    const ttl = this.o.freshSeconds + this.o.staleSeconds;
    await Promise.all(
      records.map((record) => {
        const entry = { record, productId: this.o.productIdOf(record), fetchedAt: now };
        out.set(this.o.idOf(record), entry);
        return this.o.store.set(this.key(this.o.idOf(record)), JSON.stringify(entry), ttl);
      }),
    );
    await this.o.changes.track([...new Set(records.map((r) => this.o.productIdOf(r)))]);
    return out;
  }

  private async read(id: number): Promise<AvailabilityEntry<R> | undefined> {
    const raw = await this.o.store.get(this.key(id));
    return raw ? (JSON.parse(raw) as AvailabilityEntry<R>) : undefined;
  }

  private key(id: number): string {
    return `avail:${this.o.kind}:${id}`;
  }
}
