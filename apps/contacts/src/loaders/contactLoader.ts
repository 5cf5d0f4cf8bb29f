import DataLoader from 'dataloader';
import type { ContactClient, ContactDataRecord } from '@stx/secutix-client';

/** Per request: a contact read twice in one request is asked once. Never shared between callers. */
export function contactLoader(contacts: ContactClient): DataLoader<string, ContactDataRecord> {
  return new DataLoader<string, ContactDataRecord>((numbers) => Promise.all(numbers.map((n) => contacts.getContactData(n).catch((e: Error) => e))));
}
