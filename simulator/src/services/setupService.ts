import { SetupService } from '@stx/secutix-contract';
import type { Season } from '../data/catalogTypes';
import type { Params } from '../protocol/normaliseParams';
import type { OperationContext, ResultBody, ServiceDef } from './OperationDef';
import { businessError, success } from './results';
import { serviceDef } from './serviceDef';

/** SecuTix caps a page of searchProductsByCriteria around 100 (docs/secutix/protocol.md, SetupService). */
const MAX_PAGE = 100;

/** Two price levels per season [ours: the catalog we generate prices by seat category only]. */
function priceLevels(season: Season): ResultBody[] {
  const base = 451 + (season.id - 101) * 10;
  return [
    { id: base, code: 'PL1', mainCategory: 'OCCASIONAL', reduction: 0 },
    { id: base + 1, code: 'PL2', mainCategory: 'OCCASIONAL', reduction: 20_000 },
  ];
}

/** VAT rates in thousandths of a percent, as SecuTix gives them (8100 = 8.1 %). */
const VAT_CODES = [
  { id: 1501, code: 'CH_NORM', currentRate: 8100, country: 'CH' },
  { id: 1502, code: 'CH_RED', currentRate: 2600, country: 'CH' },
  { id: 1503, code: 'FR_CULT', currentRate: 5500, country: 'FR' },
  { id: 1504, code: 'FR_NORM', currentRate: 20_000, country: 'FR' },
];

function season(ctx: OperationContext, seasonId: unknown): Season | undefined {
  return ctx.state.catalog.seasons.find((s) => s.id === seasonId);
}

/** the season as listSeasons answers it: SecuTix leaves its categories and price levels empty there */
function listSeasons(_p: Params, ctx: OperationContext): ResultBody {
  return success(ctx, {
    seasons: ctx.state.catalog.seasons.map((s) => ({ id: s.id, code: s.code, state: s.state, start: s.start, end: s.end, externalName: s.externalName, audienceCategories: [], priceLevels: [] })),
  });
}

/** Oldest first, `minIndex` from 0, pages of at most 100; empty criteria lists mean "any". */
function searchProductsByCriteria(p: Params, ctx: OperationContext): ResultBody {
  const criteria = (p.searchProductsCriteria as Params | undefined) ?? {};
  const seasonIds = (criteria.seasonIds as number[] | undefined) ?? [];
  const families = (criteria.productFamilyTypes as string[] | undefined) ?? [];
  const minIndex = (p.minIndex as number | undefined) ?? 0;
  const size = (p.nbMaxResults as number | undefined) ?? MAX_PAGE;
  if (minIndex < 0 || size < 1 || size > MAX_PAGE) return businessError(ctx, 'error.invalidParameter', `minIndex must be >= 0 and nbMaxResults between 1 and ${MAX_PAGE}`);
  const products = ctx.state.catalog.seasons
    .filter((s) => seasonIds.length === 0 || seasonIds.includes(s.id))
    .flatMap((s) => s.products)
    .filter((product) => families.length === 0 || families.includes(product.productFamilyType));
  return success(ctx, { products: products.slice(minIndex, minIndex + size) });
}

function withSeason(handler: (s: Season, ctx: OperationContext) => ResultBody) {
  return (p: Params, ctx: OperationContext): ResultBody => {
    const found = season(ctx, p.seasonId);
    return found ? handler(found, ctx) : businessError(ctx, 'error.notFound', `unknown seasonId ${p.seasonId ?? ''}`.trim());
  };
}

export const setupService: ServiceDef = serviceDef(SetupService, {
  listSeasons: { params: {}, handle: listSeasons },
  searchProductsByCriteria: {
    params: { searchProductsCriteria: { object: { seasonIds: 'number[]', productFamilyTypes: 'string[]' } }, granularity: 'string', minIndex: 'number', nbMaxResults: 'number' },
    handle: searchProductsByCriteria,
  },
  listAudienceSubCategories: {
    params: { seasonId: 'number' },
    handle: withSeason((s, ctx) => success(ctx, { audienceSubCategories: s.audienceCategories.flatMap((c) => c.audienceSubCategories) })),
  },
  listPriceLevels: { params: { seasonId: 'number' }, handle: withSeason((s, ctx) => success(ctx, { priceLevels: priceLevels(s) })) },
  listVatCodes: { params: {}, handle: (_p, ctx) => success(ctx, { vatCodes: VAT_CODES.map((v) => ({ ...v })) }) },
});
