import { deliveryLockReason, parseSecutixId, refusalUserError, userError } from '@stx/subgraph-kit';
import type { MutationResolvers } from '../__generated__/resolvers';
import { changeRefusals, lockedError } from '../mappers/shipmentErrors';
import { ownShipments } from './ownShipments';

export const Mutation: MutationResolvers = {
  async chooseShipmentMode(_p, { orderId, shipmentModeId, addressId }, ctx) {
    const shipments = await ownShipments(ctx, orderId);
    if (!shipments) return { shipments: [], userErrors: [userError('NOT_FOUND.order', 'orderId')] };
    const modeId = parseSecutixId(shipmentModeId);
    const contactAddressId = parseSecutixId(addressId);
    if (modeId === undefined) return { shipments, userErrors: [userError('INVALID_INPUT.id', 'shipmentModeId')] };
    if (addressId != null && contactAddressId === undefined) return { shipments, userErrors: [userError('INVALID_INPUT.id', 'addressId')] };
    if (shipments.some((s) => s.state === 'SENT')) return { shipments, userErrors: [lockedError('SENT')] };
    const id = Number(orderId);
    const lock = deliveryLockReason(await ctx.orders.getOrderDetails(id));
    if (lock) return { shipments, userErrors: [lockedError(lock)] };
    try {
      const offered = await ctx.fulfilment.getAvailableShipmentModes(id, { contactAddressId });
      if (!offered.some((m) => m.id === modeId)) {
        // without an address, a mode that mails may be offered once the buyer says where to
        return { shipments, userErrors: [userError(addressId == null ? 'SHIPMENT_MODE_UNAVAILABLE.noAddress' : 'SHIPMENT_MODE_UNAVAILABLE', 'shipmentModeId')] };
      }
      const changed = await ctx.fulfilment.changeShipmentMode(shipments.map((s) => s.shipmentId), modeId, contactAddressId);
      ctx.shipmentsOfOrder.clear(id);
      return { shipments: changed, userErrors: [] };
    } catch (err) {
      return { shipments, userErrors: [refusalUserError(err, changeRefusals)] };
    }
  },
};
