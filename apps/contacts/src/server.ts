import { join } from 'node:path';
import DataLoader from 'dataloader';
import { ContactClient, type ContactDataRecord } from '@stx/secutix-client';
import { Sessions, createSecutixRuntime, loadPosConfig, startSubgraph, type Logger, type SecutixRuntime, type Served } from '@stx/subgraph-kit';
import type { ContactsConfig } from './config';
import type { ContactsContext } from './context';
import { LoginGuard } from './login/LoginGuard';
import { processFallback } from './login/processFallback';
import { parseCookies } from './mappers/cookies';
import { resolvers } from './resolvers';

/**
 * The contacts subgraph: the caller's own contact through ContactInformationPublicService, login
 * through ContactAuthenticationPublicService. Contact data is loaded per request and never put in
 * the shared cache, so no instance can hand one contact's data to another.
 */
export async function startContactsSubgraph(config: ContactsConfig, logger: Logger, runtime?: SecutixRuntime): Promise<Served> {
  const rt = runtime ?? createSecutixRuntime(config.backend, logger);
  const contacts = new ContactClient(rt.caller);
  // one fallback for the process, made here once: login throttling keeps counting while Redis is down
  let warnedAt = 0;
  const counters = processFallback(rt.coordination, {
    onFallback: () => {
      if (Date.now() - warnedAt < 60_000) return; // once a minute, not once per login
      warnedAt = Date.now();
      logger.warn('login throttling counts in this process: the coordination store is unavailable');
    },
  });
  const loginGuard = new LoginGuard({ counters, limits: config.loginAttempts });
  const sessions = new Sessions(rt.coordination);
  const served = await startSubgraph<ContactsContext>({
    name: 'contacts',
    schemaPath: join(__dirname, '..', 'schema.graphql'),
    resolvers,
    port: config.port,
    host: config.backend.listenHost,
    logger,
    identitySecret: config.identitySecret,
    limits: config.backend.limits,
    context: (req, identity) => {
      const now = Date.now();
      return {
        identity,
        contacts,
        contactLoader: new DataLoader<string, ContactDataRecord>((numbers) => Promise.all(numbers.map((n) => contacts.getContactData(n).catch((e: Error) => e)))),
        cookies: parseCookies(typeof req.headers.cookie === 'string' ? req.headers.cookie : undefined),
        loginGuard,
        sessions,
        config,
        now,
        currencyCode: async () => (await loadPosConfig(rt)).currencyCode ?? 'EUR',
        posConfig: () => loadPosConfig(rt),
      };
    },
  });
  return {
    ...served,
    async close() {
      await served.close();
      if (!runtime) await rt.close();
    },
  };
}
