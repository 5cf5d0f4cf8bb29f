import { addressErrors, deliveryLockReason, parseSecutixId, requireBuyer } from '@stx/domain-rules';
import { refusalUserError, userError, type UserError } from '@stx/errors';
import type { MutationResolvers } from '../__generated__/resolvers';
import { changeRefusals, lockedError } from '../mappers/shipmentErrors';
import { savedAddressId } from './newAddress';
import { ownShipments } from './ownShipments';

export const Mutation: MutationResolvers = {
  async chooseShipmentMode(_p, { orderId, shipmentModeId, addressId, address }, ctx) {
    // an order change like the sales subgraph's, bounded per contact with them: every try reads
    // the order from SecuTix (2 to 5 calls), so each one counts, even one its input spoils
    const { contactNumber } = requireBuyer(ctx.identity);
    const decision = await ctx.orderChangeGuard.check(contactNumber);
    if (!decision.allowed) {
      const tooMany = userError('TOO_MANY_ATTEMPTS.orderChanges', null, { seconds: decision.retryAfterSeconds });
      return { shipments: [], order: null, userErrors: [tooMany], retryAfterSeconds: decision.retryAfterSeconds };
    }
    await ctx.orderChangeGuard.attempted(contactNumber);
    const shipments = await ownShipments(ctx, orderId);
    if (!shipments) return { shipments: [], order: null, userErrors: [userError('NOT_FOUND.order', 'orderId')] };
    // the order goes back with every answer: its total and amount due follow the delivery chosen
    const answer = (current: typeof shipments, userErrors: UserError[]) => ({ shipments: current, order: { id: orderId }, userErrors });
    const modeId = parseSecutixId(shipmentModeId);
    let contactAddressId = parseSecutixId(addressId);
    if (modeId === undefined) return answer(shipments, [userError('INVALID_INPUT.id', 'shipmentModeId')]);
    if (addressId != null && contactAddressId === undefined) return answer(shipments, [userError('INVALID_INPUT.id', 'addressId')]);
    if (addressId != null && address != null) return answer(shipments, [userError('INVALID_INPUT.addressOrId', 'address')]);
    const invalidAddress = address == null ? [] : addressErrors(address, 'address.');
    if (invalidAddress.length > 0) return answer(shipments, invalidAddress);
    if (shipments.some((s) => s.state === 'SENT')) return answer(shipments, [lockedError('SENT')]);
    const id = Number(orderId);
    const lock = deliveryLockReason(await ctx.orderDetails.load(id));
    if (lock) return answer(shipments, [lockedError(lock)]);
    try {
      // a new address is checked by its country before anything is saved
      const destination = address == null ? { contactAddressId } : { countryCode: address.countryCode };
      const mode = (await ctx.fulfilment.getAvailableShipmentModes(id, destination)).find((m) => m.id === modeId);
      // without an address, a mode that mails may be offered once the buyer says where to
      if (!mode) return answer(shipments, [userError(addressId == null && address == null ? 'SHIPMENT_MODE_UNAVAILABLE.noAddress' : 'SHIPMENT_MODE_UNAVAILABLE', 'shipmentModeId')]);
      // a mode without address (print at home) saves none
      if (address != null && mode.contactAddressRequired === true) contactAddressId = await savedAddressId(ctx, contactNumber, shipments, address);
      const changed = await ctx.fulfilment.changeShipmentMode(shipments.map((s) => s.shipmentId), modeId, contactAddressId);
      ctx.shipmentsOfOrder.clear(id);
      return answer(changed, []);
    } catch (err) {
      return answer(shipments, [refusalUserError(err, changeRefusals)]);
    }
  },
};
