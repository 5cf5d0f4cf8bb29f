import type { RecordType } from '../typeSpec';
import { STATUS } from './common';

/** CatalogService v1_33 and SetupService v1_33 (docs/secutix/contract.md, "Catalog"). */
export const catalogTypes = {
  POSConfigResult: { ...STATUS, posConfigData: 'POSConfigData' },
  POSConfigData: {
    posId: 'long', posCode: 'string', institCode: 'string', organizationName: 'string', organizationTimeZone: 'string',
    currencyCode: 'string', mainLanguage: 'string', languageList: 'string[]', salesChannelCode: 'string',
    paymentMethods: 'PaymentMethod[]', countries: 'Country[]', charges: 'Charge[]', productFamilies: 'ProductFamily[]',
    posParameters: 'KeyValue[]',
  },
  PaymentMethod: { id: 'long', code: 'string', paymentType: 'string', externalName: 'Translated' },
  Country: { code: 'string', name: 'Translated', internationalPhonePrefix: 'string', currencyCode: 'string' },
  Charge: { id: 'long', code: 'string', type: 'string', modifiable: 'boolean', externalName: 'Translated' },
  ProductFamily: { id: 'long', productFamilyType: 'string', externalName: 'Translated', contactRequired: 'boolean', defaultQuantity: 'int' },
  LastSetupUpdateResult: { ...STATUS, lastSetupUpdate: 'dateTime?' },
  CatalogResultDetailed: { ...STATUS, catalogData: 'CatalogData?' },
  CatalogData: { seasons: 'Season[]' },
  Season: {
    id: 'long', code: 'string', state: 'string', start: 'dateTime', end: 'dateTime', externalName: 'Translated',
    topics: 'Topic[]', audienceCategories: 'AudienceCategory[]', products: 'Product[]',
  },
  Topic: { id: 'long', code: 'string', externalName: 'Translated' },
  AudienceCategory: {
    id: 'long', code: 'string', mainCategory: 'string', secondaryCategory: 'string', externalName: 'Translated',
    audienceSubCategories: 'AudienceSubCategory[]',
  },
  AudienceSubCategory: {
    id: 'long', code: 'string', externalName: 'Translated', externalDescription: 'Translated', audienceCategoryKind: 'string',
    requiredAudienceSubCategoryIds: 'long[]', crossSeatCategory: 'boolean',
  },
  Product: {
    id: 'long', code: 'string', productFamilyType: 'string', state: 'string', externalName: 'Translated',
    externalDescription: 'Translated', topicIds: 'long[]', salesStart: 'dateTime?', salesEnd: 'dateTime?',
    event: 'Event?', prices: 'Price[]', packageLine: 'PackageLine?',
  },
  Event: { id: 'long', performances: 'Performance[]' },
  Performance: { id: 'long', state: 'string', start: 'dateTime', duration: 'int?', seatCategories: 'SeatCategory[]', prices: 'Price[]' },
  SeatCategory: { id: 'long', code: 'string', externalName: 'Translated' },
  Price: { seatCatId: 'long?', audSubCatId: 'long', amount: 'long' },
  PackageLine: { productIds: 'long[]' },
} satisfies Record<string, RecordType>;
