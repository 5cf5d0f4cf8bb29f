import type { ShipmentResolvers } from '../__generated__/resolvers';

export const Shipment: ShipmentResolvers = {
  id: (s) => String(s.shipmentId),
  state: (s) => (s.state === 'SENT' ? 'SENT' : 'UNSENT'),
  shipmentModeId: (s) => String(s.shipmentModeId),
  numberOfTickets: (s) => s.numberOfTickets ?? null,
  address: (s) => s.contactAddress ?? null,
};
