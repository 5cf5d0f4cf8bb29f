/**
 * SecuTix's indicator (docs/secutix/platform-facts.md: 1 green, 2 orange, 3 red). "Few left" is our threshold: at most
 * 10% of the capacity and no more than 20 seats (docs/secutix/protocol.md).
 */
export type AvailabilityIndicator = 1 | 2 | 3;

export function availabilityIndicator(remaining: number, capacity: number): AvailabilityIndicator {
  if (remaining <= 0) return 3;
  if (remaining <= capacity * 0.1 && remaining <= 20) return 2;
  return 1;
}

export interface Availability {
  availability: number;
  availabilityIndicator: AvailabilityIndicator;
}

export function availabilityOf(remaining: number, capacity: number): Availability {
  return { availability: Math.max(0, remaining), availabilityIndicator: availabilityIndicator(remaining, capacity) };
}
