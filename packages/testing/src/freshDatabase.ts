import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

/** the PostgreSQL server tests use (trust auth); .ci/run installs and starts one when missing */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/**
 * A new database on the test server for one test file, dropped by `drop()`: empty, or a copy of
 * `template` (a database nobody is connected to). A clear message when no server answers, rather
 * than a connection error deep in a subgraph.
 */
export async function freshDatabase(options: { template?: string } = {}): Promise<TestDatabase> {
  const admin = new Client({ connectionString: TEST_POSTGRES_URL });
  try {
    await admin.connect();
  } catch (err) {
    throw new Error(`No PostgreSQL at ${TEST_POSTGRES_URL} (${(err as Error).message}): install and start one (bash .ci/run does), or set TEST_POSTGRES_URL.`);
  }
  const name = `stx_test_${randomUUID().replace(/-/g, '')}`;
  await admin.query(`CREATE DATABASE ${name}${options.template ? ` TEMPLATE ${options.template}` : ''}`);
  await admin.end();
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      const c = new Client({ connectionString: TEST_POSTGRES_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
