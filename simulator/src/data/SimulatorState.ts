import { availabilityOf, type Availability } from './availabilityIndicator';
import type { CatalogData, Performance, Product } from './catalogTypes';
import { generateInstitution, type GenerateOptions } from './generateInstitution';
import type { PerformanceStock, SeatStock } from './stockTypes';
import { translated } from './translated';

export interface SellResult {
  sold: number;
  remaining: number;
}

/**
 * The simulated institution at run time: the published catalog, the seat stock behind it and
 * the change stamps clients poll (`lastUpdate` per product, `lastSetupUpdate`). Lookups are by
 * id through maps so an availability call costs only the ids it asks for.
 */
export class SimulatorState {
  catalog!: CatalogData;
  /** bumped by every catalog change; caches of the serialised catalog key on it */
  catalogVersion = 0;
  lastSetupUpdate = 0;
  private products = new Map<number, Product>();
  private performances = new Map<number, PerformanceStock>();
  private performancesByProduct = new Map<number, PerformanceStock[]>();
  private productByEvent = new Map<number, number>();
  private quotas = new Map<number, SeatStock>();
  private lastUpdates = new Map<number, number>();
  private createdAt = 0;

  constructor(private readonly options: Omit<GenerateOptions, 'now'>, private readonly now: () => number) {
    this.regenerate();
  }

  /** Back to the seeded data, dated from the current clock. */
  regenerate(): void {
    const created = this.now();
    const generated = generateInstitution({ ...this.options, now: created });
    this.catalog = generated.catalog;
    this.quotas = generated.productQuotas;
    this.products = new Map();
    this.performances = new Map();
    this.performancesByProduct = new Map();
    this.productByEvent = new Map();
    this.lastUpdates = new Map();
    for (const season of this.catalog.seasons) for (const p of season.products) this.products.set(p.id, p);
    for (const stock of generated.performances) {
      this.performances.set(stock.performanceId, stock);
      const list = this.performancesByProduct.get(stock.productId);
      if (list) list.push(stock);
      else this.performancesByProduct.set(stock.productId, [stock]);
      this.productByEvent.set(stock.eventId, stock.productId);
    }
    this.createdAt = created;
    this.lastSetupUpdate = created;
    this.catalogVersion++;
  }

  get productCount(): number {
    return this.products.size;
  }

  get performanceCount(): number {
    return this.performances.size;
  }

  product(id: number): Product | undefined {
    return this.products.get(id);
  }

  /** a product by its code, as the redirect API takes it when the id is unknown */
  productByCode(code: string): Product | undefined {
    for (const product of this.products.values()) if (product.code === code) return product;
    return undefined;
  }

  /** a performance as the catalog describes it (dates, seat categories), beside its stock */
  catalogPerformance(productId: number | undefined, performanceId: number | undefined): Performance | undefined {
    if (productId === undefined || performanceId === undefined) return undefined;
    return this.product(productId)?.event?.performances.find((p) => p.id === performanceId);
  }

  productIds(): IterableIterator<number> {
    return this.products.keys();
  }

  performance(id: number): PerformanceStock | undefined {
    return this.performances.get(id);
  }

  performancesOf(productId: number): PerformanceStock[] {
    return this.performancesByProduct.get(productId) ?? [];
  }

  productOfEvent(eventId: number): number | undefined {
    return this.productByEvent.get(eventId);
  }

  lastUpdate(productId: number): number {
    return this.lastUpdates.get(productId) ?? this.createdAt;
  }

  /** Seats left for a product: its open performances together, or its quota. */
  productAvailability(productId: number): Availability | undefined {
    const product = this.products.get(productId);
    if (!product) return undefined;
    if (product.state !== 'RUNNING') return availabilityOf(0, 0);
    const quota = this.quotas.get(productId);
    if (quota) return availabilityOf(quota.remaining, quota.capacity);
    let remaining = 0;
    let capacity = 0;
    for (const perf of this.performancesOf(productId)) {
      if (perf.state !== 'RUNNING') continue;
      for (const s of perf.categories.values()) {
        remaining += s.remaining;
        capacity += s.capacity;
      }
    }
    return availabilityOf(remaining, capacity);
  }

  /** A performance that is not RUNNING (cancelled, suspended) has nothing to sell. */
  performanceAvailability(perf: PerformanceStock, seatCategoryIds?: number[]): Availability {
    if (perf.state !== 'RUNNING' || this.products.get(perf.productId)?.state !== 'RUNNING') return availabilityOf(0, 0);
    let remaining = 0;
    let capacity = 0;
    for (const [id, s] of perf.categories) {
      if (seatCategoryIds && !seatCategoryIds.includes(id)) continue;
      remaining += s.remaining;
      capacity += s.capacity;
    }
    return availabilityOf(remaining, capacity);
  }

  /** Sells up to `quantity` seats, in category order unless one category is named. */
  sell(performanceId: number, seatCategoryId: number | undefined, quantity: number): SellResult | undefined {
    const perf = this.performances.get(performanceId);
    if (!perf) return undefined;
    if (seatCategoryId !== undefined && !perf.categories.has(seatCategoryId)) return undefined;
    let left = Math.max(0, Math.floor(quantity));
    let sold = 0;
    for (const [id, s] of perf.categories) {
      if (seatCategoryId !== undefined && id !== seatCategoryId) continue;
      const take = Math.min(left, s.remaining);
      s.remaining -= take;
      left -= take;
      sold += take;
    }
    if (sold > 0) this.lastUpdates.set(perf.productId, this.now());
    const scope = seatCategoryId === undefined ? [...perf.categories.values()] : [perf.categories.get(seatCategoryId)!];
    return { sold, remaining: scope.reduce((sum, s) => sum + s.remaining, 0) };
  }

  /**
   * Holds exactly `quantity` seats of one category for an order, or nothing when fewer are left
   * (an order line is all or nothing, unlike the admin `sell`). Held seats leave availability at once.
   */
  hold(performanceId: number, seatCategoryId: number, quantity: number): boolean {
    const stock = this.performances.get(performanceId)?.categories.get(seatCategoryId);
    if (!stock || !Number.isInteger(quantity) || quantity < 0 || stock.remaining < quantity) return false;
    stock.remaining -= quantity;
    if (quantity > 0) this.lastUpdates.set(this.performances.get(performanceId)!.productId, this.now());
    return true;
  }

  /** Gives held seats back (a cancelled line, an abandoned or expired order); never above capacity. */
  release(performanceId: number, seatCategoryId: number, quantity: number): void {
    const stock = this.performances.get(performanceId)?.categories.get(seatCategoryId);
    if (!stock || quantity <= 0) return;
    stock.remaining = Math.min(stock.capacity, stock.remaining + Math.floor(quantity));
    this.lastUpdates.set(this.performances.get(performanceId)!.productId, this.now());
  }

  /** Holds exactly `quantity` units of a product-wide quota (PASS, PACKAGE, MEMBERSHIP), or nothing. */
  holdQuota(productId: number, quantity: number): boolean {
    const quota = this.quotas.get(productId);
    if (!quota || !Number.isInteger(quantity) || quantity < 0 || quota.remaining < quantity) return false;
    quota.remaining -= quantity;
    if (quantity > 0) this.lastUpdates.set(productId, this.now());
    return true;
  }

  /** Units of a quota left; undefined for a product without one (events sell per performance). */
  quotaLeft(productId: number): number | undefined {
    return this.quotas.get(productId)?.remaining;
  }

  /** Gives held quota units back; never above capacity. */
  releaseQuota(productId: number, quantity: number): void {
    const quota = this.quotas.get(productId);
    if (!quota || quantity <= 0) return;
    quota.remaining = Math.min(quota.capacity, quota.remaining + Math.floor(quantity));
    this.lastUpdates.set(productId, this.now());
  }

  /** A setup change: renames a product when asked; always moves lastSetupUpdate. */
  touchCatalog(change: { productId?: number; name?: string } = {}): boolean {
    if (change.productId !== undefined) {
      const product = this.products.get(change.productId);
      if (!product) return false;
      if (change.name) product.externalName = translated(change.name, change.name, change.name);
    }
    this.lastSetupUpdate = Math.max(this.now(), this.lastSetupUpdate + 1);
    this.catalogVersion++;
    return true;
  }
}
