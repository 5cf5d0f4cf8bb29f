import type { Identity } from './identityHeader';

/**
 * Who may act on orders: a logged-in contact, or a guest at checkout (guest token). One rule for
 * the order fields of every subgraph: a guest reaches only its own orders while they are open.
 */
export interface Buyer {
  contactNumber: string;
  guest: boolean;
}

export function buyerOf(identity: Identity): Buyer | undefined {
  if (identity.contactNumber) return { contactNumber: identity.contactNumber, guest: false };
  if (identity.guestContactNumber) return { contactNumber: identity.guestContactNumber, guest: true };
  return undefined;
}

/** whether this buyer may see or change an order of this contact in this SecuTix state */
export function buyerReaches(buyer: Buyer, order: { contactReference?: string; orderState: string }): boolean {
  return order.contactReference === buyer.contactNumber && (!buyer.guest || order.orderState === 'IN_PROGRESS');
}
