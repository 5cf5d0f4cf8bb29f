import type { RecordType } from '../typeSpec';
import { STATUS } from './common';

/** SetupService v1_33 (read methods) and DataExportService v1_0 (docs/secutix/contract.md). */
export const setupTypes = {
  SeasonsResult: { ...STATUS, seasons: 'SetupSeason[]' },
  /** listSeasons' season: the catalog's, whose lists SecuTix leaves empty here */
  SetupSeason: {
    id: 'long', code: 'string', state: 'string', start: 'dateTime', end: 'dateTime', externalName: 'Translated',
    audienceCategories: 'AudienceCategory[]', priceLevels: 'PriceLevel[]',
  },
  ProductsResult: { ...STATUS, products: 'Product[]' },
  AudienceSubCategoriesResult: { ...STATUS, audienceSubCategories: 'AudienceSubCategory[]' },
  PriceLevelsResult: { ...STATUS, priceLevels: 'PriceLevel[]' },
  PriceLevel: { id: 'long', code: 'string', mainCategory: 'string', reduction: 'long' },
  VatCodesResult: { ...STATUS, vatCodes: 'VatCode[]' },
  /** `currentRate` in thousandths of a percent: 8100 is 8.1 % */
  VatCode: { id: 'long', code: 'string', currentRate: 'long', country: 'string' },
  SearchProductsCriteria: { seasonIds: 'long[]', productFamilyTypes: 'string[]' },
  // DataExportService
  AvailableExportsResult: { ...STATUS, exports: 'ExportDefinition[]' },
  ExportDefinition: { exportKey: 'string', description: 'string' },
  ExportResult: { ...STATUS, requestState: 'string', exportDate: 'dateTime?', exportedElements: 'ExportedElement[]' },
  ExportedElement: { nameValues: 'NameValue[]' },
  NameValue: { name: 'string', value: 'string?' },
} satisfies Record<string, RecordType>;
