import type { SecutixCaller } from '../SecutixCaller';
import { AvailabilityServiceDescriptor as S } from '../services';
import type { AvailabilityUpdateRecord, PerformanceAvailabilityRecord, ProductAvailabilityRecord } from '../types/availability';

/** AvailabilityService v1_33: every method takes a list, so one call serves a whole batch. */
export class AvailabilityClient {
  constructor(
    private readonly caller: SecutixCaller,
    private readonly pointOfSalesId: () => Promise<number>,
  ) {}

  async getProductAvailability(productIds: readonly number[]): Promise<ProductAvailabilityRecord[]> {
    const r = await this.caller.call<{ productAvailabilities?: ProductAvailabilityRecord[] }>(S, 'getProductAvailability', {
      pointOfSalesId: await this.pointOfSalesId(),
      productIds: [...productIds],
    });
    return r.productAvailabilities ?? [];
  }

  async getPerformanceAvailability(performanceIds: readonly number[]): Promise<PerformanceAvailabilityRecord[]> {
    const r = await this.caller.call<{ performanceAvailabilities?: PerformanceAvailabilityRecord[] }>(S, 'getPerformanceAvailability', {
      pointOfSalesId: await this.pointOfSalesId(),
      performanceIds: [...performanceIds],
    });
    return r.performanceAvailabilities ?? [];
  }

  /** products whose availability changed after `referenceDate` (ISO-8601) */
  async getUpdatedAvailabilities(productIds: readonly number[], referenceDate: string): Promise<AvailabilityUpdateRecord[]> {
    const r = await this.caller.call<{ availabilityUpdateData?: AvailabilityUpdateRecord[] }>(S, 'getUpdatedAvailabilities', {
      pointOfSalesId: await this.pointOfSalesId(),
      productIds: [...productIds],
      referenceDate,
    });
    return r.availabilityUpdateData ?? [];
  }
}
