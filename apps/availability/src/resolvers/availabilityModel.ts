import type { AvailabilityModel } from '../models';

const LEVELS = { 1: 'AVAILABLE', 2: 'FEW_LEFT', 3: 'SOLD_OUT' } as const;

export function levelOf(indicator: number): 'AVAILABLE' | 'FEW_LEFT' | 'SOLD_OUT' {
  return LEVELS[indicator as 1 | 2 | 3] ?? 'SOLD_OUT';
}

export function toAvailability(indicator: number, fetchedAt: number): AvailabilityModel {
  return { indicator, asOf: new Date(fetchedAt).toISOString() };
}

/** Availability is a plain value to frontends; a loader's Error becomes a coded GraphQL error. */
export function unwrap<T>(result: T | Error | undefined): T | null {
  if (result instanceof Error) throw result;
  return result ?? null;
}
