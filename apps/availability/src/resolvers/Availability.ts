import type { AvailabilityResolvers } from '../__generated__/resolvers';
import { levelOf } from '../mappers/availabilityModel';

export const Availability: AvailabilityResolvers = {
  level: (a) => levelOf(a.indicator),
  code: (a) => a.indicator,
  asOf: (a) => a.asOf,
};
