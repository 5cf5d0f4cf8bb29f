import { contactsSeed } from '../data/contactsSeed';
import { SEEDED_VOUCHERS } from '../data/PaymentWallet';
import { DEMO_OPERATOR } from '../distribution/distributionWorld';

/** a seeded contact with a login, as a test or a demo logs in */
export interface DemoBuyer {
  contactNumber: string;
  email: string;
  password: string;
}

function seededBuyers(): Record<string, DemoBuyer> {
  const seed = contactsSeed();
  const buyers = seed.contacts.flatMap((c) => {
    const password = seed.passwords[c.contactNumber];
    const email = c.individualContact.login;
    return password && email ? [[c.individualContact.individualFirstname.toLowerCase(), { contactNumber: c.contactNumber, email, password }] as const] : [];
  });
  return Object.fromEntries(buyers);
}

/**
 * The demo institution's accounts (the same whatever the seed or clock, README.md "Seeded
 * contacts"), read from the seed itself so that no test or tool writes a password a second time:
 * the buyers with a login by first name (`alice`, `bob`), the back-office operator, the gift
 * voucher codes with their balances in integer thousandths.
 */
export const DEMO_ACCOUNTS = {
  buyers: seededBuyers(),
  operator: { ...DEMO_OPERATOR },
  vouchers: Object.fromEntries(SEEDED_VOUCHERS.map((v) => [v.code, { balance: v.balance, validUntil: new Date(v.validUntil).toISOString() }])),
} as const;
