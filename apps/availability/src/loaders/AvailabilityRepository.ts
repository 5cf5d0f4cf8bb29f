import type { Cache } from '@stx/cache';
import { availabilityServed } from '@stx/observability';
import type { AvailabilityChanges } from '../sync/AvailabilityChanges';

/** One availability answer: the SecuTix record and when we asked for it. */
export interface AvailabilityEntry<R> {
  record: R;
  productId: number;
  fetchedAt: number;
}

export interface RepositoryOptions<R> {
  kind: 'product' | 'performance';
  /**
   * the shared read-through cache; absent with `CACHING=off` (the naive baseline): every id is
   * asked every time, nothing is shared between concurrent requests or kept
   */
  cache?: Cache;
  changes: AvailabilityChanges;
  /** one SecuTix call for these ids; our call budget (availability's share) is taken by the caller underneath */
  fetch(ids: number[]): Promise<R[]>;
  idOf(record: R): number;
  productIdOf(record: R): number;
  /** how long an answer is used without asking again, when no change was reported */
  freshSeconds: number;
  /** how long an old answer may still be served while SecuTix cannot be asked */
  staleSeconds: number;
}

/** how long other instances wait for the one asking SecuTix for an id before asking themselves */
const LOCK_SECONDS = 5;

/**
 * Availability answers shared by every instance through the read-through cache. A cached answer
 * is used while fresh and not invalidated by a reported change; the misses of one batch go to
 * SecuTix in one call (ids another request or instance is already asking for wait for its answer);
 * when the call is refused or fails, the last known answer is served (its `asOf` says how old it
 * is) and only ids never seen before fail.
 */
export class AvailabilityRepository<R> {
  constructor(private readonly o: RepositoryOptions<R>) {}

  async getMany(ids: readonly number[]): Promise<(AvailabilityEntry<R> | Error | undefined)[]> {
    const answers = this.o.cache ? await this.cached(ids, this.o.cache) : await this.uncached(ids);
    for (const answer of answers) if (answer && !(answer instanceof Error)) availabilityServed(answer.fetchedAt);
    return answers;
  }

  private async cached(ids: readonly number[], cache: Cache): Promise<(AvailabilityEntry<R> | Error | undefined)[]> {
    const changes = await this.o.changes.current();
    const idByKey = new Map(ids.map((id) => [this.key(id), id]));
    const answers = await cache.getOrLoadMany<R>([...idByKey.keys()], {
      ttlSeconds: this.o.freshSeconds,
      staleSeconds: this.o.staleSeconds,
      // a reported change must show on the next read: an older answer is for when SecuTix cannot be asked
      whileStale: 'fallback',
      invalidatedAt: (record) => changes.get(this.o.productIdOf(record)),
      lockSeconds: LOCK_SECONDS,
      loadMissing: async (keys) => {
        const records = await this.fetch(keys.map((key) => idByKey.get(key)!));
        return new Map(records.map((record) => [this.key(this.o.idOf(record)), record]));
      },
    });
    const byKey = new Map([...idByKey.keys()].map((key, i) => [key, answers[i]]));
    return ids.map((id) => {
      const answer = byKey.get(this.key(id));
      return answer === undefined || answer instanceof Error ? answer : this.entry(answer.value, answer.storedAt);
    });
  }

  private async uncached(ids: readonly number[]): Promise<(AvailabilityEntry<R> | Error | undefined)[]> {
    const fetchedAt = Date.now();
    let records: R[];
    try {
      records = await this.fetch([...ids]);
    } catch (err) {
      return ids.map(() => err as Error);
    }
    const byId = new Map(records.map((record) => [this.o.idOf(record), record]));
    return ids.map((id) => (byId.has(id) ? this.entry(byId.get(id)!, fetchedAt) : undefined));
  }

  /** SecuTix wants the products we hold answers for listed when asked what changed */
  private async fetch(ids: number[]): Promise<R[]> {
    const records = await this.o.fetch(ids);
    await this.o.changes.track([...new Set(records.map((r) => this.o.productIdOf(r)))]);
    return records;
  }

  private entry(record: R, fetchedAt: number): AvailabilityEntry<R> {
    return { record, productId: this.o.productIdOf(record), fetchedAt };
  }

  private key(id: number): string {
    return `avail:${this.o.kind}:${id}`;
  }
}
