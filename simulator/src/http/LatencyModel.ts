import type { LatencySetting } from '../config/SimulatorOptions';
import { mulberry32 } from '../data/createRandom';

/** Typical SecuTix answer times we mimic in the 'realistic' profile, in ms (jitter added). */
const REALISTIC_BASE: Record<string, number> = {
  'CatalogService.isCatalogServiceAlive': 40,
  'CatalogService.getPOSConfig': 90,
  'CatalogService.getLastSetupUpdate': 50,
  'AvailabilityService.getSeatsAvailability': 150,
  'ContactAuthenticationPublicService.authenticate': 120,
};
const REALISTIC_DEFAULT = 80;

/**
 * Per-operation latency: explicit milliseconds win (per operation, then `default`), else the
 * profile. getCatalogDetailed grows with the catalog, so large catalogs reach `in_progress`.
 */
export class LatencyModel {
  profile: 'realistic' | 'none';
  overrides: Record<string, number>;
  private readonly jitter = mulberry32(7);

  constructor(setting: LatencySetting, private readonly catalogSize: () => number) {
    this.profile = typeof setting === 'string' ? setting : 'none';
    this.overrides = typeof setting === 'string' ? {} : { ...setting };
  }

  latencyFor(operationKey: string): number {
    const explicit = this.overrides[operationKey] ?? this.overrides.default;
    if (explicit !== undefined) return explicit;
    if (this.profile === 'none') return 0;
    if (operationKey === 'CatalogService.getCatalogDetailed') return 800 + this.catalogSize() * 2;
    const base = REALISTIC_BASE[operationKey] ?? REALISTIC_DEFAULT;
    return Math.round(base * (0.6 + this.jitter() * 0.8));
  }

  set(changes: Record<string, unknown>): void {
    if (changes.profile === 'realistic' || changes.profile === 'none') this.profile = changes.profile;
    for (const [key, value] of Object.entries(changes)) {
      if (key !== 'profile' && typeof value === 'number' && value >= 0) this.overrides[key] = value;
    }
  }

  describe(): { profile: string; overrides: Record<string, number> } {
    return { profile: this.profile, overrides: { ...this.overrides } };
  }
}
