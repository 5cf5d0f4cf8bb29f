import { codedError } from '@stx/errors';
import { buyerOf, type Buyer, type Identity } from '@stx/identity';

/**
 * Who is calling, one definition for every subgraph. The identity is the one the gateway verified
 * and signed (identityHeader.ts), never an argument: "must be logged in" is this file.
 */
const LOG_IN = 'Log in to do this.';
const LOG_IN_OR_GUEST = 'Log in, or start a guest checkout (createGuestContact), to do this.';

/** the logged-in contact's number; a guest token or no identity is UNAUTHENTICATED */
export function requireContact(identity: Identity): string {
  if (!identity.contactNumber) throw codedError('UNAUTHENTICATED', LOG_IN);
  return identity.contactNumber;
}

/** whoever may act on orders: a logged-in contact, or a guest at checkout (guest token) */
export function requireBuyer(identity: Identity): Buyer {
  const buyer = buyerOf(identity);
  if (!buyer) throw codedError('UNAUTHENTICATED', LOG_IN_OR_GUEST);
  return buyer;
}

/** a back-office operator's login (operator token); anyone else is FORBIDDEN, a buyer included */
export function requireOperator(identity: Identity): string {
  if (!identity.operator) throw codedError('FORBIDDEN', 'This field is for back-office operators: sign in with operatorLogin.');
  return identity.operator;
}

/** the data of this contact, for the contact themself only: another's is FORBIDDEN */
export function requireSelf(identity: Identity, contactNumber: string): string {
  if (contactNumber !== requireContact(identity)) throw codedError('FORBIDDEN', 'This belongs to another contact.');
  return contactNumber;
}
