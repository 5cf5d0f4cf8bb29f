import { freshDatabase, type TestDatabase } from '../freshDatabase';

/**
 * Fresh databases for a stack host's stacks, out of the tests' way: the next stack's database is
 * created while the current one's tests run, and a closed stack's database is dropped in the
 * background (all drops are awaited when the host ends). Creating and dropping a PostgreSQL
 * database takes about half a second, which every stack used to wait for.
 *
 * Each is a copy of one template per host, which `prepare` gave the schema a subgraph's first
 * start makes (its migrations, its job engine's tables): a stack's subgraph then starts as it
 * restarts on its own database, and the run does not pay PostgreSQL for that schema once per
 * stack (measured: 0.47 -> 0.30 CPU-s a stack, about 70 stacks a run).
 */
export class SpareDatabases {
  private template?: Promise<TestDatabase>;
  private next?: Promise<TestDatabase>;
  private readonly drops = new Set<Promise<void>>();

  constructor(private readonly prepare: (url: string) => Promise<void>) {}

  /** a database of its own for one stack; its `drop()` returns at once */
  async take(): Promise<TestDatabase> {
    const taken = this.next ?? this.copy();
    this.next = this.copy();
    this.next.catch(() => undefined); // a failure is thrown to the stack that takes it
    const database = await taken;
    return {
      ...database,
      drop: async () => {
        const dropping = database.drop().catch((err: Error) => void process.stderr.write(`dropping ${database.url} failed: ${err.message}\n`));
        this.drops.add(dropping);
        void dropping.finally(() => this.drops.delete(dropping));
      },
    };
  }

  /** drops the spare and the template, and waits for every drop under way */
  async close(): Promise<void> {
    const spare = this.next;
    this.next = undefined;
    await Promise.all([...this.drops, spare?.then((database) => database.drop(), () => undefined)]);
    await this.template?.then((template) => template.drop(), () => undefined);
  }

  private async copy(): Promise<TestDatabase> {
    this.template ??= freshDatabase().then(async (template) => {
      await this.prepare(template.url).catch(async (err) => {
        await template.drop();
        throw err;
      });
      return template;
    });
    // a template that failed is tried again by the next stack, which sees its error
    const template = await this.template.catch((err) => {
      this.template = undefined;
      throw err;
    });
    return freshDatabase({ template: template.name });
  }
}
