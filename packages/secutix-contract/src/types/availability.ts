import type { RecordType } from '../typeSpec';
import { STATUS } from './common';

/** AvailabilityService v1_33 (docs/secutix/contract.md, "Availability"). */
export const availabilityTypes = {
  ProductAvailabilityResult: { ...STATUS, productAvailabilities: 'ProductAvailability[]' },
  ProductAvailability: { productId: 'long', availability: 'int', availabilityIndicator: 'int', lastUpdate: 'dateTime' },
  PerformanceAvailabilityResult: { ...STATUS, performanceAvailabilities: 'PerformanceAvailability[]' },
  PerformanceAvailability: {
    performanceId: 'long', productId: 'long', availability: 'int', availabilityIndicator: 'int', lastUpdate: 'dateTime',
    seatCategoryAvailabilities: 'SeatCategoryAvailability[]',
  },
  SeatCategoryAvailability: { seatCategoryId: 'long', availability: 'int', availabilityIndicator: 'int' },
  EventAvailabilityResult: { ...STATUS, eventAvailabilityData: 'EventAvailabilityData?' },
  EventAvailabilityData: { eventAvailabilities: 'EventAvailability[]' },
  EventAvailability: { eventId: 'long', performanceId: 'long', seatCategoryId: 'long?', availability: 'int', availabilityIndicator: 'int' },
  SeatsAvailabilityResult: { ...STATUS, seats: 'Seat[]' },
  Seat: { physicalSeatId: 'long', seatCategoryId: 'long', area: 'string', block: 'string', row: 'string', number: 'int', available: 'boolean' },
  UpdatedAvailabilitiesResult: { ...STATUS, availabilityUpdateData: 'AvailabilityUpdate[]' },
  AvailabilityUpdate: { productId: 'long', lastUpdate: 'dateTime' },
} satisfies Record<string, RecordType>;
