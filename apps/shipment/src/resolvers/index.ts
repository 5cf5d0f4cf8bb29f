import { businessRefusal, buyerReaches, checkLangArgument, codedError, deliveryLockReason, isCountryCode, moneyFromThousandths, parseSecutixId, posLanguage, refusalUserError, requireBuyer, translate, userError } from '@stx/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers';
import type { ShipmentContext } from '../context';
import { changeRefusals, lockedError } from './shipmentErrors';

/**
 * The shipments of one of the caller's own orders (a guest's only while the order is open, which
 * costs a guest one getOrderDetails); an order of another contact (or unknown) answers
 * undefined, exactly alike, so no id can be probed through this subgraph either.
 */
async function ownShipments(ctx: ShipmentContext, orderId: string) {
  const buyer = requireBuyer(ctx.identity);
  const id = parseSecutixId(orderId);
  if (id === undefined) return undefined;
  try {
    const shipments = await ctx.shipmentsOfOrder.load(id);
    if (shipments.length === 0 || !shipments.every((s) => s.contactNumber === buyer.contactNumber)) return undefined;
    if (buyer.guest && !buyerReaches(buyer, await ctx.orders.getOrderDetails(id))) return undefined;
    return shipments;
  } catch (err) {
    if (businessRefusal(err) !== undefined) return undefined;
    throw err;
  }
}

async function language(ctx: ShipmentContext, lang: string | null | undefined) {
  const pos = await ctx.posConfig();
  return { chosen: posLanguage(pos, lang, ctx.acceptLanguage), main: pos.mainLanguage ?? 'en' };
}


export const resolvers: Resolvers = {
  Order: {
    __resolveReference: (ref) => ({ id: String(ref.id) }),
    async shipmentModes(o, { countryCode, addressId, lang }, ctx) {
      if (countryCode != null && !isCountryCode(countryCode)) throw codedError('BAD_USER_INPUT', 'countryCode is an ISO-3166 code such as "CH"', { argument: 'countryCode' });
      const contactAddressId = parseSecutixId(addressId);
      if (addressId != null && contactAddressId === undefined) throw codedError('BAD_USER_INPUT', 'addressId is an id from me.addresses', { argument: 'addressId' });
      checkLangArgument(lang); // refused before anything is asked of SecuTix
      if (!(await ownShipments(ctx, o.id))) throw codedError('NOT_FOUND', 'No such order for you, or it has no delivery yet.');
      try {
        const modes = await ctx.fulfilment.getAvailableShipmentModes(Number(o.id), { countryCode: countryCode ?? undefined, contactAddressId });
        return modes.map((m) => ({ ...m, listLang: lang ?? undefined }));
      } catch (err) {
        if (businessRefusal(err) === 'error.contact.addressNotFound') throw codedError('NOT_FOUND', 'No such address of yours.', { argument: 'addressId' });
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
  },
};
