import type { CatalogContext } from '../context';
import type { CatalogIndex } from '../mappers/CatalogIndex';

/**
 * `use` of the request's snapshot: at once when the request already has it, else when it comes.
 * Every field below a product or performance is resolved after the snapshot came, so its value
 * is given as it is, not in a promise: graphql-js then completes it synchronously, and a product
 * page's hundreds of names and prices cost no promise, microtask or async-context hook each.
 */
export function withCatalog<T>(ctx: CatalogContext, use: (index: CatalogIndex) => T): T | Promise<T> {
  const index = ctx.loaded();
  return index ? use(index) : ctx.catalog().then(use);
}
