import type { CatalogData, PosConfigData } from '@stx/secutix-client';
import { CatalogIndex } from './CatalogIndex';
import { filterProducts } from './filterProducts';
import { priceBounds } from './priceModels';

const t = (en: string, fr: string, de: string) => ({ translations: [{ locale: 'en', value: en }, { locale: 'fr', value: fr }, { locale: 'de', value: de }] });
const pos: PosConfigData = { posId: 1, currencyCode: 'CHF', mainLanguage: 'fr' };
const catalog: CatalogData = {
  seasons: [
    {
      id: 1, code: 'S1', state: 'RUNNING', topics: [{ id: 7, code: 'MUS' }],
      audienceCategories: [{ id: 1, code: 'A', audienceSubCategories: [{ id: 11, code: 'FULL', audienceCategoryKind: 'FULL' }, { id: 12, code: 'FREE', audienceCategoryKind: 'FREE' }] }],
      products: [
        { id: 2, code: 'P2', productFamilyType: 'PASS', state: 'RUNNING', externalName: t('Museum pass', 'Passe musée', 'Museumspass'), salesStart: '2026-01-01T00:00:00Z', prices: [{ audSubCatId: 11, amount: 30000 }] },
        {
          id: 1, code: 'P1', productFamilyType: 'SINGLE_ENTRY', state: 'RUNNING', topicIds: [7], externalName: t('Winter concert', 'Concert d’hiver', 'Winterkonzert'),
          event: { id: 9, performances: [
            { id: 102, state: 'RUNNING', start: '2026-12-20T19:00:00Z', prices: [{ seatCatId: 5, audSubCatId: 11, amount: 45500 }, { seatCatId: 5, audSubCatId: 12, amount: 0 }] },
            { id: 101, state: 'RUNNING', start: '2026-12-10T19:00:00Z', prices: [{ seatCatId: 5, audSubCatId: 11, amount: 25000 }] },
          ] },
        },
        { id: 3, code: 'P3', productFamilyType: 'SINGLE_ENTRY', state: 'CANCELED', externalName: t('Théâtre', 'Théâtre', 'Theater'), event: { id: 10, performances: [{ id: 103, state: 'CANCELED', start: '2027-02-01T19:00:00Z' }] } },
      ],
    },
  ],
};
const index = new CatalogIndex(catalog, pos, 'stamp');
const now = Date.parse('2026-11-25T00:00:00Z');
const ids = (filter: Parameters<typeof filterProducts>[1]) => filterProducts(index, filter, now).map((p) => p.id);

describe('CatalogIndex and filterProducts', () => {
  it('orders products by their first date and performances by start', () => {
    expect(index.products.map((p) => p.id)).toEqual(['2', '1', '3']);
    expect(index.productById.get('1')!.performances.map((p) => p.id)).toEqual(['101', '102']);
  });

  it('finds by words in any language, ignoring accents and case', () => {
    expect(ids({ search: 'konzert' })).toEqual(['1']);
    expect(ids({ search: 'CONCERT hiver' })).toEqual(['1']);
    expect(ids({ search: 'theatre' })).toEqual(['3']);
    expect(ids({ search: 'opera' })).toEqual([]);
  });

  it('filters by topic, family, dates and sales state', () => {
    expect(ids({ topicIds: ['7'] })).toEqual(['1']);
    expect(ids({ familyTypes: ['PASS'] })).toEqual(['2']);
    expect(ids({ from: '2027-01-01T00:00:00Z', familyTypes: ['SINGLE_ENTRY'] })).toEqual(['3']);
    expect(ids({ onSaleOnly: true })).toEqual(['2', '1']);
  });

  it('computes a price range without free tariffs', () => {
    expect(priceBounds(index.productById.get('1')!)).toEqual({ min: 25000, max: 45500 });
  });
});
