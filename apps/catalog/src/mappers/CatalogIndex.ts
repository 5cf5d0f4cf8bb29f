import type {
  SeatCategoryRecord,
  AudienceSubCategoryRecord, CatalogData, PerformanceRecord, PosConfigData, ProductRecord, SeasonRecord, TopicRecord,
} from '@stx/secutix-client';
import { posMainLanguage } from '@stx/domain-rules';
import { foldText } from './search';

export interface ProductModel {
  id: string;
  record: ProductRecord;
  season: SeasonRecord;
  performances: PerformanceModel[];
  /** every translation of name and description, folded, for search in any language */
  searchText: string;
  /** first and last dates (performances, else the sales window), ms since epoch, for date filters and order */
  firstDate: number;
  lastDate: number;
}

export interface PerformanceModel {
  id: string;
  record: PerformanceRecord;
  product: ProductModel;
  startMs: number;
}

/**
 * The catalog snapshot, indexed once per snapshot so that a query never walks the raw SecuTix
 * tree: lookups by id are map reads and the default order is precomputed.
 */
export class CatalogIndex {
  readonly products: ProductModel[] = [];
  readonly productById = new Map<string, ProductModel>();
  readonly performanceById = new Map<string, PerformanceModel>();
  readonly audienceSubCategoryById = new Map<number, AudienceSubCategoryRecord>();
  readonly seatCategoryById = new Map<number, SeatCategoryRecord>();
  readonly topicById = new Map<string, TopicRecord>();
  readonly seasons: SeasonRecord[];
  readonly mainLanguage: string;
  readonly currencyCode: string;

  constructor(catalog: CatalogData, readonly pos: PosConfigData, readonly stamp: string) {
    this.seasons = catalog.seasons ?? [];
    this.mainLanguage = posMainLanguage(pos);
    this.currencyCode = pos.currencyCode;
    for (const season of this.seasons) {
      for (const topic of season.topics ?? []) this.topicById.set(String(topic.id), topic);
      for (const category of season.audienceCategories ?? []) {
        for (const sub of category.audienceSubCategories ?? []) this.audienceSubCategoryById.set(sub.id, sub);
      }
      for (const record of season.products ?? []) this.add(record, season);
    }
    this.products.sort((a, b) => a.firstDate - b.firstDate || Number(a.id) - Number(b.id));
  }

  private add(record: ProductRecord, season: SeasonRecord): void {
    const product: ProductModel = { id: String(record.id), record, season, performances: [], searchText: searchText(record), firstDate: 0, lastDate: 0 };
    for (const perf of record.event?.performances ?? []) {
      const model: PerformanceModel = { id: String(perf.id), record: perf, product, startMs: Date.parse(perf.start) };
      product.performances.push(model);
      for (const category of perf.seatCategories ?? []) this.seatCategoryById.set(category.id, category);
      this.performanceById.set(model.id, model);
    }
    product.performances.sort((a, b) => a.startMs - b.startMs);
    const dates = product.performances.map((p) => p.startMs);
    const fallbackStart = record.salesStart ? Date.parse(record.salesStart) : Number.MAX_SAFE_INTEGER;
    const fallbackEnd = record.salesEnd ? Date.parse(record.salesEnd) : Number.MAX_SAFE_INTEGER;
    product.firstDate = dates.length ? dates[0] : fallbackStart;
    product.lastDate = dates.length ? dates[dates.length - 1] : fallbackEnd;
    this.products.push(product);
    this.productById.set(product.id, product);
  }
}

function searchText(record: ProductRecord): string {
  const parts = [record.code, ...(record.externalName?.translations ?? []).map((t) => t.value), ...(record.externalDescription?.translations ?? []).map((t) => t.value)];
  return foldText(parts.join(' \u0000 '));
}
