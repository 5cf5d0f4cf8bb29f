import { SecutixError } from '@stx/secutix-client';
import { deliveryLockReason } from '@stx/subgraph-kit';
import type { MutationResolvers } from '../__generated__/resolvers';
import { changeRefusal, lockedError } from '../mappers/shipmentErrors';
import { ID, ownShipments } from './ownShipments';

const notFound = { code: 'NOT_FOUND', field: 'orderId', message: 'No such order.' };
const userError = (code: string, field: string | null, message: string) => ({ code, field, message });

export const Mutation: MutationResolvers = {
  async chooseShipmentMode(_p, { orderId, shipmentModeId, addressId }, ctx) {
    const shipments = await ownShipments(ctx, orderId);
    if (!shipments) return { shipments: [], userErrors: [notFound] };
    if (!ID.test(shipmentModeId)) return { shipments, userErrors: [userError('INVALID_INPUT', 'shipmentModeId', 'Not a shipment mode id.')] };
    if (addressId != null && !ID.test(addressId)) return { shipments, userErrors: [userError('INVALID_INPUT', 'addressId', 'Not an address id: take one from me.addresses.')] };
    if (shipments.some((s) => s.state === 'SENT')) return { shipments, userErrors: [lockedError('SENT')] };
    const lock = deliveryLockReason(await ctx.orders.getOrderDetails(Number(orderId)));
    if (lock) return { shipments, userErrors: [lockedError(lock)] };
    const contactAddressId = addressId == null ? undefined : Number(addressId);
    try {
      const offered = await ctx.fulfilment.getAvailableShipmentModes(Number(orderId), { contactAddressId });
      if (!offered.some((m) => String(m.id) === shipmentModeId)) {
        const hint = addressId == null ? ' Give an addressId where it can go.' : '';
        return { shipments, userErrors: [userError('SHIPMENT_MODE_UNAVAILABLE', 'shipmentModeId', `This delivery is not offered for this order and destination.${hint}`)] };
      }
      const changed = await ctx.fulfilment.changeShipmentMode(shipments.map((s) => s.shipmentId), Number(shipmentModeId), contactAddressId);
      ctx.shipmentsOfOrder.clear(Number(orderId));
      return { shipments: changed, userErrors: [] };
    } catch (err) {
      const refusal = err instanceof SecutixError && err.kind === 'BUSINESS' ? changeRefusal(err.statusCode) : undefined;
      if (refusal) return { shipments, userErrors: [refusal] };
      throw err;
    }
  },
};
