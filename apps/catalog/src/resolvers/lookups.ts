import { codedError } from '@stx/errors';
import { parseReferenceId, requireSecutixId } from '@stx/domain-rules';
import type { CatalogIndex, PerformanceModel, ProductModel } from '../mappers/CatalogIndex';

type Catalog = () => Promise<CatalogIndex>;

/**
 * A malformed id is a BAD_USER_INPUT; a well-formed unknown one is NOT_FOUND. The id is checked
 * before the snapshot is asked for, so bad input never costs SecuTix a catalog export.
 */
export async function lookupProduct(catalog: Catalog, id: string): Promise<ProductModel> {
  requireSecutixId(id, 'id');
  const product = (await catalog()).productById.get(id);
  if (!product) throw codedError('NOT_FOUND', `No product with id ${id}`, { id });
  return product;
}

export async function lookupPerformance(catalog: Catalog, id: string): Promise<PerformanceModel> {
  requireSecutixId(id, 'id');
  const performance = (await catalog()).performanceById.get(id);
  if (!performance) throw codedError('NOT_FOUND', `No performance with id ${id}`, { id });
  return performance;
}

/**
 * An entity reference (`_entities`): null for an unknown id, and for one that is no SecuTix id
 * without asking for the snapshot (so at no SecuTix call).
 */
export async function referenced<T>(catalog: Catalog, rawId: unknown, byId: (index: CatalogIndex, id: number) => T | undefined): Promise<T | null> {
  const id = parseReferenceId(rawId);
  return id === undefined ? null : byId(await catalog(), id) ?? null;
}
