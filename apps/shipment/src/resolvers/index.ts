import { SecutixError } from '@stx/secutix-client';
import { addressErrors, buyerOf, buyerReaches, codedError, deliveryLockReason, moneyFromThousandths, posLanguage, translate, type Buyer } from '@stx/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers';
import type { ShipmentContext } from '../context';
import { savedAddressId } from './newAddress';
import { changeRefusal, lockedError } from './shipmentErrors';

const ID = /^\d{1,18}$/;

function requireBuyer(ctx: ShipmentContext): Buyer {
  const buyer = buyerOf(ctx.identity);
  if (!buyer) throw codedError('UNAUTHENTICATED', 'Log in, or start a guest checkout, to see or change deliveries.');
  return buyer;
}

/**
 * The shipments of one of the caller's own orders (a guest's only while the order is open, which
 * costs a guest one getOrderDetails a request); an order of another contact (or unknown) answers
 * undefined, exactly alike, so no id can be probed through this subgraph either.
 */
async function ownShipments(ctx: ShipmentContext, orderId: string) {
  const buyer = requireBuyer(ctx);
  if (!ID.test(orderId)) return undefined;
  try {
    const shipments = await ctx.shipmentsOfOrder.load(Number(orderId));
    if (shipments.length === 0 || !shipments.every((s) => s.contactNumber === buyer.contactNumber)) return undefined;
    if (buyer.guest && !buyerReaches(buyer, await ctx.orderDetails.load(Number(orderId)))) return undefined;
    return shipments;
  } catch (err) {
    if (err instanceof SecutixError && err.kind === 'BUSINESS') return undefined;
    throw err;
  }
}

async function language(ctx: ShipmentContext, lang: string | null | undefined) {
  const pos = await ctx.posConfig();
  return { chosen: posLanguage(pos, lang, ctx.acceptLanguage), main: pos.mainLanguage ?? 'en' };
}

const notFound = { code: 'NOT_FOUND', field: 'orderId', message: 'No such order.' };
const userError = (code: string, field: string | null, message: string) => ({ code, field, message });

export const resolvers: Resolvers = {
  Order: {
    __resolveReference: (ref) => ({ id: String(ref.id) }),
    async shipmentModes(o, { countryCode, addressId, lang }, ctx) {
      if (countryCode != null && !/^[A-Z]{2}$/.test(countryCode)) throw codedError('BAD_USER_INPUT', 'countryCode is an ISO-3166 code such as "CH"', { argument: 'countryCode' });
      if (addressId != null && !ID.test(addressId)) throw codedError('BAD_USER_INPUT', 'addressId is an id from me.addresses', { argument: 'addressId' });
      if (!(await ownShipments(ctx, o.id))) throw codedError('NOT_FOUND', 'No such order for you, or it has no delivery yet.');
      try {
        const modes = await ctx.fulfilment.getAvailableShipmentModes(Number(o.id), { countryCode: countryCode ?? undefined, contactAddressId: addressId == null ? undefined : Number(addressId) });
        return modes.map((m) => ({ ...m, listLang: lang ?? undefined }));
      } catch (err) {
        if (err instanceof SecutixError && err.statusCode === 'error.contact.addressNotFound') throw codedError('NOT_FOUND', 'No such address of yours.', { argument: 'addressId' });
        throw err;
      }
    },
    async shipments(o, _a, ctx) {
      return (await ownShipments(ctx, o.id)) ?? [];
    },
  },
  ShipmentMode: {
    id: (m) => String(m.id),
    async name(m, { lang }, ctx) {
      const { chosen, main } = await language(ctx, lang ?? m.listLang);
      return translate(m.externalName, chosen, main) ?? m.code;
    },
    async description(m, { lang }, ctx) {
      const { chosen, main } = await language(ctx, lang ?? m.listLang);
      return translate(m.externalDescription, chosen, main) ?? m.description ?? null;
    },
    deliveryTimeInDays: (m) => m.deliveryTimeInDays ?? null,
    addressRequired: (m) => m.contactAddressRequired === true,
    async price(m, _a, ctx) {
      return moneyFromThousandths(m.price, (await ctx.posConfig()).currencyCode);
    },
  },
  Shipment: {
    id: (s) => String(s.shipmentId),
    state: (s) => (s.state === 'SENT' ? 'SENT' : 'UNSENT'),
    shipmentModeId: (s) => String(s.shipmentModeId),
    numberOfTickets: (s) => s.numberOfTickets ?? null,
    address: (s) => s.contactAddress ?? null,
  },
  ShipmentAddress: {
    addressId: (a) => (a.addressId === undefined ? null : String(a.addressId)),
    line1: (a) => a.firstAddressLine,
    line2: (a) => a.secondAddressLine ?? null,
    city: (a) => a.locality,
  },
  Mutation: {
    async chooseShipmentMode(_p, { orderId, shipmentModeId, addressId, address }, ctx) {
      const shipments = await ownShipments(ctx, orderId);
      if (!shipments) return { shipments: [], userErrors: [notFound] };
      if (!ID.test(shipmentModeId)) return { shipments, userErrors: [userError('INVALID_INPUT', 'shipmentModeId', 'Not a shipment mode id.')] };
      if (addressId != null && !ID.test(addressId)) return { shipments, userErrors: [userError('INVALID_INPUT', 'addressId', 'Not an address id: take one from me.addresses.')] };
      if (addressId != null && address != null) return { shipments, userErrors: [userError('INVALID_INPUT', 'address', 'Give addressId (one of your addresses) or address (a new one), not both.')] };
      const invalidAddress = address == null ? [] : addressErrors(address, 'address.');
      if (invalidAddress.length > 0) return { shipments, userErrors: invalidAddress };
      if (shipments.some((s) => s.state === 'SENT')) return { shipments, userErrors: [lockedError('SENT')] };
      const lock = deliveryLockReason(await ctx.orderDetails.load(Number(orderId)));
      if (lock) return { shipments, userErrors: [lockedError(lock)] };
      let contactAddressId = addressId == null ? undefined : Number(addressId);
      try {
        // a new address is checked by its country before anything is saved
        const destination = address == null ? { contactAddressId } : { countryCode: address.countryCode };
        const mode = (await ctx.fulfilment.getAvailableShipmentModes(Number(orderId), destination)).find((m) => String(m.id) === shipmentModeId);
        if (!mode) {
          const hint = addressId == null && address == null ? ' Give an addressId or address where it can go.' : '';
          return { shipments, userErrors: [userError('SHIPMENT_MODE_UNAVAILABLE', 'shipmentModeId', `This delivery is not offered for this order and destination.${hint}`)] };
        }
        // a mode without address (print at home) saves none
        if (address != null && mode.contactAddressRequired === true) contactAddressId = await savedAddressId(ctx, requireBuyer(ctx).contactNumber, shipments, address);
        const changed = await ctx.fulfilment.changeShipmentMode(shipments.map((s) => s.shipmentId), Number(shipmentModeId), contactAddressId);
        ctx.shipmentsOfOrder.clear(Number(orderId));
        return { shipments: changed, userErrors: [] };
      } catch (err) {
        const refusal = err instanceof SecutixError && err.kind === 'BUSINESS' ? changeRefusal(err.statusCode) : undefined;
        if (refusal) return { shipments, userErrors: [refusal] };
        throw err;
      }
    },
  },
};
