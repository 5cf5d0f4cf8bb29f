import { SecutixError } from '@stx/secutix-client';
import { codedError, moneyFromThousandths, translate } from '@stx/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers';
import type { ShipmentContext } from '../context';

const ID = /^\d{1,18}$/;

function requireContact(ctx: ShipmentContext): string {
  if (!ctx.identity.contactNumber) throw codedError('UNAUTHENTICATED', 'Log in to see or change deliveries.');
  return ctx.identity.contactNumber;
}

/**
 * The shipments of one of the caller's own orders; an order of another contact (or unknown)
 * answers undefined, exactly alike, so no id can be probed through this subgraph either.
 */
async function ownShipments(ctx: ShipmentContext, orderId: string) {
  const contactNumber = requireContact(ctx);
  if (!ID.test(orderId)) return undefined;
  try {
    const shipments = await ctx.shipmentsOfOrder.load(Number(orderId));
    return shipments.length > 0 && shipments.every((s) => s.contactNumber === contactNumber) ? shipments : undefined;
  } catch (err) {
    if (err instanceof SecutixError && err.kind === 'BUSINESS') return undefined;
    throw err;
  }
}

const notFound = { code: 'NOT_FOUND', field: 'orderId', message: 'No such order.' };

export const resolvers: Resolvers = {
  Order: {
    __resolveReference: (ref) => ({ id: String(ref.id) }),
    async shipmentModes(o, { countryCode }, ctx) {
      if (countryCode != null && !/^[A-Z]{2}$/.test(countryCode)) throw codedError('BAD_USER_INPUT', 'countryCode is an ISO-3166 code such as "CH"', { argument: 'countryCode' });
      if (!(await ownShipments(ctx, o.id))) throw codedError('NOT_FOUND', 'No such order for you, or it has no delivery yet.');
      return ctx.fulfilment.getAvailableShipmentModes(Number(o.id), countryCode ?? undefined);
    },
    async shipments(o, _a, ctx) {
      return (await ownShipments(ctx, o.id)) ?? [];
    },
  },
  ShipmentMode: {
    id: (m) => String(m.id),
    async name(m, { lang }, ctx) {
      return translate(m.externalName, lang ?? undefined, (await ctx.posConfig()).mainLanguage ?? 'en') ?? m.code;
    },
    description: (m) => m.description ?? null,
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
  },
  Mutation: {
    async chooseShipmentMode(_p, { orderId, shipmentModeId }, ctx) {
      const shipments = await ownShipments(ctx, orderId);
      if (!shipments) return { shipments: [], userErrors: [notFound] };
      if (!ID.test(shipmentModeId)) return { shipments, userErrors: [{ code: 'INVALID_INPUT', field: 'shipmentModeId', message: 'Not a shipment mode id.' }] };
      const offered = await ctx.fulfilment.getAvailableShipmentModes(Number(orderId));
      if (!offered.some((m) => String(m.id) === shipmentModeId)) return { shipments, userErrors: [{ code: 'SHIPMENT_MODE_UNAVAILABLE', field: 'shipmentModeId', message: 'This delivery is not offered for this order.' }] };
      try {
        const changed = await ctx.fulfilment.changeShipmentMode(shipments.map((s) => s.shipmentId), Number(shipmentModeId));
        return { shipments: changed, userErrors: [] };
      } catch (err) {
        if (err instanceof SecutixError && err.kind === 'BUSINESS') {
          const code = err.statusCode === 'error.shipmentSent' ? 'SHIPMENT_SENT' : 'REFUSED';
          return { shipments, userErrors: [{ code, field: null, message: code === 'SHIPMENT_SENT' ? 'These tickets have already been sent.' : 'SecuTix refused the change.' }] };
        }
        throw err;
      }
    },
  },
};
