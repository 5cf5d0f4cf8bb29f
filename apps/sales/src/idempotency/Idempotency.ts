import { createHash } from 'node:crypto';
import { pollUntil, type CoordinationStore } from '@stx/cache';
import { SecutixError, refusedByOurBudget } from '@stx/secutix-client';
import { currentRequest } from '@stx/observability';
import { codedError, fromSecutixError } from '@stx/errors';
import type { GraphQLError } from 'graphql';

interface Record<T> {
  state: 'pending' | 'done' | 'failed';
  fingerprint: string;
  result?: T;
  /** the coded error the first request ended with, replayed to every retry with the key */
  error?: { message: string; extensions: { [key: string]: unknown } };
}

export class IdempotencyKeyReused extends Error {}

/**
 * Exactly-once order changes across retries, concurrent requests and instances: the first
 * request with a key claims it in the shared store (SET NX) and runs; every other request with
 * the same key waits for and returns that first result. The key is scoped to the contact, and
 * a key reused with different input is refused rather than silently answered.
 *
 * The claim is made in the coordination store, which fails closed: when it cannot say whether
 * the key is free, the StoreUnavailableError goes to the client as a retryable
 * UPSTREAM_UNAVAILABLE and nothing runs, rather than risk a second order or charge.
 */
export class Idempotency {
  constructor(private readonly o: { store: CoordinationStore; ttlSeconds: number; waitMs: number }) {}

  async run<T>(scope: string, key: string, input: unknown, execute: () => Promise<T>): Promise<T> {
    const storeKey = `idem:${createHash('sha256').update(`${scope}\u0000${key}`).digest('base64url')}`;
    const fingerprint = createHash('sha256').update(JSON.stringify(input)).digest('base64url');
    const claim: Record<T> = { state: 'pending', fingerprint };
    if (await this.o.store.setIfAbsent(storeKey, JSON.stringify(claim), this.o.ttlSeconds)) {
      let result: T;
      const sentBefore = currentRequest()?.secutixCallsSent ?? 0;
      try {
        result = await execute();
      } catch (err) {
        // our own budget refused before anything of this run reached SecuTix: nothing was done, so
        // the key is free again and the client's retry with it (after retryAfterSeconds) runs
        if (refusedByOurBudget(err) && (currentRequest()?.secutixCallsSent ?? 0) === sentBefore) {
          await this.o.store.delete(storeKey).catch(() => undefined);
          throw err;
        }
        // SecuTix may or may not have done it: the key keeps this failure, and the client checks
        // the order and uses a new key, rather than this key silently doing it twice
        const coded: GraphQLError = err instanceof SecutixError ? fromSecutixError(err) : codedError('INTERNAL_SERVER_ERROR', 'Internal server error');
        await this.remember(storeKey, { state: 'failed', fingerprint, error: { message: coded.message, extensions: coded.extensions } });
        throw err;
      }
      await this.remember(storeKey, { state: 'done', fingerprint, result });
      return result;
    }
    return this.waitFor<T>(storeKey, fingerprint);
  }

  /**
   * The change ran: its caller gets the outcome even if the store went away meanwhile. Retries
   * then find the claim still pending and never run it again; they time out instead.
   */
  private async remember<T>(storeKey: string, record: Record<T>): Promise<void> {
    await this.o.store.set(storeKey, JSON.stringify(record), this.o.ttlSeconds).catch(() => undefined);
  }

  /** a store that cannot answer ends the wait with its StoreUnavailableError, never with a guess */
  private async waitFor<T>(storeKey: string, fingerprint: string): Promise<T> {
    const outcome = await pollUntil(async () => {
      const raw = await this.o.store.get(storeKey);
      const record = raw ? (JSON.parse(raw) as Record<T>) : undefined;
      if (record && record.fingerprint !== fingerprint) throw new IdempotencyKeyReused();
      if (record?.state === 'done') return { result: record.result as T };
      if (record?.state === 'failed' && record.error) throw codedError((record.error.extensions.code as 'UPSTREAM_UNAVAILABLE') ?? 'INTERNAL_SERVER_ERROR', record.error.message, record.error.extensions);
      return undefined;
    }, this.o.waitMs);
    if (!outcome) throw new Error('the first request with this idempotency key is still running');
    return outcome.result;
  }
}
