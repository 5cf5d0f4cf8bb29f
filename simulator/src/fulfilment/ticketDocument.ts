import type { Translated } from '../data/catalogTypes';
import type { SimulatorState } from '../data/SimulatorState';
import { itfWidths } from '@stx/barcode';
import { minimalPdf, type PdfBar, type PdfText } from './minimalPdf';
import { ORGANIZATION_TIME_ZONE } from '../services/posConfig';
import { ticketWords, type TicketWords } from './ticketWords';
import type { TicketView } from './orderTickets';


export interface TicketDocument {
  fileName: string;
  mimeType: 'application/pdf';
  /** base64 */
  data: string;
}

/**
 * The printable ticket, entirely in the holder's language (fr, en, de; else the institution's
 * French): event, date, seat, holder, the barcode as bars a door scanner reads (ITF, like the
 * barcode image) and its digits.
 */
export function ticketDocument(ticket: TicketView, state: SimulatorState, language = 'fr'): TicketDocument {
  const words = ticketWords(language);
  const lang = words.language;
  const product = state.product(ticket.productId);
  const performance = state.catalogPerformance(ticket.productId, ticket.performanceId);
  const category = performance?.seatCategories.find((c) => c.id === ticket.seatCategoryId);
  const lines: [string, PdfText['font'], number][] = [
    [text(product?.externalName, lang) ?? `${words.product} ${ticket.productId}`, 'bold', 22],
    [performance ? dateText(performance.start, lang) : words.validFromPurchase, 'regular', 14],
    [seatText(ticket, text(category?.externalName, lang), words), 'regular', 14],
    [`${words.holder}: ${ticket.holderName ?? '-'}`, 'regular', 12],
    [`${words.order} ${ticket.orderId} - ${words.ticket} ${ticket.ticketId}${ticket.state === 'VALID' ? '' : ` - ${words.states[ticket.state] ?? ticket.state}`}`, 'regular', 10],
  ];
  let y = 780;
  const texts = lines.map(([value, font, size]): PdfText => {
    y -= size + 14;
    return { x: 60, y, size, font, text: value };
  });
  const barTop = y - 20;
  const bars = barcodeBars(ticket.barcode, 60, barTop - 70, 70);
  texts.push({ x: 60, y: barTop - 95, size: 14, font: 'mono', text: ticket.barcode.replace(/(\d{4})(?=\d)/g, '$1 ') });
  const bottom = barTop - 120;
  const pdf = minimalPdf(texts, undefined, { x: 40, y: bottom, width: 515, height: 800 - bottom }, bars);
  return { fileName: `ticket-${ticket.ticketId}.pdf`, mimeType: 'application/pdf', data: pdf.toString('base64') };
}

/** ITF bars, one module 1.5 pt wide (a 16-digit barcode is about 250 pt), from x at height y */
function barcodeBars(barcode: string, x: number, y: number, height: number): PdfBar[] {
  const module = 1.5;
  const bars: PdfBar[] = [];
  let at = x;
  itfWidths(barcode).forEach((w, i) => {
    if (i % 2 === 0) bars.push({ x: at, y, width: w * module, height });
    at += w * module;
  });
  return bars;
}

function text(t: Translated | undefined, language: string): string | undefined {
  return t?.translations.find((x) => x.locale === language)?.value ?? t?.translations[0]?.value;
}

/** English as the venue's European audience reads it (Thursday 3 December 2026 at 15:00) */
const LOCALES: Record<string, string> = { fr: 'fr-FR', en: 'en-GB', de: 'de-DE' };

function dateText(startIso: string, language: string): string {
  return new Intl.DateTimeFormat(LOCALES[language] ?? language, { dateStyle: 'full', timeStyle: 'short', timeZone: ORGANIZATION_TIME_ZONE }).format(new Date(startIso));
}

function seatText(ticket: TicketView, category: string | undefined, words: TicketWords): string {
  const where = ticket.seat ? `${ticket.seat.area}, ${words.block} ${ticket.seat.block}, ${words.row} ${ticket.seat.row}, ${words.seat} ${ticket.seat.number}` : words.freePlacement;
  return category ? `${category} - ${where}` : where;
}
