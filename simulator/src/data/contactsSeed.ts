import type { Contact } from './contactTypes';

export interface ContactsSeed {
  contacts: Contact[];
  /** contactNumber → demo password in clear, hashed by ContactStore on load and never kept */
  passwords: Record<string, string>;
  nextContactNumber: number;
  nextAddressId: number;
}

const at = (date: string) => Date.parse(date);

/**
 * The seeded contacts, part of the README's contract: fixed numbers, names and dates whatever the
 * clock or seed. Built fresh on every call because the store mutates what it is given.
 * 1000003 shares Alice's e-mail as a guest, as SecuTix allows (only one login per e-mail).
 */
export function contactsSeed(): ContactsSeed {
  const contacts: Contact[] = [
    {
      contactNumber: '1000001', guest: false, creationDate: at('2024-01-15T10:00:00.000Z'), lastUpdate: at('2025-06-01T08:30:00.000Z'),
      individualContact: { login: 'alice@example.com', email: 'alice@example.com', individualTitle: 'MRS', individualFirstname: 'Alice', individualLastname: 'Martin', language: 'fr', phoneNumber1: '+41215550101' },
      addresses: [{ addressId: 80001, isMain: true, firstAddressLine: 'Avenue de la Gare 12', zipCode: '1003', locality: 'Lausanne', countryCode: 'CH' }],
      indicators: [{ code: 'NEWSLETTER', value: true }, { code: 'PARTNER_OFFERS', value: false }],
      contactCriteria: [{ criterionCode: 'FAVORITE_GENRE', values: ['OPERA'] }],
    },
    {
      contactNumber: '1000002', guest: false, creationDate: at('2024-03-02T14:20:00.000Z'), lastUpdate: at('2025-02-10T17:45:00.000Z'),
      individualContact: { login: 'bob@example.com', email: 'bob@example.com', individualTitle: 'MR', individualFirstname: 'Bob', individualLastname: 'Keller', language: 'de', phoneNumber1: '+41445550202' },
      addresses: [{ addressId: 80002, isMain: true, firstAddressLine: 'Bahnhofstrasse 1', secondAddressLine: '3. Stock', zipCode: '8001', locality: 'Zürich', countryCode: 'CH' }],
      indicators: [{ code: 'NEWSLETTER', value: false }, { code: 'SMS', value: true }],
      contactCriteria: [{ criterionCode: 'FAVORITE_GENRE', values: ['JAZZ', 'CLASSICAL'] }],
    },
    guest('1000003', 'alice@example.com', 'Alice', 'Martin', 'fr', '2023-11-20T19:05:00.000Z'),
    guest('1000004', 'claire@example.com', 'Claire', 'Dubois', 'fr', '2024-09-08T12:00:00.000Z'),
    {
      ...guest('1000005', 'david@example.com', 'David', 'Rossi', 'en', '2025-01-04T09:15:00.000Z'),
      addresses: [{ addressId: 80003, isMain: true, firstAddressLine: 'Rue du Rhône 40', zipCode: '1204', locality: 'Genève', countryCode: 'CH' }],
    },
  ];
  return {
    contacts,
    passwords: { '1000001': 'alice-demo-password', '1000002': 'bob-demo-password' },
    nextContactNumber: 1000006,
    nextAddressId: 80004,
  };
}

function guest(contactNumber: string, email: string, firstname: string, lastname: string, language: string, created: string): Contact {
  return {
    contactNumber, guest: true, creationDate: at(created), lastUpdate: at(created),
    individualContact: { email, individualFirstname: firstname, individualLastname: lastname, language },
    addresses: [], indicators: [], contactCriteria: [],
  };
}
