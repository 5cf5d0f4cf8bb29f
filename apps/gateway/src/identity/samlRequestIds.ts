import type { CacheProvider } from '@node-saml/node-saml';
import type { CoordinationStore } from '@stx/cache';

/** how long a sign-on may take, from the gateway's AuthnRequest to SecuTix's answer at the ACS */
export const SIGN_ON_SECONDS = 600;

/**
 * The AuthnRequest ids the gateway sent and has not seen answered (InResponseTo), in the
 * coordination store rather than node-saml's default in-process map: that map kept every id for
 * eight hours with no bound, so unauthenticated requests to `/auth/saml/login` could grow the
 * gateway's memory at will, and a sign-on answered on another replica than the one that started
 * it was refused. Here each id lives `SIGN_ON_SECONDS`, every replica sees it, and an answer used
 * once is removed for all. A store that cannot answer rejects (StoreUnavailableError): no answer
 * is accepted whose request cannot be checked.
 *
 * node-saml reads an id, checks the answer, then removes the id: two posts of one answer racing
 * each other (on one replica or two) both read it before either removes it. `claimAnswer` closes
 * that window.
 */
export function samlRequestIds(store: CoordinationStore): CacheProvider {
  const key = (id: string) => `saml:request:${id}`;
  return {
    async saveAsync(id, value) {
      await store.set(key(id), value, SIGN_ON_SECONDS);
      return { value, createdAt: Date.now() };
    },
    async getAsync(id) {
      return (await store.get(key(id))) ?? null;
    },
    async removeAsync(id) {
      if (id === null) return null;
      const value = await store.get(key(id));
      await store.delete(key(id));
      return value ?? null;
    },
  };
}

/**
 * Spends the answer to request `id` for good, atomically across replicas: true for the first
 * caller only, so one SecuTix answer opens one session however many times it is posted at once.
 * Rejects (StoreUnavailableError) when the store cannot say.
 */
export async function claimAnswer(store: CoordinationStore, id: string): Promise<boolean> {
  return store.setIfAbsent(`saml:answered:${id}`, '1', SIGN_ON_SECONDS);
}
