import type { PosConfigData } from '@stx/secutix-client';
import type { RequestLanguage } from '@stx/subgraph-kit';
import type { AvailabilityLoaders } from './loaders/createLoaders';

export interface AvailabilityContext extends RequestLanguage {
  loaders: AvailabilityLoaders;
  /** the institution's languages, for the language rule of booking links */
  posConfig(): Promise<PosConfigData>;
  /** the ticket shop that booking links point to */
  shopUrl: string;
}
