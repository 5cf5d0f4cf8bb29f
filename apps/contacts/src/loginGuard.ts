import { createHash } from 'node:crypto';
import { RateBudget, type CacheStore } from '@stx/cache';

/**
 * Throttles login attempts per account and per client address, counted in the shared store so
 * that spreading attempts over instances does not help. Accounts are keyed by a hash of the
 * e-mail, so the store never holds who tried.
 */
export class LoginGuard {
  constructor(private readonly o: { store: CacheStore; perAccount: number; perClient: number; windowSeconds: number }) {}

  async allow(email: string, clientIp: string | undefined): Promise<boolean> {
    const account = createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');
    const byAccount = new RateBudget({ store: this.o.store, limit: this.o.perAccount, windowSeconds: this.o.windowSeconds, name: `login:account:${account}` });
    const byClient = new RateBudget({ store: this.o.store, limit: this.o.perClient, windowSeconds: this.o.windowSeconds, name: `login:client:${clientIp ?? 'unknown'}` });
    const [accountOk, clientOk] = await Promise.all([byAccount.tryTake(), byClient.tryTake()]);
    return accountOk && clientOk;
  }
}
