import type { CatalogIndex } from './mappers/CatalogIndex';

/** Per request: the snapshot is fetched once, lazily, and the clock read once. */
export interface CatalogContext {
  catalog(): Promise<CatalogIndex>;
  now: number;
  /** the request's Accept-Language, for the language rule */
  acceptLanguage?: string;
}
