import { availabilityIndicator } from '../src/data/availabilityIndicator';
import type { Product } from '../src/data/catalogTypes';
import { generateInstitution } from '../src/data/generateInstitution';
import { SimulatorState } from '../src/data/SimulatorState';

const NOW = Date.parse('2026-03-02T09:00:00.000Z');

function allProducts(products: number, seed = 42): Product[] {
  return generateInstitution({ products, seed, now: NOW }).catalog.seasons.flatMap((s) => s.products);
}

function name(p: Product, locale: string): string {
  return p.externalName.translations.find((t) => t.locale === locale)!.value;
}

describe('generateInstitution', () => {
  it('gives the same catalog for the same seed and day, another for another seed', () => {
    const a = generateInstitution({ products: 48, seed: 42, now: NOW });
    const b = generateInstitution({ products: 48, seed: 42, now: NOW + 3_600_000 });
    const c = generateInstitution({ products: 48, seed: 7, now: NOW });
    expect(JSON.stringify(b.catalog)).toBe(JSON.stringify(a.catalog));
    expect(JSON.stringify(c.catalog)).not.toBe(JSON.stringify(a.catalog));
  });

  it('lays out two seasons with topics and FULL, REDUCED and FREE audience sub-categories', () => {
    const { seasons } = generateInstitution({ products: 48, seed: 42, now: NOW }).catalog;
    expect(seasons.map((s) => s.code)).toEqual(['S2025', 'S2026']);
    const subs = seasons[0].audienceCategories.flatMap((c) => c.audienceSubCategories);
    expect(subs.map((s) => s.audienceCategoryKind)).toEqual(['FULL', 'REDUCED', 'FREE', 'REDUCED']);
    expect(subs[0].externalName.translations.map((t) => t.value)).toEqual(['Plein tarif', 'Full price', 'Vollpreis']);
    expect(seasons[0].topics.find((t) => t.code === 'MUSIC')!.externalName.translations.map((t) => t.value)).toEqual(['Musique', 'Music', 'Musik']);
  });

  it('has every family among 48 products, and a package line pointing at real products', () => {
    const products = allProducts(48);
    expect(new Set(products.map((p) => p.productFamilyType))).toEqual(new Set(['SINGLE_ENTRY', 'PASS', 'PACKAGE', 'MEMBERSHIP']));
    const ids = new Set(products.map((p) => p.id));
    const pkg = products.find((p) => p.productFamilyType === 'PACKAGE')!;
    expect(pkg.packageLine!.productIds.length).toBeGreaterThan(0);
    for (const id of pkg.packageLine!.productIds) expect(ids.has(id)).toBe(true);
  });

  it('fixes at least two on-sale, soon, sold-out and cancelled products among the first twelve', () => {
    const state = new SimulatorState({ products: 48, seed: 42 }, () => NOW);
    const first = allProducts(48).filter((p) => p.id <= 10012);
    const now = NOW;
    const avail = (p: Product) => state.productAvailability(p.id)!;
    const onSale = first.filter((p) => p.state === 'RUNNING' && Date.parse(p.salesStart) < now && avail(p).availability > 0);
    const soon = first.filter((p) => p.state === 'RUNNING' && Date.parse(p.salesStart) > now);
    const soldOut = first.filter((p) => p.state === 'RUNNING' && avail(p).availability === 0);
    const cancelled = first.filter((p) => p.state === 'CANCELED');
    expect(soon.map((p) => p.id)).toEqual([10003, 10007]);
    expect(soldOut.map((p) => p.id)).toEqual([10004, 10008]);
    expect(cancelled.map((p) => p.id)).toEqual([10005, 10009]);
    expect(onSale.map((p) => p.id)).toEqual([10001, 10002, 10006, 10010, 10011, 10012]);
    expect(avail(first[10]).availabilityIndicator).toBe(2);
    expect(cancelled.every((p) => p.event!.performances.every((perf) => perf.state === 'CANCELED'))).toBe(true);
  });

  it('prices in thousandths, multiples of 500, free sub-category at 0, per seat category and sub-category', () => {
    const products = allProducts(48);
    const single = products.find((p) => p.productFamilyType === 'SINGLE_ENTRY')!;
    const perf = single.event!.performances[0];
    expect(perf.seatCategories.length).toBeGreaterThanOrEqual(2);
    expect(perf.seatCategories.length).toBeLessThanOrEqual(4);
    expect(perf.prices).toHaveLength(perf.seatCategories.length * 4);
    const amounts = products.flatMap((p) => [...(p.prices ?? []), ...(p.event?.performances.flatMap((x) => x.prices) ?? [])]).map((x) => x.amount);
    expect(amounts.every((a) => Number.isInteger(a) && a % 500 === 0)).toBe(true);
    expect(perf.prices.filter((x) => x.audSubCatId === 403).every((x) => x.amount === 0)).toBe(true);
    expect(perf.prices.find((x) => x.audSubCatId === 401)!.amount).toBeGreaterThanOrEqual(5000);
  });

  it('writes realistic titles in three languages that a text search finds', () => {
    const products = allProducts(200);
    expect(products.some((p) => /concert/i.test(name(p, 'fr')))).toBe(true);
    expect(products.some((p) => /konzert/i.test(name(p, 'de')))).toBe(true);
    expect(products.some((p) => /Football match/.test(name(p, 'en')))).toBe(true);
    expect(products.some((p) => /^Opéra : /.test(name(p, 'fr')))).toBe(true);
  });

  // speed is measured by the benchmark (tools/bench), not asserted here
  it('generates 20 000 products with distinct ids', () => {
    const products = allProducts(20_000);
    expect(products).toHaveLength(20_000);
    expect(new Set(products.map((p) => p.id)).size).toBe(20_000);
  });
});

describe('availabilityIndicator', () => {
  it('is 1 with room, 2 at 10% of capacity and at most 20 seats, 3 when none is left', () => {
    expect(availabilityIndicator(100, 200)).toBe(1);
    expect(availabilityIndicator(20, 200)).toBe(2);
    expect(availabilityIndicator(21, 1000)).toBe(1);
    expect(availabilityIndicator(11, 100)).toBe(1);
    expect(availabilityIndicator(10, 100)).toBe(2);
    expect(availabilityIndicator(0, 100)).toBe(3);
  });
});
