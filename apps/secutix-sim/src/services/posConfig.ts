import { translated } from '../data/translated';
import { POINT_OF_SALES_ID } from './results';

/** The demo web shop's point of sales (getPOSConfig), a subset of SecuTix's posConfigData. */
export function posConfig(institution: string): Record<string, unknown> {
  return {
    posId: POINT_OF_SALES_ID,
    posCode: 'WEB',
    institCode: institution,
    organizationName: 'Demo Arts & Sports',
    organizationTimeZone: 'Europe/Paris',
    currencyCode: 'EUR',
    mainLanguage: 'fr',
    languageList: ['fr', 'en', 'de'],
    salesChannelCode: 'INTERNET',
    paymentMethods: [
      { id: 601, code: 'CB', paymentType: 'CREDIT_CARD', externalName: translated('Carte bancaire', 'Credit card', 'Kreditkarte') },
      { id: 602, code: 'BONCAD', paymentType: 'GIFT_VOUCHER', externalName: translated('Bon cadeau', 'Gift voucher', 'Geschenkgutschein') },
      { id: 603, code: 'AVOIR', paymentType: 'CREDIT_BALANCE', externalName: translated("Solde d'avoir", 'Credit balance', 'Guthaben') },
    ],
  };
}
