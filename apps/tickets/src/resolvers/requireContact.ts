import { codedError } from '@stx/subgraph-kit';
import type { TicketsContext } from '../context';

export function requireContact(ctx: TicketsContext): string {
  if (!ctx.identity.contactNumber) throw codedError('UNAUTHENTICATED', 'Log in to see tickets.');
  return ctx.identity.contactNumber;
}
