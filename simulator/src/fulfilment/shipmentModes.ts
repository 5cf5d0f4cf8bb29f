import type { Translated } from '../data/catalogTypes';
import { translated } from '../data/translated';

/** A shipment mode as getAvailableShipmentModes lists it (docs/secutix/protocol.md, Shipment and tickets). */
export interface ShipmentMode {
  id: number;
  code: string;
  externalName: Translated;
  description?: string;
  /** the description in every language, like externalName [ours: SecuTix's texts are Translated] */
  externalDescription: Translated;
  deliveryTimeInDays?: number;
  contactAddressRequired: boolean;
  /** thousandths of the currency */
  price: number;
  /** what the mode can ship (TICKETING, GOODS, HOSPITALITY): the simulator sells tickets only */
  catalogTypes?: readonly string[];
}

export const PRINT_AT_HOME = 501;
export const MOBILE = 502;
export const MAIL = 503;
export const BOX_OFFICE = 504;

/** The mode a new shipment starts with, as a web sale does before the buyer chooses. */
export const DEFAULT_SHIPMENT_MODE = PRINT_AT_HOME;

/**
 * Mail has a price and a delivery time per zone and goes only where a zone says; the other modes
 * need no address and cost nothing. Zones are ours: near the institution, then its neighbours.
 */
const MAIL_ZONES: { countries: ReadonlySet<string>; price: number; days: number }[] = [
  { countries: new Set(['FR', 'CH', 'LI', 'MC']), price: 5_000, days: 3 },
  { countries: new Set(['DE', 'AT', 'IT', 'BE', 'LU', 'NL', 'ES']), price: 9_000, days: 5 },
];

/** `description` stays the institution's main language (French), as a plain SecuTix text field shows it. */
function described(fr: string, en: string, de: string): Pick<ShipmentMode, 'description' | 'externalDescription'> {
  return { description: fr, externalDescription: translated(fr, en, de) };
}

const FIXED: readonly ShipmentMode[] = [
  { id: PRINT_AT_HOME, code: 'PRINT', externalName: translated('Billet à imprimer', 'Print at home', 'Print@home'), ...described('Billets PDF à imprimer', 'PDF tickets to print', 'PDF-Tickets zum Ausdrucken'), contactAddressRequired: false, price: 0 },
  { id: MOBILE, code: 'MOBILE', externalName: translated('Billet sur mobile', 'Mobile ticket', 'Handyticket'), ...described('Code-barres sur le téléphone', 'Barcode on the phone', 'Barcode auf dem Handy'), contactAddressRequired: false, price: 0 },
  { id: BOX_OFFICE, code: 'PICKUP', externalName: translated('Retrait à la billetterie', 'Box office pick-up', 'Abholung an der Kasse'), ...described('À retirer à la billetterie avant le spectacle', 'Collect at the box office before the show', 'Vor der Vorstellung an der Kasse abholen'), contactAddressRequired: false, price: 0 },
];

function mailTo(countryCode: string): ShipmentMode | undefined {
  const zone = MAIL_ZONES.find((z) => z.countries.has(countryCode));
  if (!zone) return undefined;
  return { id: MAIL, code: 'MAIL', externalName: translated('Envoi postal', 'By post', 'Postversand'), ...described('Billets imprimés envoyés par la poste', 'Printed tickets sent by post', 'Gedruckte Tickets per Post'), deliveryTimeInDays: zone.days, contactAddressRequired: true, price: zone.price };
}

/** One mode as it applies to a destination: undefined when it does not exist or does not go there. */
export function shipmentModeFor(id: number, countryCode: string | undefined): ShipmentMode | undefined {
  return shipmentModesFor(countryCode).find((m) => m.id === id);
}

/** The modes for one destination, in id order; without a known destination, mail is not offered. */
export function shipmentModesFor(countryCode: string | undefined): ShipmentMode[] {
  const mail = countryCode ? mailTo(countryCode) : undefined;
  return [...FIXED, ...(mail ? [mail] : [])].sort((a, b) => a.id - b.id).map((m) => ({ ...m, catalogTypes: ['TICKETING'] }));
}

/** Any mode that exists, whatever the destination (changeShipmentMode checks only existence). */
export function isShipmentMode(id: number): boolean {
  return id === MAIL || FIXED.some((m) => m.id === id);
}

export function requiresAddress(id: number): boolean {
  return id === MAIL;
}
