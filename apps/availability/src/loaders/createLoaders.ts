import DataLoader from 'dataloader';
import type { PerformanceAvailabilityRecord, ProductAvailabilityRecord } from '@stx/secutix-client';
import type { AvailabilityEntry, AvailabilityRepository } from './AvailabilityRepository';

export interface AvailabilityLoaders {
  product: DataLoader<number, AvailabilityEntry<ProductAvailabilityRecord> | undefined>;
  performance: DataLoader<number, AvailabilityEntry<PerformanceAvailabilityRecord> | undefined>;
}

/**
 * Built per request: every product (or performance) id asked in one GraphQL request is collected
 * into one batch. With batching off (the naive baseline), each id is its own call.
 */
export function createLoaders(
  repos: { product: AvailabilityRepository<ProductAvailabilityRecord>; performance: AvailabilityRepository<PerformanceAvailabilityRecord> },
  batching: boolean,
): AvailabilityLoaders {
  const options = { batch: batching, maxBatchSize: 500 };
  return {
    product: new DataLoader((ids) => repos.product.getMany(ids), options),
    performance: new DataLoader((ids) => repos.performance.getMany(ids), options),
  };
}
