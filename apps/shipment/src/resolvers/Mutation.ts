import { addressErrors, deliveryLockReason, parseSecutixId, requireBuyer } from '@stx/domain-rules';
import { refusalUserError, userError } from '@stx/errors';
import type { MutationResolvers } from '../__generated__/resolvers';
import { changeRefusals, lockedError } from '../mappers/shipmentErrors';
import { savedAddressId } from './newAddress';
import { ownShipments } from './ownShipments';

export const Mutation: MutationResolvers = {
  async chooseShipmentMode(_p, { orderId, shipmentModeId, addressId, address }, ctx) {
    const shipments = await ownShipments(ctx, orderId);
    if (!shipments) return { shipments: [], userErrors: [userError('NOT_FOUND.order', 'orderId')] };
    const modeId = parseSecutixId(shipmentModeId);
    let contactAddressId = parseSecutixId(addressId);
    if (modeId === undefined) return { shipments, userErrors: [userError('INVALID_INPUT.id', 'shipmentModeId')] };
    if (addressId != null && contactAddressId === undefined) return { shipments, userErrors: [userError('INVALID_INPUT.id', 'addressId')] };
    if (addressId != null && address != null) return { shipments, userErrors: [userError('INVALID_INPUT.addressOrId', 'address')] };
    const invalidAddress = address == null ? [] : addressErrors(address, 'address.');
    if (invalidAddress.length > 0) return { shipments, userErrors: invalidAddress };
    if (shipments.some((s) => s.state === 'SENT')) return { shipments, userErrors: [lockedError('SENT')] };
    const id = Number(orderId);
    const lock = deliveryLockReason(await ctx.orderDetails.load(id));
    if (lock) return { shipments, userErrors: [lockedError(lock)] };
    try {
      // a new address is checked by its country before anything is saved
      const destination = address == null ? { contactAddressId } : { countryCode: address.countryCode };
      const mode = (await ctx.fulfilment.getAvailableShipmentModes(id, destination)).find((m) => m.id === modeId);
      // without an address, a mode that mails may be offered once the buyer says where to
      if (!mode) return { shipments, userErrors: [userError(addressId == null && address == null ? 'SHIPMENT_MODE_UNAVAILABLE.noAddress' : 'SHIPMENT_MODE_UNAVAILABLE', 'shipmentModeId')] };
      // a mode without address (print at home) saves none
      if (address != null && mode.contactAddressRequired === true) contactAddressId = await savedAddressId(ctx, requireBuyer(ctx.identity).contactNumber, shipments, address);
      const changed = await ctx.fulfilment.changeShipmentMode(shipments.map((s) => s.shipmentId), modeId, contactAddressId);
      ctx.shipmentsOfOrder.clear(id);
      return { shipments: changed, userErrors: [] };
    } catch (err) {
      return { shipments, userErrors: [refusalUserError(err, changeRefusals)] };
    }
  },
};
