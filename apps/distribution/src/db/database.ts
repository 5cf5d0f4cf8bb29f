import { Kysely, Migrator, PostgresDialect, type Migration, type MigrationProvider } from 'kysely';
import { Pool } from 'pg';
import * as initial from './migrations/001_initial';
import { pgliteBossDb, pglitePool, PgliteLock } from './pglitePool';
import type { Tables } from './tables';

export interface Database {
  db: Kysely<Tables>;
  /** how pg-boss reaches the same database: its own pool for a server, the shared session for PGlite */
  boss: { connectionString: string } | { db: { executeSql(text: string, values?: unknown[]): Promise<unknown> } };
  embedded: boolean;
  close(): Promise<void>;
}

/** Migrations are code in this package (no files read at run time), applied in name order. */
const migrations: MigrationProvider = { getMigrations: async (): Promise<Record<string, Migration>> => ({ '001_initial': initial }) };

/**
 * PostgreSQL: the server at DATABASE_URL, or without one an in-process PGlite (a real PostgreSQL
 * compiled to WebAssembly), in memory or in DISTRIBUTION_DATA_DIR, so `npm start` needs no server.
 * Migrations run before anything else touches the database.
 */
export async function openDatabase(options: { url?: string; dataDir?: string; onIdleError?: (err: Error) => void }): Promise<Database> {
  let database: Database;
  if (options.url) {
    const pool = new Pool({ connectionString: options.url, max: 10 });
    // An idle connection that the server ends (a restart, a failover, a dropped database) is an
    // 'error' event on the pool; unhandled, it would crash the process. The pool replaces the
    // connection on its next checkout, and errors of queries still reach their callers.
    pool.on('error', (err) => options.onIdleError?.(err));
    database = { db: new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) }), boss: { connectionString: options.url }, embedded: false, close: async () => undefined };
  } else {
    const { PGlite } = await import('@electric-sql/pglite');
    const pglite = await PGlite.create(options.dataDir);
    const lock = new PgliteLock();
    database = {
      db: new Kysely<Tables>({ dialect: new PostgresDialect({ pool: pglitePool(pglite, lock) as never }) }),
      boss: { db: pgliteBossDb(pglite, lock) },
      embedded: true,
      close: () => pglite.close(),
    };
  }
  const { error } = await new Migrator({ db: database.db, provider: migrations }).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  const closeRest = database.close;
  return {
    ...database,
    async close() {
      await database.db.destroy();
      await closeRest();
    },
  };
}
