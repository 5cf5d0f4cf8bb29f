import type { AvailabilityLoaders } from './loaders/createLoaders';

export interface AvailabilityContext {
  loaders: AvailabilityLoaders;
  mainLanguage(): Promise<string>;
  /** the ticket shop that booking links point to */
  shopUrl: string;
}
