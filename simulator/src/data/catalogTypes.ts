/**
 * The catalog records exactly as CatalogService returns them (docs/secutix/protocol.md). Key order is wire
 * order: the XML serializer writes fields in insertion order.
 */
export interface Translated {
  translations: { locale: string; value: string }[];
}

export interface Topic {
  id: number;
  code: string;
  externalName: Translated;
}

export interface AudienceSubCategory {
  id: number;
  code: string;
  externalName: Translated;
  externalDescription: Translated;
  audienceCategoryKind: 'FULL' | 'REDUCED' | 'FREE';
  /** sub-categories that must be in the same order (a child ticket needing an adult one); none here */
  requiredAudienceSubCategoryIds: number[];
  /** whether the price applies across seat categories */
  crossSeatCategory: boolean;
}

export interface AudienceCategory {
  id: number;
  code: string;
  mainCategory: string;
  secondaryCategory: string;
  externalName: Translated;
  audienceSubCategories: AudienceSubCategory[];
}

export interface SeatCategory {
  id: number;
  code: string;
  externalName: Translated;
}

export interface Price {
  seatCatId?: number;
  audSubCatId: number;
  amount: number;
}

export type EntityState = 'PREPARING' | 'VALIDATED' | 'RUNNING' | 'SUSPENDED' | 'CANCELED' | 'CLOSED';
export type ProductFamilyType = 'SINGLE_ENTRY' | 'PASS' | 'PACKAGE' | 'MEMBERSHIP';

export interface Performance {
  id: number;
  state: EntityState;
  start: string;
  /** seconds */
  duration: number;
  seatCategories: SeatCategory[];
  prices: Price[];
}

export interface Product {
  id: number;
  code: string;
  productFamilyType: ProductFamilyType;
  state: EntityState;
  externalName: Translated;
  externalDescription: Translated;
  topicIds: number[];
  salesStart: string;
  salesEnd: string;
  event?: { id: number; performances: Performance[] };
  prices?: Price[];
  packageLine?: { productIds: number[] };
}

export interface Season {
  id: number;
  code: string;
  state: EntityState;
  start: string;
  end: string;
  externalName: Translated;
  topics: Topic[];
  audienceCategories: AudienceCategory[];
  products: Product[];
}

export interface CatalogData {
  seasons: Season[];
}
