/** SecuTix records as CatalogService returns them (docs/secutix/protocol.md). Amounts are integer thousandths. */
export interface Translated {
  translations?: { locale: string; value: string }[];
}

export interface SeatCategoryRecord {
  id: number;
  code: string;
  externalName?: Translated;
}

export interface PriceRecord {
  seatCatId?: number;
  audSubCatId: number;
  amount: number;
}

export interface PerformanceRecord {
  id: number;
  code?: string;
  state: string;
  start: string;
  duration?: number;
  seatCategories?: SeatCategoryRecord[];
  prices?: PriceRecord[];
}

export interface ProductRecord {
  id: number;
  code: string;
  productFamilyType: string;
  state: string;
  externalName?: Translated;
  externalDescription?: Translated;
  topicIds?: number[];
  salesStart?: string;
  salesEnd?: string;
  event?: { id: number; performances?: PerformanceRecord[] };
  prices?: PriceRecord[];
  packageLine?: { productIds?: number[] };
}

export interface AudienceSubCategoryRecord {
  id: number;
  code: string;
  externalName?: Translated;
  audienceCategoryKind?: string;
}

export interface AudienceCategoryRecord {
  id: number;
  code: string;
  mainCategory?: string;
  secondaryCategory?: string;
  externalName?: Translated;
  audienceSubCategories?: AudienceSubCategoryRecord[];
}

export interface TopicRecord {
  id: number;
  code: string;
  externalName?: Translated;
}

export interface SeasonRecord {
  id: number;
  code: string;
  state: string;
  start?: string;
  end?: string;
  externalName?: Translated;
  topics?: TopicRecord[];
  audienceCategories?: AudienceCategoryRecord[];
  products?: ProductRecord[];
}

export interface CatalogData {
  seasons?: SeasonRecord[];
}

export interface PaymentMethodRecord {
  id: number;
  code: string;
  paymentType?: string;
  externalName?: Translated;
}

export interface PosConfigData {
  posId: number;
  posCode?: string;
  institCode?: string;
  organizationName?: string;
  organizationTimeZone?: string;
  currencyCode: string;
  mainLanguage?: string;
  languageList?: string[];
  salesChannelCode?: string;
  paymentMethods?: PaymentMethodRecord[];
}
