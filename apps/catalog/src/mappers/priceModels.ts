import type { AudienceSubCategoryRecord, PriceRecord, SeatCategoryRecord } from '@stx/secutix-client';
import type { CatalogIndex, ProductModel } from './CatalogIndex';

export interface PriceModel {
  seatCategory: SeatCategoryRecord | null;
  audienceSubCategory: AudienceSubCategoryRecord;
  thousandths: number;
  currencyCode: string;
}

export interface ProductConnectionModel {
  totalCount: number;
  items: ProductModel[];
  offset: number;
}

/** Joins SecuTix price rows with their categories; rows naming an unknown category are dropped. */
export function toPriceModels(index: CatalogIndex, prices: readonly PriceRecord[] | undefined, seatCategories: readonly SeatCategoryRecord[] | undefined): PriceModel[] {
  const seats = new Map((seatCategories ?? []).map((s) => [s.id, s]));
  const out: PriceModel[] = [];
  for (const price of prices ?? []) {
    const audience = index.audienceSubCategoryById.get(price.audSubCatId);
    if (!audience) continue;
    const seat = price.seatCatId !== undefined ? seats.get(price.seatCatId) ?? null : null;
    out.push({ seatCategory: seat, audienceSubCategory: audience, thousandths: price.amount, currencyCode: index.currencyCode });
  }
  return out;
}

/** Lowest and highest paying price of a product, over its performances or its own prices. */
export function priceBounds(product: ProductModel): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  const visit = (prices: readonly PriceRecord[] | undefined) => {
    for (const p of prices ?? []) {
      if (p.amount <= 0) continue;
      if (p.amount < min) min = p.amount;
      if (p.amount > max) max = p.amount;
    }
  };
  visit(product.record.prices);
  for (const perf of product.performances) visit(perf.record.prices);
  return min === Infinity ? null : { min, max };
}
