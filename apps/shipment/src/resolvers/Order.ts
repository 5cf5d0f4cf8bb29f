import { businessRefusal, codedError } from '@stx/errors';
import { referenceById, parseSecutixId } from '@stx/domain-rules';
import type { OrderResolvers } from '../__generated__/resolvers';
import { ownShipments } from './ownShipments';

export const Order: OrderResolvers = {
  // a reference that is no SecuTix id is no order: null, at no SecuTix call
  __resolveReference: (ref) => referenceById(ref),
  // countryCode and lang are CountryCode and LanguageCode: a malformed one never gets here, nor to SecuTix
  async shipmentModes(o, { countryCode, addressId, lang }, ctx) {
    const contactAddressId = parseSecutixId(addressId);
    if (addressId != null && contactAddressId === undefined) throw codedError('BAD_USER_INPUT', 'addressId is an id from me.addresses', { argument: 'addressId' });
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
};
