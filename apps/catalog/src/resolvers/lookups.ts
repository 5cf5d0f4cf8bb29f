import { codedError } from '@stx/subgraph-kit';
import type { CatalogIndex, PerformanceModel, ProductModel } from '../mappers/CatalogIndex';

const SECUTIX_ID = /^\d{1,19}$/;

/** A malformed id is a BAD_USER_INPUT; a well-formed unknown one is NOT_FOUND (or null for entity references). */
export function lookupProduct(index: CatalogIndex, id: string, throwIfMissing: boolean): ProductModel | null {
  checkId(id);
  const product = index.productById.get(id);
  if (!product && throwIfMissing) throw codedError('NOT_FOUND', `No product with id ${id}`, { id });
  return product ?? null;
}

export function lookupPerformance(index: CatalogIndex, id: string, throwIfMissing: boolean): PerformanceModel | null {
  checkId(id);
  const performance = index.performanceById.get(id);
  if (!performance && throwIfMissing) throw codedError('NOT_FOUND', `No performance with id ${id}`, { id });
  return performance ?? null;
}

function checkId(id: string): void {
  if (!SECUTIX_ID.test(id)) throw codedError('BAD_USER_INPUT', 'An id is a SecuTix number, e.g. "10228"', { id: id.slice(0, 40) });
}
