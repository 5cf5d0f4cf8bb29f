import { SecutixError } from '@stx/secutix-client';
import { codedError } from '@stx/subgraph-kit';
import type { OrderResolvers } from '../__generated__/resolvers';
import { ID, ownShipments } from './ownShipments';

export const Order: OrderResolvers = {
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
};
