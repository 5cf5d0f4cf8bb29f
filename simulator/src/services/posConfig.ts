import { translated } from '../data/translated';
import { POINT_OF_SALES_ID } from './results';

/** Countries the web shop sells to (mail delivery covers these): code, names, phone prefix, currency. */
const COUNTRIES = [
  ['CH', 'Suisse', 'Switzerland', 'Schweiz', '+41', 'CHF'],
  ['FR', 'France', 'France', 'Frankreich', '+33', 'EUR'],
  ['DE', 'Allemagne', 'Germany', 'Deutschland', '+49', 'EUR'],
] as const;

function family(id: number, productFamilyType: string, names: readonly [string, string, string], defaultQuantity: number) {
  // memberships are personal: SecuTix needs a contact on the order for them
  return { id, productFamilyType, externalName: translated(...names), contactRequired: productFamilyType === 'MEMBERSHIP', defaultQuantity };
}

/** The institution's time zone (getPOSConfig's organizationTimeZone): where its days begin and end. */
export const ORGANIZATION_TIME_ZONE = 'Europe/Paris';

/** The demo web shop's point of sales (getPOSConfig): the fields of SecuTix's posConfigData we model (docs/secutix/contract.md). */
export function posConfig(institution: string): Record<string, unknown> {
  return {
    posId: POINT_OF_SALES_ID,
    posCode: 'WEB',
    institCode: institution,
    organizationName: 'Demo Arts & Sports',
    organizationTimeZone: ORGANIZATION_TIME_ZONE,
    currencyCode: 'EUR',
    mainLanguage: 'fr',
    languageList: ['fr', 'en', 'de'],
    salesChannelCode: 'INTERNET',
    paymentMethods: [
      { id: 601, code: 'CB', paymentType: 'CREDIT_CARD', externalName: translated('Carte bancaire', 'Credit card', 'Kreditkarte') },
      { id: 602, code: 'BONCAD', paymentType: 'GIFT_VOUCHER', externalName: translated('Bon cadeau', 'Gift voucher', 'Geschenkgutschein') },
      { id: 603, code: 'AVOIR', paymentType: 'CREDIT_BALANCE', externalName: translated("Solde d'avoir", 'Credit balance', 'Guthaben') },
    ],
    countries: COUNTRIES.map(([code, fr, en, de, prefix, currencyCode]) => ({ code, name: translated(fr, en, de), internationalPhonePrefix: prefix, currencyCode })),
    charges: [{ id: 1101, code: 'FRAISDOS', type: 'FILE', modifiable: false, externalName: translated('Frais de dossier', 'Booking fee', 'Bearbeitungsgebühr') }],
    productFamilies: [
      family(1201, 'SINGLE_ENTRY', ['Spectacles', 'Performances', 'Vorstellungen'], 1),
      family(1202, 'PASS', ['Pass', 'Passes', 'Pässe'], 1),
      family(1203, 'PACKAGE', ['Forfaits', 'Packages', 'Pakete'], 1),
      family(1204, 'MEMBERSHIP', ['Adhésions', 'Memberships', 'Mitgliedschaften'], 1),
    ],
    posParameters: [
      { key: 'ORDER_ABANDON_DELAY_MINUTES', value: '15' },
      { key: 'MAX_TICKETS_PER_PERFORMANCE', value: '10' },
    ],
  };
}
