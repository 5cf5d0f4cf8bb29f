import { codedError } from '@stx/subgraph-kit';
import type { ContactsContext } from '../context';

/** The verified contact number of the caller, or an UNAUTHENTICATED error. Never from input. */
export function requireContact(ctx: ContactsContext): string {
  const contactNumber = ctx.identity.contactNumber;
  if (!contactNumber) throw codedError('UNAUTHENTICATED', 'Log in to see this.');
  return contactNumber;
}
