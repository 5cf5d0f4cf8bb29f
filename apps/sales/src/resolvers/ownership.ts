import { SecutixError, type OrderDetailsRecord } from '@stx/secutix-client';
import { codedError } from '@stx/subgraph-kit';
import type { SalesContext } from '../context';

const ORDER_ID = /^\d{1,18}$/;

/** The caller's verified contact number, or UNAUTHENTICATED. Never taken from input. */
export function requireContact(ctx: SalesContext): string {
  const contactNumber = ctx.identity.contactNumber;
  if (!contactNumber) throw codedError('UNAUTHENTICATED', 'Log in to see or change orders.');
  return contactNumber;
}

/**
 * One of the caller's own orders. Another contact's order answers exactly like an unknown one,
 * so ids cannot be probed.
 */
export async function loadOwnOrder(ctx: SalesContext, id: string): Promise<OrderDetailsRecord | undefined> {
  const contactNumber = requireContact(ctx);
  if (!ORDER_ID.test(id)) return undefined;
  try {
    const order = await ctx.orderLoader.load(Number(id));
    return order.contactReference === contactNumber ? order : undefined;
  } catch (err) {
    if (err instanceof SecutixError && err.kind === 'BUSINESS') return undefined;
    throw err;
  }
}
