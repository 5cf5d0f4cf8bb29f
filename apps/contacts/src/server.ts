import { join } from 'node:path';
import DataLoader from 'dataloader';
import { ContactClient, type ContactDataRecord } from '@stx/secutix-client';
import { Sessions, createLoginGuard, createSecutixRuntime, loadPosConfig, startSubgraph, type Logger, type SecutixRuntime, type Served } from '@stx/subgraph-kit';
import type { ContactsConfig } from './config';
import type { ContactsContext } from './context';
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
  // one guard (and its fallback) for the process, made here once: login throttling keeps counting while Redis is down
  const loginGuard = createLoginGuard(rt.coordination, config.loginAttempts, { logger });
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
