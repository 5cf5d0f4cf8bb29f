import { codedError } from '@stx/errors';
import { requireSecutixId } from '@stx/domain-rules';
import type { CatalogIndex, PerformanceModel, ProductModel } from '../mappers/CatalogIndex';

/** A malformed id is a BAD_USER_INPUT; a well-formed unknown one is NOT_FOUND (or null for entity references). */
export function lookupProduct(index: CatalogIndex, id: string, throwIfMissing: boolean): ProductModel | null {
  requireSecutixId(id, 'id');
  const product = index.productById.get(id);
  if (!product && throwIfMissing) throw codedError('NOT_FOUND', `No product with id ${id}`, { id });
  return product ?? null;
}

export function lookupPerformance(index: CatalogIndex, id: string, throwIfMissing: boolean): PerformanceModel | null {
  requireSecutixId(id, 'id');
  const performance = index.performanceById.get(id);
  if (!performance && throwIfMissing) throw codedError('NOT_FOUND', `No performance with id ${id}`, { id });
  return performance ?? null;
}
