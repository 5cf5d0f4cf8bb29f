import type { ShipmentRecord } from '@stx/secutix-client';
import type { PostalAddressInput } from '@stx/domain-rules';
import type { ShipmentContext } from '../context';

const same = (a: string | null | undefined, b: string | null | undefined) => (a ?? '').trim() === (b ?? '').trim();

/**
 * The contact address id a new address given at checkout goes to. A guest cannot save
 * addresses (its token reaches no account field), so the address comes with the delivery
 * choice and is saved on the buyer's own contact, the order's (ownership is checked before).
 * The order's shipment already mailing to this very address (a retry, a double click) reuses
 * its id rather than saving a copy.
 */
export async function savedAddressId(ctx: ShipmentContext, contactNumber: string, shipments: readonly ShipmentRecord[], input: PostalAddressInput): Promise<number> {
  const current = shipments.map((s) => s.contactAddress).find((a) => a && same(a.firstAddressLine, input.line1) && same(a.secondAddressLine, input.line2) && same(a.zipCode, input.zipCode) && same(a.locality, input.city) && a.countryCode === input.countryCode);
  if (current) return current.addressId;
  const saved = await ctx.contacts.createOrUpdateAddress(contactNumber, {
    firstAddressLine: input.line1.trim(),
    secondAddressLine: input.line2?.trim() || undefined,
    zipCode: input.zipCode.trim(),
    locality: input.city.trim(),
    countryCode: input.countryCode,
  });
  return saved.addressId;
}
