/** an order as the control API lists it */
export interface SimOrder {
  orderId: number;
  contactNumber: string;
  state: string;
  /** integer thousandths */
  saleAmount: number;
  expiresAt: string;
}

/** an item of an order placed through the control API: seats of one performance */
export interface SimOrderItem {
  performanceId: number;
  seatCategoryId: number;
  audienceSubCategoryId: number;
  quantity: number;
}

/**
 * A client of the simulator's control API (`/__admin/...`, simulator/README.md "Control API"), for tests,
 * benchmarks and tools: what SecuTix was asked, and the switches that make it fail or slow down.
 */
export class SimControl {
  constructor(readonly url: string) {}

  async calls(): Promise<Record<string, number>> {
    const res = await fetch(`${this.url}/__admin/calls`);
    return (await res.json()) as Record<string, number>;
  }

  /** calls to one `Service.operation` (0 when never called) */
  async count(operation: string): Promise<number> {
    return (await this.calls())[operation] ?? 0;
  }

  /** total calls to SecuTix operations, refused ones included */
  async total(): Promise<number> {
    const calls = await this.calls();
    return Object.entries(calls).filter(([k]) => k.includes('.')).reduce((sum, [, n]) => sum + n, 0);
  }

  /** the simulated orders, in creation order */
  async orders(): Promise<SimOrder[]> {
    const res = await fetch(`${this.url}/__admin/orders`);
    return (await res.json()) as SimOrder[];
  }

  /**
   * an order made outside the API under test (the ticket shop, the box office) for a contact; `sold`
   * pays and closes it, so it has its seats and tickets
   */
  placeOrder(contactNumber: string, items: SimOrderItem[], options: { sold?: boolean } = {}): Promise<SimOrder> {
    return this.post('/__admin/orders', { contactNumber, items, sold: options.sold }) as Promise<SimOrder>;
  }

  /** the order's shipment leaves the box office (SENT) */
  sendShipment(orderId: number): Promise<unknown> {
    return this.post('/__admin/shipments/send', { orderId });
  }

  reset(): Promise<unknown> {
    return this.post('/__admin/reset', {});
  }

  sell(performanceId: number | string, quantity: number, seatCategoryId?: number | string): Promise<{ remaining: number }> {
    return this.post('/__admin/sell', { performanceId: Number(performanceId), quantity, seatCategoryId: seatCategoryId === undefined ? undefined : Number(seatCategoryId) }) as Promise<{ remaining: number }>;
  }

  touchCatalog(body: { productId?: number; name?: string } = {}): Promise<unknown> {
    return this.post('/__admin/catalog/touch', body);
  }

  faults(body: { errorRate?: number; outage?: boolean; slowMs?: number; operations?: string[] }): Promise<unknown> {
    return this.post('/__admin/faults', body);
  }

  limits(body: { enabled?: boolean; perMinute?: number; catalogDetailedIntervalMs?: number; status?: number }): Promise<unknown> {
    return this.post('/__admin/limits', body);
  }

  latency(body: Record<string, number>): Promise<unknown> {
    return this.post('/__admin/latency', body);
  }

  private async post(path: string, body: unknown): Promise<unknown> {
    const res = await fetch(`${this.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`simulator ${path} answered ${res.status}: ${await res.text()}`);
    return res.json();
  }
}
