import { subgraphs } from '@stx/subgraphs';
import { hostSubgraphs } from './hostSubgraphs';
import { subgraphEnv } from './subgraphEnv';

/**
 * Gives a database the schema that the registry's subgraphs keeping state in PostgreSQL make at
 * their first start (migrations, job tables and queues): each is started on it, then closed.
 * Nothing a stack's own start adds is made here (the demo partners, which name that stack's
 * simulator), no job runs, and no SecuTix is called at start, so the address given for it is
 * never reached.
 */
export async function prepareDatabaseTemplate(url: string): Promise<void> {
  const env = { ...subgraphEnv({ simulator: { url: 'http://127.0.0.1:9' }, databaseUrl: url }), DISTRIBUTION_DEMO_PARTNERS: 'off', DISTRIBUTION_WORKER: 'off' };
  const hosted = await hostSubgraphs(subgraphs.filter((s) => s.database), env);
  await hosted.close();
}
