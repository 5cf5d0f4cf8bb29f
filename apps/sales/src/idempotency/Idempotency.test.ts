import { StoreUnavailableError, createCoordinationStore, failClosed, type CacheStore } from '@stx/cache';
import { SecutixError, callerBudgetExhausted } from '@stx/secutix-client';
import { currentRequest, runInRequest } from '@stx/observability';
import { Idempotency, IdempotencyKeyReused } from './Idempotency';

describe('Idempotency', () => {
  const make = () => new Idempotency({ store: createCoordinationStore({ namespace: 'test' }), ttlSeconds: 60, waitMs: 2000 });

  it('runs nothing and refuses when the store cannot say whether the key is free', async () => {
    const down = async (): Promise<never> => { throw new Error('ECONNREFUSED'); };
    const unreachable: CacheStore = { get: down, set: down, delete: down, incr: down, setIfAbsent: down, close: async () => {} };
    const idem = new Idempotency({ store: failClosed(unreachable), ttlSeconds: 60, waitMs: 2000 });
    let runs = 0;
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => idem.run('alice', 'k', {}, async () => ++runs)));
    expect(outcomes.every((o) => o.status === 'rejected' && o.reason instanceof StoreUnavailableError)).toBe(true);
    expect(runs).toBe(0);
  });

  it('gives the first caller its result when the store goes away while it runs, and never runs the key again', async () => {
    const store = createCoordinationStore({ namespace: 'test' });
    let storeUp = true;
    const flaky = { ...store, set: (k: string, v: string, t: number) => (storeUp ? store.set(k, v, t) : Promise.reject(new StoreUnavailableError('set'))) };
    const idem = new Idempotency({ store: flaky, ttlSeconds: 60, waitMs: 100 });
    let runs = 0;
    expect(await idem.run('alice', 'k', {}, async () => { storeUp = false; return ++runs; })).toBe(1);
    storeUp = true;
    await expect(idem.run('alice', 'k', {}, async () => ++runs)).rejects.toThrow(/still running/);
    expect(runs).toBe(1);
  });

  it('ends the wait of a second request with the refusal when the store stops answering, and never runs it', async () => {
    const store = createCoordinationStore({ namespace: 'test' });
    let readable = true;
    const flaky = { ...store, get: (k: string) => (readable ? store.get(k) : Promise.reject(new StoreUnavailableError('get'))) };
    const idem = new Idempotency({ store: flaky, ttlSeconds: 60, waitMs: 2000 });
    let runs = 0;
    let finish = () => {};
    const first = idem.run('alice', 'k', {}, () => new Promise<number>((resolve) => (finish = () => resolve(++runs))));
    readable = false;
    const started = Date.now();
    await expect(idem.run('alice', 'k', {}, async () => ++runs)).rejects.toBeInstanceOf(StoreUnavailableError);
    // refused at the first read, not after waiting for a first request it cannot see
    expect(Date.now() - started).toBeLessThan(1000);
    finish();
    expect(await first).toBe(1);
    expect(runs).toBe(1);
  });

  it('runs once for concurrent requests with one key and gives all the first result', async () => {
    const idem = make();
    let runs = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        idem.run('alice', 'k1', { a: 1 }, async () => {
          runs++;
          await new Promise((r) => setTimeout(r, 30));
          return { orderId: 42 };
        }),
      ),
    );
    expect(runs).toBe(1);
    expect(results.every((r) => r.orderId === 42)).toBe(true);
  });

  it('keeps keys of different contacts apart', async () => {
    const idem = make();
    const a = await idem.run('alice', 'same', {}, async () => 'alice');
    const b = await idem.run('bob', 'same', {}, async () => 'bob');
    expect([a, b]).toEqual(['alice', 'bob']);
  });

  it('refuses a key reused with different input', async () => {
    const idem = make();
    await idem.run('alice', 'k', { q: 1 }, async () => 1);
    await expect(idem.run('alice', 'k', { q: 2 }, async () => 2)).rejects.toBeInstanceOf(IdempotencyKeyReused);
  });

  it('replays a technical failure to retries instead of running again', async () => {
    const idem = make();
    let runs = 0;
    const fail = async () => {
      runs++;
      throw new SecutixError('UNAVAILABLE', 'ExternalOrderService', 'closeOrder', 'down');
    };
    await expect(idem.run('alice', 'k', {}, fail)).rejects.toBeInstanceOf(SecutixError);
    await expect(idem.run('alice', 'k', {}, fail)).rejects.toMatchObject({ extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
    expect(runs).toBe(1);
  });

  it('frees the key when our own budget refused before anything of the run reached SecuTix, and keeps it once a call left', async () => {
    const idem = make();
    const refused = () => callerBudgetExhausted({ service: 'ExternalOrderFacade', operation: 'createOrUpdateOrder' }, 30);
    await runInRequest({ requestId: 'r1' }, () => expect(idem.run('1000001', 'key-free-0001', { a: 1 }, async () => Promise.reject(refused()))).rejects.toMatchObject({ kind: 'CALLER_BUDGET_EXHAUSTED' }));
    // the client's retry with the same key, once it may, runs
    await runInRequest({ requestId: 'r2' }, async () => expect(await idem.run('1000001', 'key-free-0001', { a: 1 }, async () => 'done')).toBe('done'));
    // a run whose first call left (and may have changed something) keeps its failure under the key
    await runInRequest({ requestId: 'r3' }, async () => {
      await expect(idem.run('1000001', 'key-kept-0001', { a: 1 }, async () => {
        currentRequest()!.secutixCallsSent = (currentRequest()!.secutixCallsSent ?? 0) + 1;
        throw refused();
      })).rejects.toMatchObject({ kind: 'CALLER_BUDGET_EXHAUSTED' });
    });
    await runInRequest({ requestId: 'r4' }, () => expect(idem.run('1000001', 'key-kept-0001', { a: 1 }, async () => 'done')).rejects.toMatchObject({ extensions: { code: 'THROTTLED' } }));
  });
});
