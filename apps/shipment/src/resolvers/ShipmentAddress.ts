import type { ShipmentAddressResolvers } from '../__generated__/resolvers';

export const ShipmentAddress: ShipmentAddressResolvers = {
  addressId: (a) => (a.addressId === undefined ? null : String(a.addressId)),
  line1: (a) => a.firstAddressLine,
  line2: (a) => a.secondAddressLine ?? null,
  city: (a) => a.locality,
};
