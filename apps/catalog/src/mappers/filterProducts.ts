import type { CatalogIndex, ProductModel } from './CatalogIndex';
import { salesState } from './salesState';
import { matchesSearch } from './search';

export interface ProductFilterInput {
  search?: string | null;
  topicIds?: readonly string[] | null;
  seasonIds?: readonly string[] | null;
  familyTypes?: readonly string[] | null;
  from?: string | null;
  to?: string | null;
  onSaleOnly?: boolean | null;
}

/** Applies a products filter to the snapshot; one pass, cheapest tests first. Pure. */
export function filterProducts(index: CatalogIndex, filter: ProductFilterInput | null | undefined, now: number): ProductModel[] {
  if (!filter) return index.products;
  const topics = filter.topicIds?.length ? new Set(filter.topicIds) : undefined;
  const seasons = filter.seasonIds?.length ? new Set(filter.seasonIds) : undefined;
  const families = filter.familyTypes?.length ? new Set(filter.familyTypes) : undefined;
  const from = filter.from ? Date.parse(filter.from) : undefined;
  const to = filter.to ? Date.parse(filter.to) : undefined;
  const search = filter.search?.trim() || undefined;
  return index.products.filter((p) => {
    if (seasons && !seasons.has(String(p.season.id))) return false;
    if (families && !families.has(familyType(p.record.productFamilyType))) return false;
    if (topics && !(p.record.topicIds ?? []).some((t) => topics.has(String(t)))) return false;
    if (from !== undefined && p.lastDate < from) return false;
    if (to !== undefined && p.firstDate > to) return false;
    if (filter.onSaleOnly && salesState(p.record.state, p.record.salesStart, p.record.salesEnd, now) !== 'ON_SALE') return false;
    if (search && !matchesSearch(p.searchText, search)) return false;
    return true;
  });
}

const KNOWN_FAMILIES = new Set(['SINGLE_ENTRY', 'PASS', 'PACKAGE', 'MEMBERSHIP', 'SEASONTICKET', 'SERVICE', 'GOODS']);

export function familyType(raw: string): string {
  return KNOWN_FAMILIES.has(raw) ? raw : 'OTHER';
}
