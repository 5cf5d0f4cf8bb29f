import type { PGlite } from '@electric-sql/pglite';

/**
 * PGlite is one in-process PostgreSQL session. Everything that uses it (kysely through this pool,
 * pg-boss through `executeSql`) takes turns on one lock, and a kysely "connection" holds the lock
 * until released, so a transaction never interleaves with another caller's statements.
 */
export class PgliteLock {
  private tail: Promise<void> = Promise.resolve();

  async acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => next);
    await previous;
    return release;
  }
}

const COMMAND = /^\s*(insert|update|delete|merge|select|with)/i;

/** the pg Pool shape kysely's PostgresDialect needs, over one PGlite session */
export function pglitePool(db: PGlite, lock: PgliteLock) {
  return {
    async connect() {
      const release = await lock.acquire();
      return {
        async query(text: string, params: readonly unknown[]) {
          const r = await db.query(text, params as unknown[]);
          return { command: (COMMAND.exec(text)?.[1] ?? 'SELECT').toUpperCase(), rowCount: r.affectedRows ?? r.rows.length, rows: r.rows };
        },
        release,
      };
    },
    async end() {
      /* the PGlite instance is closed by its owner */
    },
  };
}

/** pg-boss's `db` option over the same session: statements without parameters may be several (its migrations) */
export function pgliteBossDb(db: PGlite, lock: PgliteLock) {
  return {
    async executeSql(text: string, values?: unknown[]) {
      const release = await lock.acquire();
      try {
        if (values && values.length) return await db.query(text, values);
        const results = await db.exec(text);
        return results[results.length - 1] ?? { rows: [] };
      } finally {
        release();
      }
    },
  };
}
