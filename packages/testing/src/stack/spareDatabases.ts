import { freshDatabase } from '../freshDatabase';

type TestDatabase = Awaited<ReturnType<typeof freshDatabase>>;

/**
 * Fresh databases for a stack host's stacks, out of the tests' way: the next stack's database is
 * created while the current one's tests run, and a closed stack's database is dropped in the
 * background (all drops are awaited when the host ends). Creating and dropping a PostgreSQL
 * database takes about half a second, which every stack used to wait for.
 */
export class SpareDatabases {
  private next?: Promise<TestDatabase>;
  private readonly drops = new Set<Promise<void>>();

  /** a database of its own for one stack; its `drop()` returns at once */
  async take(): Promise<TestDatabase> {
    const taken = this.next ?? freshDatabase();
    this.next = freshDatabase();
    this.next.catch(() => undefined); // a failure is thrown to the stack that takes it
    const database = await taken;
    return {
      url: database.url,
      drop: async () => {
        const dropping = database.drop().catch((err: Error) => void process.stderr.write(`dropping ${database.url} failed: ${err.message}\n`));
        this.drops.add(dropping);
        void dropping.finally(() => this.drops.delete(dropping));
      },
    };
  }

  /** drops the spare and waits for every drop under way */
  async close(): Promise<void> {
    const spare = this.next;
    this.next = undefined;
    await Promise.all([...this.drops, spare?.then((database) => database.drop(), () => undefined)]);
  }
}
